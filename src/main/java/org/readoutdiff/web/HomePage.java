package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.service.StatementLibrary;
import org.readoutdiff.service.StatementRules;

/** GET /: the form where two statements are pasted or uploaded. */
@Path("/")
public class HomePage {

    private final StatementLibrary library;

    public HomePage(StatementLibrary library) {
        this.library = library;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        List<Views.StatementRow> recent = library.statements(null, null).stream().limit(8).map(Views::row).toList();
        return Pages.home(new Views.Home(limits(library), List.of(
                new Views.Side("left", "Left statement", "e.g. China MFA readout"),
                new Views.Side("right", "Right statement", "e.g. White House readout")),
                Views.modes(Mode.AUTO), recent));
    }

    static Views.Limits limits(StatementLibrary library) {
        StatementRules rules = library.rules();
        return new Views.Limits(Views.size(rules.maxFileBytes()), Views.size(rules.maxTextBytes()), rules.maxLabelChars(),
                ".txt, .md, .html, .pdf, .docx", library.timeBudget().toSeconds() + " s");
    }
}
