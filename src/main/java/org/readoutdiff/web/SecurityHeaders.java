package org.readoutdiff.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every HTTP response, pages, reports, API, errors and /q endpoints alike:
 * no MIME sniffing, no framing, no referrer, and a Content-Security-Policy. Our pages use no
 * script at all and only the site's own style sheet; a response that brings its own policy (the
 * report page, whose styles are inline) keeps it.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    /** Pages: nothing but our own style sheet; forms post only to us; never inside a frame. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** The report page: inline styles only (it is one self-contained file), no forms, no frames. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                if (!headers.contains(CSP)) {
                    headers.set(CSP, PAGE_POLICY);
                }
            });
            context.next();
        }, 100);
    }
}
