package org.readoutdiff.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.service.ComparisonJobs;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StoredJob;

/**
 * Comparison jobs (docs/web.md: "Several replicas"): a heavy comparison answered 202 is polled here
 * until its state is done (its comparison is then at {@code comparison}) or failed.
 */
@Path("/api/jobs")
public class JobApi {

    /** How long a client should wait before asking again, in seconds (Retry-After of a 202). */
    static final int POLL_SECONDS = 2;

    private final ComparisonJobs jobs;

    public JobApi(ComparisonJobs jobs) {
        this.jobs = jobs;
    }

    /** A job as JSON; {@code comparison} is the address of its result once it is done. */
    public record JobJson(String id, String state, String comparisonId, String comparison, String claimedBy,
                          int attempts, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {

        static JobJson of(StoredJob job) {
            return new JobJson(job.id(), job.state(), job.comparisonId(),
                    job.done() ? "/api/comparisons/" + job.comparisonId() : null, job.claimedBy(), job.attempts(),
                    job.createdAt(), job.startedAt(), job.finishedAt(), job.error());
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A comparison job: queued, running, done (with its comparison's address) or failed")
    public Response get(@PathParam("id") String id) throws InputProblem {
        StoredJob job = jobs.job(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no comparison job with the id '" + id + "'"));
        Response.ResponseBuilder response = Response.ok(JobJson.of(job), MediaType.APPLICATION_JSON_TYPE);
        if (!job.done() && !job.failed()) {
            response.header("Retry-After", POLL_SECONDS);
        }
        return response.build();
    }

    /** 202: the job is queued or running; Location is where to poll it. */
    static Response accepted(StoredJob job) {
        return Response.accepted(JobJson.of(job)).location(URI.create("/api/jobs/" + job.id()))
                .header("Retry-After", POLL_SECONDS).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Whether a Prefer header (RFC 7240) asks for an answer at once: {@code respond-async}. */
    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().toLowerCase(Locale.ROOT).startsWith("respond-async")) {
                return true;
            }
        }
        return false;
    }
}
