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

    public HeavyWorkInterceptor(WorkLimit limit) {
        this.limit = limit;
    }

    @AroundInvoke
    Object limited(InvocationContext invocation) throws Exception {
        return limit.call(invocation::proceed);
    }
}
