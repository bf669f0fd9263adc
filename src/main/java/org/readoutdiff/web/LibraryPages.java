package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.report.VisibleText;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.SentenceCitations;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StoredStatement;

/** The statement library (filter by meeting and issuer, compare any two) and one statement's page. */
@Path("/statements")
public class LibraryPages {

    private final StatementLibrary library;
    private final SentenceCitations citations;

    public LibraryPages(StatementLibrary library, SentenceCitations citations) {
        this.library = library;
        this.citations = citations;
    }

    /**
     * Version {@code n} of a statement sentence by sentence, each sentence with its anchor
     * ({@code #S12}) and the versions it appears in or not, under the version's hash and fetch time.
     */
    @GET
    @Path("{id: [A-Za-z0-9]+}/v/{n: [0-9]{1,6}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance version(@PathParam("id") String id, @PathParam("n") int n) throws InputProblem {
        return Pages.citation(WatchViews.citation(citations.cite(id, n).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "The statement '" + id + "' has no version " + n + "."))));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance library(@RestQuery String meeting, @RestQuery String issuer) {
        List<String> meetings = library.meetings();
        List<String> issuers = library.issuers();
        meeting = stored(meetings, meeting);
        issuer = stored(issuers, issuer);
        List<StoredStatement> statements = library.statements(meeting, issuer);
        boolean filtered = !blank(meeting) || !blank(issuer);
        List<StoredStatement> all = filtered ? library.statements(null, null) : statements;
        return Pages.library(new Views.Library(statements.stream().map(Views::row).toList(),
                options(meetings, meeting), options(issuers, issuer),
                Views.choices(all), Views.modes(Mode.AUTO), filtered));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance statement(@PathParam("id") String id) throws InputProblem {
        StoredStatement statement = library.statement(id).orElseThrow(() ->
                new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no statement with the id '" + id + "'."));
        List<StoredStatement> versions = library.versions(id);
        List<Views.VersionRow> rows = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            StoredStatement version = versions.get(i);
            rows.add(new Views.VersionRow(Views.row(version), version.id().equals(id),
                    i > 0 ? versions.get(i - 1).id() : null));
        }
        List<StoredStatement> others = library.statements(null, null).stream()
                .filter(s -> !s.id().equals(id)).toList();
        return Pages.statement(new Views.StatementPage(Views.row(statement), statement.fileName(),
                String.format(Locale.ROOT, "%,d characters", statement.charCount()),
                List.of(statement.text().split("\\R\\s*\\R")), rows,
                library.comparisonsOf(id).stream().map(Views::row).toList(),
                Views.choices(others), Views.modes(versions.size() > 1 ? Mode.VERSIONS : Mode.AUTO)));
    }

    private static List<Views.Option> options(List<String> values, String selected) {
        return values.stream().map(v -> new Views.Option(v, v, v.equals(selected))).toList();
    }

    /**
     * The stored meeting or issuer a filter asks for. The filter's options are written like all
     * page text, invisible characters shown (⟨U+200B⟩), so the value a browser sends back may be
     * that visible form of a stored value rather than the value itself.
     */
    private static String stored(List<String> values, String asked) {
        if (blank(asked) || values.contains(asked)) {
            return asked;
        }
        return values.stream().filter(v -> VisibleText.of(v).equals(asked)).findFirst().orElse(asked);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
