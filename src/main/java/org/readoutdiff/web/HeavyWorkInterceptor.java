package org.readoutdiff.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.readoutdiff.service.WorkLimit;

/** Runs a {@link HeavyWork} method under the work limit. */
@HeavyWork
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HeavyWorkInterceptor {

    private final WorkLimit limit;
    private final io.quarkus.vertx.http.runtime.CurrentVertxRequest request;

    public HeavyWorkInterceptor(WorkLimit limit, io.quarkus.vertx.http.runtime.CurrentVertxRequest request) {
        this.limit = limit;
        this.request = request;
    }

    /** Readout-sized requests (by their declared Content-Length) run in the small lane. */
    @AroundInvoke
    Object limited(InvocationContext invocation) throws Exception {
        String length = request.getCurrent() == null ? null : request.getCurrent().request().getHeader("Content-Length");
        return limit.lane(BusyFilter.bodyLength(length)).call(invocation::proceed);
    }
}
