package org.readoutdiff.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.readoutdiff.service.ComparisonJobs;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StoredJob;

/**
 * A comparison job as a page, where the form sends a heavy comparison that was not done within
 * readout-diff.jobs.wait: it reloads itself (the Refresh header) until the job is done, and then
 * sends the browser on to the report (303); a failed job is an error page with its reason.
 */
@Path("/jobs")
public class JobPages {

    private final ComparisonJobs jobs;

    public JobPages(ComparisonJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response job(@PathParam("id") String id) throws InputProblem {
        StoredJob job = jobs.job(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no comparison job with the id '" + id + "'."));
        return page(job);
    }

    /** Where a request for this job goes now: the report, an error page, or the job's page. */
    static Response page(StoredJob job) {
        if (job.done()) {
            return Response.seeOther(URI.create("/comparisons/" + job.comparisonId())).build();
        }
        if (job.failed()) {
            return Response.status(500).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Pages.error(new Views.Problem(500, "The comparison failed", job.error())).render()).build();
        }
        String page = Pages.job(new Views.JobPage(job.id(), job.state(), job.claimedBy(), Views.time(job.createdAt()),
                job.comparisonId(), JobApi.POLL_SECONDS)).render();
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Refresh", JobApi.POLL_SECONDS).build();
    }

    /** After a form's request: the report when done (303), the error page when failed, else the job's page (303). */
    static Response after(StoredJob job) {
        return job.done() || job.failed() ? page(job) : Response.seeOther(URI.create("/jobs/" + job.id())).build();
    }
}
