package org.readoutdiff.render;

import java.io.Writer;
import org.readoutdiff.report.series.SeriesReportView;

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

    private final SelfContainedPage page = new SelfContainedPage("series.html");

    /** The policy the page declares in its {@code <meta>} ({@link ContentSecurityPolicy}). */
    public String contentSecurityPolicy() {
        return page.contentSecurityPolicy();
    }

    public String render(SeriesReportView view) {
        return page.with("report", view).render();
    }

    /** Writes the page as it is rendered, without holding all of it in memory at once. */
    public void write(SeriesReportView view, Writer out) {
        page.write("report", view, out);
    }

    /**
     * Writes only the page's content (the report without the layout around it), for a server
     * that keeps it and shows it later with {@link #served}.
     */
    public void writeContent(SeriesReportView view, Writer out) {
        page.writeContent("report", view, out);
    }

    /**
     * The page around content that {@link #writeContent} wrote: in the layout of every page,
     * with the site's {@code header} (HTML the site rendered) at the top of the body. With no
     * header it is the page {@link #write} writes, byte for byte.
     *
     * @param title     the page's title, {@code pageTitle()} of the view the content shows
     * @param generator the engine version that rendered the content
     */
    public String served(String title, String generator, Markup header, Markup content) {
        return page.served(title, generator, header, content);
    }

    /** The Content-Security-Policy header of a served page: its own policy, and no framing. */
    public String servedPolicy() {
        return page.servedPolicy();
    }
}
