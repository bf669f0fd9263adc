package org.readoutdiff.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.readoutdiff.service.WorkLimit;

/**
 * The work limit is full: 503 with Retry-After and a plain message, as JSON under /api (the
 * shape of {@link ErrorResponses}) and as an error page elsewhere. Not an error of ours: not logged.
 */
public class BusyResponses {

    @ServerExceptionMapper
    public Response busy(WorkLimit.Busy busy, UriInfo uri) {
        Response error = ErrorResponses.respond(503, busy.getMessage(), uri);
        return Response.fromResponse(error).header("Retry-After", busy.retryAfterSeconds()).build();
    }
}
