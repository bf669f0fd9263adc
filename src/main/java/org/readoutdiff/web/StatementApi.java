package org.readoutdiff.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementUpload;

/** The statement library's API. The same bytes are stored once: adding them again answers 200 with the stored one. */
@Path("/api/statements")
public class StatementApi {

    private final StatementLibrary library;

    public StatementApi(StatementLibrary library) {
        this.library = library;
    }

    @HeavyWork
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a pasted statement",
            description = "201 with the new statement, or 200 with the stored one when the same text is already there.")
    public Response add(ApiRequests.StatementRequest request) throws InputProblem {
        if (request == null || request.text() == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "the request body must be a JSON object with \"text\"");
        }
        return added(library.add(StatementUpload.pasted(request.text(), request.label(), request.metadata())));
    }

    @HeavyWork
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a statement file (.txt .md .html .pdf .docx) with its metadata")
    public Response upload(@BeanParam StatementForm form) throws InputProblem {
        return added(library.add(Uploads.of("statement", form.text, form.file, form.label, form.metadata(),
                library.rules())));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored statements, newest first, optionally of one meeting and/or issuer (without their text)")
    public StatementJson.Listing list(@RestQuery String meeting, @RestQuery String issuer) {
        List<StatementJson> statements = library.statements(meeting, issuer).stream().map(StatementJson::of).toList();
        return new StatementJson.Listing(statements.size(), statements);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One stored statement with its text")
    public StatementJson get(@PathParam("id") String id) throws InputProblem {
        return library.statement(id).map(StatementJson::of).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no statement with the id '" + id + "'"));
    }

    private static Response added(StatementLibrary.Added added) {
        StatementJson json = StatementJson.of(added.statement());
        Response.ResponseBuilder response = added.created()
                ? Response.created(URI.create("/api/statements/" + json.id()))
                : Response.ok().location(URI.create("/api/statements/" + json.id()));
        return response.entity(json).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
