package org.readoutdiff.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.readoutdiff.service.InputProblem;

/**
 * Every error as a message a person understands, never a stack trace: JSON
 * {@code {"status", "error", "message"}} under /api, an HTML page everywhere else.
 */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    /** Error JSON: the status, its reason phrase and the message. */
    public record ErrorJson(int status, String error, String message) {
    }

    @ServerExceptionMapper
    public Response inputProblem(InputProblem problem, UriInfo uri) {
        int status = switch (problem.kind()) {
            case BAD_INPUT -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return respond(status, problem.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return respond(400, "the request body is not valid JSON (" + e.getOriginalMessage() + ")", uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonMappingException mapping) {
            return badJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(400, "the request body is not valid JSON (" + json.getOriginalMessage().split("\n")[0] + ")", uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(status, MESSAGES.getOrDefault(status, reason(status)), uri);
    }

    /**
     * Over the body limit Vert.x has already answered 413 and closed the connection; the
     * request's reader then fails too. Nothing to log, nothing more to write.
     */
    @ServerExceptionMapper
    public Response io(IOException e, UriInfo uri, HttpServerResponse response) {
        if (response.ended() || response.closed() || String.valueOf(e.getMessage()).contains("Request too large")) {
            return null;
        }
        if (fromFormParser(e)) {
            return badForm(uri);
        }
        return unexpected(e, uri);
    }

    /**
     * A multipart body that is empty, cut short or not multipart at all fails in RESTEasy
     * Reactive's form parser, before any resource method runs: the client's mistake, a 400.
     */
    static boolean fromFormParser(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }

    private static Response badForm(UriInfo uri) {
        return respond(400, "the request body is not a readable form: send multipart/form-data with its boundary, "
                + "as a browser or curl -F does", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (fromFormParser(e)) {
            return badForm(uri);
        }
        LOG.error("internal error", e);
        return respond(500, "Something went wrong on our side; the error was logged. Please try again, "
                + "or report it with the address you used.", uri);
    }

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request could not be understood.",
            404, "There is nothing at this address.",
            405, "This address does not take that kind of request.",
            406, "This address cannot answer in the format asked for.",
            413, "The request is larger than the service accepts.",
            415, "This address does not take that content type (the API takes application/json, "
                    + "or multipart/form-data for files).");

    private static Response badJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? "" : " at \"" + e.getPathReference().replaceAll("^.*\\[\"?|\"?\\]$", "") + "\"";
        return respond(400, "the request body does not have the expected shape" + field + " ("
                + e.getOriginalMessage().split("\n")[0] + ")", uri);
    }

    static Response respond(int status, String message, UriInfo uri) {
        if (uri != null && uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorJson(status, reason(status), message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(Pages.error(new Views.Problem(status, title(status), message)).render()).build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error " + status;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That did not work";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 415 -> "File type not supported";
            case 409 -> "Busy with this one";
            case 503 -> "Busy right now";
            default -> status >= 500 ? "Something went wrong" : reason(status);
        };
    }
}
