package org.readoutdiff.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs in built-in accounts (the login form) with readout-diff.auth=users. Hand-written rather
 * than quarkus-security-jpa's generated provider, which reads the default persistence unit only:
 * this service switches between two units at start-up (storage.DatabaseChoice). The bcrypt check
 * is Elytron's, as in quarkus-security-jpa ({@link Accounts#check}).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Accounts accounts;
    private final Access access;
    private final LoginThrottle throttle;

    public PasswordIdentityProvider(Accounts accounts, Access access, LoginThrottle throttle) {
        this.accounts = accounts;
        this.access = access;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (access.mode() != AuthMode.USERS) {
            return Uni.createFrom().failure(new AuthenticationFailedException("built-in accounts are off"));
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? "?"
                : http.request().remoteAddress().hostAddress();
        String name = request.getUsername();
        return context.runBlocking(() -> {
            if (!throttle.allows(name, address)) {
                throw new AuthenticationFailedException("too many failed sign-ins");
            }
            return accounts.check(name, request.getPassword().getPassword()).map(account -> {
                throttle.succeeded(name, address);
                return Identities.of(account);
            }).orElseThrow(() -> {
                throttle.failed(name, address);
                return new AuthenticationFailedException("wrong name or password");
            });
        });
    }
}
