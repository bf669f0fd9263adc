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

    /**
     * The policy every report page declares in its {@code <meta>} ({@link ContentSecurityPolicy};
     * a server sends {@link ContentSecurityPolicy#forServedPage} as the header).
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
}
