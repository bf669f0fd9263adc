package org.readoutdiff.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that reads uploads or compares statements: it runs under the service's
 * {@link org.readoutdiff.service.WorkLimit} (a few at once, a short queue, then 503 with
 * Retry-After). Resource methods run on worker threads, never on the Vert.x event loop, so
 * /q/health and small pages are answered while these wait or work.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HeavyWork {
}
