package org.readoutdiff.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the login session cookie {@code Secure} when Quarkus' form login sets it: Quarkus does
 * so only on HTTPS requests, and behind a proxy that ends TLS every request reaches us as HTTP
 * (browsers keep Secure cookies from http://localhost, so the service still works on this
 * machine). A route ahead of authentication, because the login post (/j_security_check) is
 * answered by the authentication step itself, before the {@link SecurityHeaders} filter runs.
 */
@ApplicationScoped
public class SessionCookies {

    /** Ahead of Quarkus' authentication handlers, which have negative orders close to zero. */
    private static final int ORDER = -100_000;

    void register(@Observes Router router,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        router.route().order(ORDER).handler(context -> {
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
