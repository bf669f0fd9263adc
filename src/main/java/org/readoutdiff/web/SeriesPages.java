package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.service.ComparisonSide;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.ReportFormat;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementUpload;
import org.readoutdiff.service.StoredSeries;
import org.readoutdiff.service.StoredStatement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Series as pages: the form (a base and up to {@value #FORM_OTHERS} others, pasted or
 * uploaded; or statements of the library) posts here and is sent (303) to the permalink
 * /series/{id}, the series report with the site header; .json and .md are its alternates.
 */
@Path("/series")
public class SeriesPages {

    /** Slots for other statements on the form; the API takes up to readout-diff.series.max-others. */
    static final int FORM_OTHERS = 4;

    private final StatementLibrary library;

    public SeriesPages(StatementLibrary library) {
        this.library = library;
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        List<Views.Side> others = new ArrayList<>();
        for (int i = 1; i <= Math.min(FORM_OTHERS, library.maxOthers()); i++) {
            others.add(new Views.Side("other" + i, "Other statement " + i + (i > 2 ? " (optional)" : ""),
                    i == 1 ? "e.g. White House readout" : "e.g. MFA readout, Woodside, Nov 2023"));
        }
        List<StoredStatement> stored = library.statements(null, null);
        return Pages.seriesForm(new Views.SeriesForm(HomePage.limits(library),
                new Views.Side("base", "Base statement", "e.g. China MFA readout, Lima"), others, library.maxOthers(),
                Views.choices(stored), Math.min(10, Math.max(3, stored.size())), Views.modes(Mode.AUTO)));
    }

    /** The upload form: field names as on the home page, prefixed base, other1 ... other4; empty slots are skipped. */
    @HeavyWork
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(MultipartFormDataInput input) throws InputProblem {
        ComparisonSide base = ComparisonSide.upload(upload(input, "base", "base statement"));
        List<ComparisonSide> others = new ArrayList<>();
        for (int i = 1; i <= FORM_OTHERS; i++) {
            String name = "other" + i;
            if (filledIn(input, name)) {
                others.add(ComparisonSide.upload(upload(input, name, "other statement " + i)));
            }
        }
        return seeOther(library.compareSeries(base, others,
                Options.of(value(input, "mode"), Options.checked(value(input, "ignoreCase")))));
    }

    /** From the library: a stored base and several stored others. */
    @HeavyWork
    @POST
    @Path("stored")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFromStored(@RestForm String base, @RestForm List<String> others, @RestForm String mode,
                                     @RestForm String ignoreCase) throws InputProblem {
        if (base == null || base.isBlank()) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "choose the base statement");
        }
        List<String> chosen = others == null ? List.of() : others.stream().filter(id -> !id.equals(base)).toList();
        return seeOther(library.compareSeries(base, chosen, Options.of(mode, Options.checked(ignoreCase))));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("id") String id) throws InputProblem {
        StoredSeries series = SeriesApi.find(library, id);
        List<Views.Option> statements = new ArrayList<>();
        for (int i = 0; i < series.statements().size(); i++) {
            statements.add(new Views.Option(series.statements().get(i).id(), i == 0 ? "base" : String.valueOf(i), false));
        }
        String header = Pages.seriesHeader(new Views.SeriesHeader(series.id(), Views.time(series.createdAt()),
                library.engineVersion(), series.engineVersion(), !library.engineVersion().equals(series.engineVersion()),
                statements)).render();
        return Response.ok(library.servedSeries(series, header), ReportFormat.HTML.mediaType())
                .header(SecurityHeaders.CSP, library.servedSeriesPolicy())
                .build();
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@PathParam("id") String id) throws InputProblem {
        return Response.ok(SeriesApi.find(library, id).json(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .build();
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}.md")
    @Produces("text/markdown")
    public Response markdown(@PathParam("id") String id) throws InputProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        library.write(SeriesApi.find(library, id), ReportFormat.MD, out);
        return Response.ok(out.toString(StandardCharsets.UTF_8), ReportFormat.MD.mediaType()).build();
    }

    private StatementUpload upload(MultipartFormDataInput input, String name, String side) throws InputProblem {
        StatementMetadata metadata = new StatementMetadata(value(input, name + "Issuer"), value(input, name + "Meeting"),
                value(input, name + "Date"), value(input, name + "SourceUrl"), null);
        return Uploads.of(side, value(input, name + "Text"), Uploads.UploadedFile.of(first(input, name + "File")),
                value(input, name + "Label"), metadata, library.rules());
    }

    /** Whether any field of a slot was filled in: a slot with a label but no text is a mistake to report. */
    private static boolean filledIn(MultipartFormDataInput input, String name) {
        for (String field : List.of("Text", "Label", "Issuer", "Meeting", "Date", "SourceUrl")) {
            String value = value(input, name + field);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        Uploads.UploadedFile file = Uploads.UploadedFile.of(first(input, name + "File"));
        return file != null && file.chosen();
    }

    private static FormValue first(MultipartFormDataInput input, String field) {
        Collection<FormValue> values = input.getValues().get(field);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }

    /** A text field's value; null when absent, blank or a file. */
    private static String value(MultipartFormDataInput input, String field) {
        FormValue value = first(input, field);
        return value == null || value.isFileItem() || value.getValue() == null || value.getValue().isBlank()
                ? null : value.getValue();
    }

    private static Response seeOther(StoredSeries series) {
        return Response.seeOther(URI.create("/series/" + series.id())).build();
    }
}
