package org.readoutdiff.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The account of an API token that is known, not revoked and not expired. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

    private final Accounts accounts;

    public ApiTokenIdentityProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.byToken(request.token()).map(Identities::of)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or expired API token")));
    }
}
