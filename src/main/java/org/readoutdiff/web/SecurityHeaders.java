package org.readoutdiff.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.render.ContentSecurityPolicy;

/**
 * Security headers on every HTTP response, pages, reports, API, errors and /q endpoints alike:
 * no MIME sniffing, no framing, and the site's {@link ContentSecurityPolicy}: our pages use no
 * script at all and only the site's own style sheet. A response that brings its own policy (a
 * report page, whose one style element is allowed by its hash) keeps it.
 *
 * <p>The referrer goes to this site only ({@code same-origin}): nothing about what a reader
 * looks at leaves for the sites that statements link to, and a form posted from our own pages
 * carries our real {@code Origin}, which {@link RequestOrigin} checks. The login session cookie
 * is made {@code Secure} ({@link #secureSessionCookie}). With {@code no-referrer}
 * browsers send {@code Origin: null} instead, which says nothing about where a form came from.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    void register(@Observes Filters filters,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                secureSessionCookie(headers, sessionCookie);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
                if (!headers.contains(CSP)) {
                    headers.set(CSP, ContentSecurityPolicy.SITE_PAGES);
                }
            });
            context.next();
        }, 100);
    }

    /**
     * The login session cookie is {@code Secure} on every answer: Quarkus' form login sets it only
     * on HTTPS requests, and behind a proxy that ends TLS every request reaches us as HTTP.
     * Browsers keep Secure cookies from http://localhost, so the service still works on this
     * machine without TLS.
     */
    static void secureSessionCookie(MultiMap headers, String sessionCookie) {
        List<String> cookies = headers.getAll("Set-Cookie");
        if (cookies.stream().noneMatch(c -> c.startsWith(sessionCookie + "="))) {
            return;
        }
        List<String> secured = cookies.stream().map(c -> c.startsWith(sessionCookie + "=")
                && !c.toLowerCase(Locale.ROOT).contains("; secure") ? c + "; Secure" : c).toList();
        headers.remove("Set-Cookie");
        secured.forEach(c -> headers.add("Set-Cookie", c));
    }
}
