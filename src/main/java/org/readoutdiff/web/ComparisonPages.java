package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.Caller;
import org.readoutdiff.accounts.Role;
import org.readoutdiff.service.ComparisonJobs;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.ReportFormat;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StoredComparison;
import org.readoutdiff.service.StoredPages;

/**
 * Comparisons as pages: the form posts here and is sent (303) to the permalink
 * /comparisons/{id}, the HTML report with a small site header; .json and .md are its alternates.
 */
@Path("/comparisons")
public class ComparisonPages {

    private final StatementLibrary library;
    private final ComparisonSubmission submission;
    private final ComparisonJobs jobs;
    private final Duration jobWait;
    private final Access access;

    public ComparisonPages(StatementLibrary library, ComparisonSubmission submission, ComparisonJobs jobs,
                           @ConfigProperty(name = "readout-diff.jobs.wait") Duration jobWait, Access access) {
        this.library = library;
        this.submission = submission;
        this.jobs = jobs;
        this.jobWait = jobWait;
        this.access = access;
    }

    /**
     * The form: 303 to the report; a heavy comparison runs as a job, which this request waits for
     * (readout-diff.jobs.wait), else 303 to the job's page (docs/web.md: "Several replicas").
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(@BeanParam ComparisonForm form) throws InputProblem {
        return answer(submission.submit(form));
    }

    /** From the library and statement pages: compare two stored statements. */
    @POST
    @Path("stored")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFromStored(@RestForm String left, @RestForm String right, @RestForm String mode,
                                     @RestForm String ignoreCase) throws InputProblem {
        if (left == null || left.isBlank() || right == null || right.isBlank()) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "choose two statements to compare");
        }
        return answer(submission.submit(ComparisonSide.stored(left, null), ComparisonSide.stored(right, null),
                Options.of(mode, Options.checked(ignoreCase)), StatementLibrary.Queue.IF_HEAVY));
    }

    private Response answer(StatementLibrary.Outcome outcome) {
        return outcome.comparison() != null ? seeOther(outcome.comparison())
                : JobPages.after(jobs.await(outcome.jobId(), jobWait));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("id") String id, @QueryParam("part") @DefaultValue("1") int part)
            throws Exception {
        StoredComparison comparison = find(id);
        // As kept with the comparison (a long report in parts, ?part=N): no comparison runs here.
        StoredPages.ReportPart page = library.page(comparison, part).orElseThrow(() -> new InputProblem(
                InputProblem.Kind.NOT_FOUND, "The report of comparison '" + id + "' has no part " + part + "."));
        String header = Pages.reportHeader(new Views.ReportHeader(comparison.id(), Views.time(comparison.createdAt()),
                page.engineVersion(), comparison.engineVersion(),
                !page.engineVersion().equals(comparison.engineVersion()),
                comparison.left().id(), comparison.right().id(), publishing(comparison))).render();
        return Response.ok(library.servedPage(page, header), ReportFormat.HTML.mediaType())
                .header(SecurityHeaders.CSP, library.servedPagePolicy())
                .build();
    }

    /** The publish toggle of a report (the report page itself allows no form). */
    @GET
    @Path("{id: [A-Za-z0-9]+}/publishing")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance publishing(@PathParam("id") String id) throws InputProblem {
        StoredComparison comparison = find(id);
        if (!library.owns(comparison)) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no comparison with the id '" + id + "'.");
        }
        return Pages.publishing(new Views.PublishingPage(id, comparison.left().label(), comparison.right().label(),
                comparison.published()));
    }

    /** The report page's publish toggle (editor): published=true publishes, anything else unpublishes. */
    @POST
    @Path("{id: [A-Za-z0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id, @RestForm String published) throws InputProblem {
        if (!library.publish(id, "true".equals(published))) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no comparison with the id '" + id + "'.");
        }
        return Response.seeOther(URI.create("/comparisons/" + id)).build();
    }

    private Views.Publishing publishing(StoredComparison comparison) {
        Caller caller = access.caller();
        boolean accounts = access.mode().accounts();
        return new Views.Publishing(accounts, comparison.published(), accounts && library.owns(comparison),
                caller.may(Role.EDITOR));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id) throws InputProblem {
        return Response.ok(find(id).json(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}.md")
    @Produces("text/markdown")
    public Response markdown(@PathParam("id") String id) throws InputProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        library.write(find(id), ReportFormat.MD, out);
        return Response.ok(out.toString(StandardCharsets.UTF_8), ReportFormat.MD.mediaType()).build();
    }

    private StoredComparison find(String id) throws InputProblem {
        return library.comparison(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no comparison with the id '" + id + "'."));
    }

    private static Response seeOther(StoredComparison comparison) {
        return Response.seeOther(URI.create("/comparisons/" + comparison.id())).build();
    }
}
