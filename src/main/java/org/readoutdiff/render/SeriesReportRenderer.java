package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.readoutdiff.report.SeriesReportView;

/**
 * Renders a {@link SeriesReportView} (one base statement against several others) as one
 * self-contained HTML page, with the conventions of {@link HtmlReportRenderer}: inline styles,
 * no script, no external request, a Content-Security-Policy that allows only the page's own
 * style sheet by its hash, every expression escaped by {@link HtmlText} (invisible characters
 * shown). The page is {@code series.html}; its sections are the {@code series-*.html} templates
 * next to it. Filtering by speaker is done with radio buttons and style rules, no script.
 * Thread-safe; build once.
 */
public final class SeriesReportRenderer {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Template page;
    private final String styleHash;

    public SeriesReportRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText())
                .addLocator(HtmlReportRenderer::locate)
                .strictRendering(true)
                .build();
        String text = HtmlReportRenderer.resource("series.html");
        styleHash = HtmlReportRenderer.styleHash(text);
        page = engine.parse(text, HTML, "series.html");
    }

    /** The policy the page declares in its {@code <meta>}, for a server to send as a header too. */
    public String contentSecurityPolicy() {
        return "default-src 'none'; script-src 'none'; style-src '" + styleHash
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    }

    public String render(SeriesReportView view) {
        return page.data("report", view).data("styleHash", styleHash).render();
    }
}
