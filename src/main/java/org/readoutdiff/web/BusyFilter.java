package org.readoutdiff.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.readoutdiff.service.WorkLimit;

/**
 * When the work limit is full, a new upload or comparison is refused with 503 before its body is
 * read: sixteen clients retrying 2 MB posts would otherwise keep a core busy parsing JSON that is
 * refused anyway. Only a hint taken before the request runs; {@link HeavyWorkInterceptor} decides
 * for the requests that get through. Runs after {@link SecurityHeaders}, so refusals carry its
 * headers too.
 */
@ApplicationScoped
public class BusyFilter {

    private static final Set<String> HEAVY = Set.of("/api/comparisons", "/comparisons", "/comparisons/stored",
            "/api/series", "/series", "/series/stored", "/api/statements");

    private final WorkLimit limit;

    public BusyFilter(WorkLimit limit) {
        this.limit = limit;
    }

    /** The declared length of a request's body, or -1 when it is not declared (chunked) or not a number. */
    static long bodyLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            WorkLimit lane = limit.lane(bodyLength(context.request().getHeader("Content-Length")));
            if (context.request().method() == HttpMethod.POST && HEAVY.contains(context.normalizedPath())
                    && lane.full()) {
                WorkLimit.Busy busy = lane.refusal();
                boolean api = context.normalizedPath().startsWith("/api/");
                String body = api
                        ? "{\"status\":503,\"error\":\"" + Response.Status.SERVICE_UNAVAILABLE.getReasonPhrase()
                                + "\",\"message\":\"" + busy.getMessage() + "\"}"
                        : Pages.error(new Views.Problem(503, "Busy right now", busy.getMessage())).render();
                context.response().setStatusCode(503)
                        .putHeader("Retry-After", Long.toString(busy.retryAfterSeconds()))
                        .putHeader("Content-Type", api ? "application/json" : "text/html;charset=UTF-8")
                        .putHeader("Connection", "close") // the body was not read
                        .end(body);
                return;
            }
            context.next();
        }, 50);
    }
}
