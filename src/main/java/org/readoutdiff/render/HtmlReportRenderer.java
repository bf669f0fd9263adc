package org.readoutdiff.render;

import java.io.Writer;
import org.readoutdiff.report.comparison.ReportView;

/**
 * Renders a {@link ReportView} as one self-contained HTML page: inline styles, no script, no
 * external requests. Its Content-Security-Policy allows nothing but the page's own style
 * sheet, named by its SHA-256 hash, so even markup that slipped past escaping could neither
 * run a script, load anything nor restyle the page. Thread-safe; build once.
 *
 * <p>The page is {@code report.html}; its sections are the {@code report-*.html} templates
 * next to it, which it includes in an order that depends on the mode.
 */
public final class HtmlReportRenderer {

    private final SelfContainedPage report = new SelfContainedPage("report.html");
    private final int layoutBytes = report.layoutBytes();

    /**
     * The policy every report page declares in its {@code <meta>} ({@link ContentSecurityPolicy};
     * a server sends {@link #servedPolicy} as the header).
     */
    public String contentSecurityPolicy() {
        return report.contentSecurityPolicy();
    }

    public String render(ReportView view) {
        return report.with("report", view).render();
    }

    /** Writes the page as it is rendered, without holding all of it in memory at once. */
    public void write(ReportView view, Writer out) {
        report.write("report", view, out);
    }

    /**
     * Writes only the page's content (the report without the layout around it), for a server
     * that keeps it and shows it later with {@link #served}.
     */
    public void writeContent(ReportView view, Writer out) {
        report.writeContent("report", view, out);
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
        return report.served(title, generator, header, content);
    }

    /** The bytes (UTF-8) the layout adds around the content when it is served, its title and header aside. */
    int layoutBytes() {
        return layoutBytes;
    }

    /** The Content-Security-Policy header of a served page: its own policy, and no framing. */
    public String servedPolicy() {
        return report.servedPolicy();
    }
}
