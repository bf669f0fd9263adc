package org.readoutdiff.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StoredSeries;

/**
 * The series API: one base statement against several others. JSON in, the series
 * JSON (schema readout-diff/series/1) out.
 */
@Path("/api/series")
public class SeriesApi {

    private final StatementLibrary library;

    public SeriesApi(StatementLibrary library) {
        this.library = library;
    }

    @HeavyWork
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare one statement with several others",
            description = "{\"base\": side, \"others\": [side, side, ...], \"mode\", \"ignoreCase\"}, each side "
                    + "{\"text\": ..., \"label\", \"issuer\", \"meeting\", \"date\", \"sourceUrl\"} or "
                    + "{\"statementId\": ...}; two or more others (the most is readout-diff.series.max-others). "
                    + "Dates order the others as earlier meetings. Answers 201 with the series JSON and "
                    + "its id; the texts are added to the statement library.")
    public Response create(ApiRequests.SeriesRequest request) throws InputProblem {
        if (request == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "the request body must be a JSON object with \"base\" and \"others\"");
        }
        ComparisonSide base = ComparisonApi.side("base", request.base());
        if (request.others() == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "\"others\" is missing: give a list of 2 to "
                    + library.maxOthers() + " statements to compare the base with");
        }
        List<ComparisonSide> others = new ArrayList<>();
        for (int i = 0; i < request.others().size(); i++) {
            others.add(ComparisonApi.side("others[" + i + "]", request.others().get(i)));
        }
        StoredSeries series = library.compareSeries(base, others,
                Options.of(request.mode(), Boolean.TRUE.equals(request.ignoreCase())));
        return ComparisonApi.created("/series/" + series.id(), series.json());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stored series, as the series JSON")
    public Response get(@PathParam("id") String id) throws InputProblem {
        return Response.ok(find(library, id).json(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
    }

    static StoredSeries find(StatementLibrary library, String id) throws InputProblem {
        return library.series(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no series with the id '" + id + "'"));
    }
}
