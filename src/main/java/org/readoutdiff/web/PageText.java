package org.readoutdiff.web;

import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.readoutdiff.render.HtmlText;

/**
 * The site's pages write every value the way the reports do, with render's {@link HtmlText}:
 * invisible characters that change what a reader sees (a right-to-left override in a label,
 * a zero-width space in an issuer) are shown as {@code ⟨U+202E⟩}, then the text is escaped.
 * It is added to the Quarkus Qute engine while that engine is built, ahead of Qute's own
 * escaper, and applies to every HTML template of the site.
 */
@ApplicationScoped
public class PageText {

    void configure(@Observes EngineBuilder engine) {
        engine.addResultMapper(new HtmlText());
    }
}
