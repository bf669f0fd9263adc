package org.readoutdiff.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login post (/j_security_check) is answered by Quarkus' authentication step itself, before
 * the site's filters run; this route, ahead of authentication, gives it what they give every
 * other form:
 *
 * <ul>
 *   <li>the {@link RequestOrigin} check: a login posted by another site's page (login CSRF, which
 *       would sign a reader in as someone else) is refused with 403;</li>
 *   <li>the session cookie is marked {@code Secure}: Quarkus does so only on HTTPS requests, and
 *       behind a proxy that ends TLS every request reaches us as HTTP (browsers keep Secure
 *       cookies from http://localhost, so the service still works on this machine).</li>
 * </ul>
 */
@ApplicationScoped
public class LoginProtection {

    static final String LOGIN_POST = "/j_security_check";

    /** Ahead of Quarkus' authentication handlers, which have negative orders close to zero. */
    private static final int ORDER = -100_000;

    void register(@Observes Router router, RequestOrigin origins,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.method() == HttpMethod.POST && LOGIN_POST.equals(request.path())) {
                String own = RequestOrigin.origin(request.scheme(), request.authority() == null ? null
                        : request.authority().host(), request.authority() == null ? -1 : request.authority().port());
                String refusal = origins.refusal(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), own);
                if (refusal != null) {
                    context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                            .end(refusal);
                    return;
                }
            }
            context.addHeadersEndHandler(ignored -> {
                // only cookies this answer sets (in Vert.x's cookie jar, written after this handler)
                for (Cookie cookie : context.request().cookies(sessionCookie)) {
                    if (cookie instanceof ServerCookie set && !set.isFromUserAgent()) {
                        cookie.setSecure(true);
                    }
                }
            });
            context.next();
        });
    }
}
