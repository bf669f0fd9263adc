package org.readoutdiff.accounts;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer rdt_...} (an API token, see {@link ApiTokens}). Other bearer
 * tokens are left to OpenID Connect. Its challenge is a plain 401 with {@code WWW-Authenticate:
 * Bearer}: it has a higher priority than the login form, so API callers are not sent to a page.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private final Access access;

    public ApiTokenMechanism(Access access) {
        this.access = access;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (!access.mode().accounts() || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String token = header.substring(BEARER.length()).strip();
        if (!ApiTokens.looksLikeOurs(token)) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        ApiTokenRequest request = new ApiTokenRequest(token);
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public int getPriority() {
        return 3000;
    }
}
