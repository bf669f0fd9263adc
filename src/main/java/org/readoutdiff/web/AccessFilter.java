package org.readoutdiff.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.Caller;

/**
 * Applies {@link AccessRules} to every request of the site and API when accounts are on
 * (readout-diff.auth=users or oidc): an anonymous API call gets 401, an anonymous page request
 * is sent to the login page, and a request the caller's role does not allow gets 403. With
 * accounts off it lets everything through, as before accounts.
 */
@Singleton
public class AccessFilter {

    private final Access access;

    AccessFilter(Access access) {
        this.access = access;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!access.mode().accounts()) {
            return null;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        Caller caller = access.caller();
        return switch (AccessRules.decide(request.getMethod(), path, caller)) {
            case ALLOW -> null;
            case SIGN_IN -> path.startsWith("/api/")
                    ? Response.fromResponse(ErrorResponses.respond(401, "Sign in first: send an API token as "
                            + "Authorization: Bearer TOKEN (tokens are made on the page /account/tokens).",
                            request.getUriInfo())).header("WWW-Authenticate", "Bearer").build()
                    : Response.seeOther(URI.create("/login")).build();
            case FORBIDDEN -> ErrorResponses.respond(403, AccessRules.forbidden(caller, request.getMethod(), path),
                    request.getUriInfo());
        };
    }
}
