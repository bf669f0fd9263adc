package org.readoutdiff.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementUpload;
import org.readoutdiff.service.StoredComparison;
import org.readoutdiff.service.StoredStatement;

/** The comparison API: JSON in, the comparison JSON (schema readout-diff/comparison/1) out. */
@Path("/api/comparisons")
public class ComparisonApi {

    private final StatementLibrary library;

    public ComparisonApi(StatementLibrary library) {
        this.library = library;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare two statements",
            description = "Each side is {\"text\": ..., \"label\", \"issuer\", \"meeting\", \"date\", \"sourceUrl\"} "
                    + "or {\"statementId\": ...}. Answers 201 with the comparison JSON and its id; both texts are "
                    + "added to the statement library.")
    public Response create(ApiRequests.ComparisonRequest request) throws InputProblem {
        if (request == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "the request body must be a JSON object with \"left\" and \"right\"");
        }
        ComparisonOptions options = Options.of(request.mode(), Boolean.TRUE.equals(request.ignoreCase()));
        String left = statementId("left", request.left());
        String right = statementId("right", request.right());
        StoredComparison comparison = library.compare(left, request.left().label(), right, request.right().label(),
                options);
        return Response.created(URI.create("/api/comparisons/" + comparison.id()))
                .header("Link", "</comparisons/" + comparison.id() + ">; rel=\"alternate\"; type=\"text/html\"")
                .entity(comparison.json())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored comparison, as the comparison JSON")
    public Response get(@PathParam("id") String id) throws InputProblem {
        StoredComparison comparison = library.comparison(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no comparison with the id '" + id + "'"));
        return Response.ok(comparison.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    /** The stored statement a side names, adding a text side to the library first. */
    private String statementId(String name, ApiRequests.Side side) throws InputProblem {
        if (side == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "\"" + name + "\" is missing");
        }
        boolean hasId = side.statementId() != null && !side.statementId().isBlank();
        boolean hasText = side.text() != null;
        if (hasId == hasText) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "\"" + name + "\" needs either \"text\" or \"statementId\" (one of them)");
        }
        if (hasId) {
            return side.statementId();
        }
        try {
            StoredStatement stored = library.add(StatementUpload.pasted(side.text(), side.label(), side.metadata()))
                    .statement();
            return stored.id();
        } catch (InputProblem e) {
            throw new InputProblem(e.kind(), name + ": " + e.getMessage());
        }
    }
}
