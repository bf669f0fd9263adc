package org.readoutdiff.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.service.ComparisonJobs;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementUpload;
import org.readoutdiff.service.StoredComparison;
import org.readoutdiff.service.StoredJob;

/** The comparison API: JSON in, the comparison JSON (schema readout-diff/comparison/1) out. */
@Path("/api/comparisons")
public class ComparisonApi {

    private final StatementLibrary library;
    private final ComparisonSubmission submission;
    private final ComparisonJobs jobs;
    private final Duration jobWait;

    public ComparisonApi(StatementLibrary library, ComparisonSubmission submission, ComparisonJobs jobs,
                         @ConfigProperty(name = "readout-diff.jobs.wait") Duration jobWait) {
        this.library = library;
        this.submission = submission;
        this.jobs = jobs;
        this.jobWait = jobWait;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare two statements",
            description = "Each side is {\"text\": ..., \"label\", \"issuer\", \"meeting\", \"date\", \"sourceUrl\"} "
                    + "or {\"statementId\": ...}. Answers 201 with the comparison JSON and its id; both texts are "
                    + "added to the statement library. A heavy comparison runs as a job: when it is not done within "
                    + "readout-diff.jobs.wait (at once with the header Prefer: respond-async) the answer is 202 with "
                    + "the job's Location, /api/jobs/{id}.")
    public Response create(ApiRequests.ComparisonRequest request, @HeaderParam("Prefer") String prefer,
                           @Context UriInfo uri) throws InputProblem {
        if (request == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "the request body must be a JSON object with \"left\" and \"right\"");
        }
        ComparisonOptions options = Options.of(request.mode(), Boolean.TRUE.equals(request.ignoreCase()));
        boolean async = JobApi.respondAsync(prefer);
        StatementLibrary.Outcome outcome = submission.submit(side("left", request.left()),
                side("right", request.right()), options,
                async ? StatementLibrary.Queue.ALWAYS : StatementLibrary.Queue.IF_HEAVY);
        if (outcome.comparison() != null) {
            return created("/comparisons/" + outcome.comparison().id(), outcome.comparison().json());
        }
        StoredJob job = jobs.await(outcome.jobId(), async ? Duration.ZERO : jobWait);
        if (job.done()) {
            StoredComparison comparison = library.comparison(job.comparisonId()).orElseThrow();
            return created("/comparisons/" + comparison.id(), comparison.json());
        }
        if (job.failed()) {
            return ErrorResponses.respond(500, job.error(), uri);
        }
        return JobApi.accepted(job);
    }

    /** 201: Location is the JSON under /api, Link the page; the body is the stored JSON. */
    static Response created(String page, String json) {
        return Response.created(URI.create("/api" + page))
                .header("Link", "<" + page + ">; rel=\"alternate\"; type=\"text/html\"")
                .entity(json)
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

    @POST
    @Path("{id}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a comparison: its permalink becomes readable without an account (editor)")
    public Publication publish(@PathParam("id") String id) throws InputProblem {
        return publication(id, true);
    }

    @DELETE
    @Path("{id}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unpublish a comparison, at once (editor)")
    public Publication unpublish(@PathParam("id") String id) throws InputProblem {
        return publication(id, false);
    }

    /** The answer to publish and unpublish. */
    public record Publication(String id, boolean published) {
    }

    private Publication publication(String id, boolean published) throws InputProblem {
        if (!library.publish(id, published)) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no comparison with the id '" + id + "'");
        }
        return new Publication(id, published);
    }

    /** A side as the service takes it: a stored statement's id, or a text to add. */
    static ComparisonSide side(String name, ApiRequests.Side side) throws InputProblem {
        if (side == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "\"" + name + "\" is missing");
        }
        boolean hasId = side.statementId() != null && !side.statementId().isBlank();
        boolean hasText = side.text() != null;
        if (hasId == hasText) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "\"" + name + "\" needs either \"text\" or \"statementId\" (one of them)");
        }
        return hasId ? ComparisonSide.stored(side.statementId(), side.label())
                : ComparisonSide.upload(StatementUpload.pasted(side.text(), side.label(), side.metadata()));
    }
}
