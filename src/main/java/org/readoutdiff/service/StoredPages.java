package org.readoutdiff.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.render.HtmlReportRenderer;
import org.readoutdiff.render.Markup;
import org.readoutdiff.render.ReportParts;
import org.readoutdiff.report.comparison.MarkdownWriter;
import org.readoutdiff.report.comparison.ReportView;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.storage.RenderingEntity;
import org.readoutdiff.storage.RenderingRepository;

/**
 * The pages of a stored comparison are kept with it: its HTML report's content (in parts of at
 * most about 5 MB when it is larger, see {@link ReportParts}) with the page's title, and its
 * Markdown, gzipped, rendered once when
 * the comparison is made and stored in the same transaction. A GET serves them as stored and
 * runs no comparison. A comparison stored before renderings were kept gets them on its first
 * request (under the {@link WorkLimit}, as any heavy work), rendered by the engine of that day,
 * whose version the page then names. The report's content is kept without the page's layout:
 * {@link #served} puts it in the layout of every page, with the site's header (V8 dropped the
 * whole pages that were kept before, so those comparisons get their renderings again).
 */
@ApplicationScoped
public class StoredPages {

    static final String MARKDOWN = "md";
    static final String TITLE = "title";

    private final ComparisonService service;
    private final RenderingRepository renderings;
    private final WorkLimit limit;
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final ReportParts parts = new ReportParts();
    private final int maxPageBytes;

    public StoredPages(ComparisonService service, RenderingRepository renderings, WorkLimit limit,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "readout-diff.web.max-page-bytes",
                               defaultValue = "" + ReportParts.DEFAULT_MAX_BYTES) int maxPageBytes) {
        this.service = service;
        this.renderings = renderings;
        this.limit = limit;
        this.maxPageBytes = maxPageBytes;
    }

    /** A stored rendering: its text and the engine version that made it. */
    public record Page(String content, String engineVersion) {
    }

    /** A part of a stored report: its content, the engine version that rendered it and the page's title. */
    public record ReportPart(String content, String engineVersion, String title) {
    }

    static String htmlPart(int part) {
        return "content/" + part;
    }

    /** The renderings of a comparison just made, to store with it. */
    List<RenderingEntity> render(String id, Comparison comparison) {
        ReportView view = ReportViews.of(comparison);
        List<RenderingEntity> kept = new ArrayList<>();
        // Split as it is rendered, each part compressed as it comes: never the whole page at once.
        parts.render(html, view, maxPageBytes, (number, page) ->
                kept.add(RenderingEntity.of(id, htmlPart(number), comparison.engineVersion(), page)));
        kept.add(RenderingEntity.of(id, TITLE, comparison.engineVersion(), view.pageTitle()));
        kept.add(RenderingEntity.of(id, MARKDOWN, comparison.engineVersion(),
                new MarkdownWriter(MarkdownWriter.DEFAULT_MAX_BYTES).write(view)));
        return kept;
    }

    /** Stores renderings; call inside the transaction that stores their comparison. */
    void persist(List<RenderingEntity> kept) {
        kept.forEach(renderings::persist);
    }

    /**
     * The content of part {@code part} (from 1) of the comparison's HTML report, with the page's
     * title; empty when it has no such part.
     */
    public Optional<ReportPart> html(StoredComparison comparison, int part) throws Exception {
        Optional<Page> content = part < 1 ? Optional.empty() : find(comparison, htmlPart(part));
        if (content.isEmpty()) {
            return Optional.empty();
        }
        // kept in the same transaction as the parts, so there whenever a part is
        String title = find(comparison, TITLE).orElseThrow().content();
        return Optional.of(new ReportPart(content.get().content(), content.get().engineVersion(), title));
    }

    /**
     * A part as a page: the layout of every report with the site's header (HTML the site
     * rendered; {@link Markup#NONE} for the standalone page) above the kept content.
     */
    public String served(ReportPart part, Markup siteHeader) {
        return html.served(part.title(), part.engineVersion(), siteHeader, new Markup(part.content()));
    }

    /** The Content-Security-Policy header of a served report page. */
    public String servedPolicy() {
        return html.servedPolicy();
    }

    public Page markdown(StoredComparison comparison) throws Exception {
        return find(comparison, MARKDOWN).orElseThrow();
    }

    private Optional<Page> find(StoredComparison comparison, String name) throws Exception {
        Optional<Page> stored = stored(comparison.id(), name);
        if (stored.isPresent() || QuarkusTransaction.requiringNew().call(() -> renderings.has(comparison.id()))) {
            return stored;
        }
        // Stored before renderings were kept: render it once, now, and keep that.
        limit.call(() -> {
            Comparison again = service.compare(LibraryRecords.asStatement(comparison.left()),
                    LibraryRecords.asStatement(comparison.right()), comparison.options());
            List<RenderingEntity> kept = render(comparison.id(), again);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (!renderings.has(comparison.id())) {
                        persist(kept);
                    }
                });
            } catch (RuntimeException raced) {
                // Another request kept them first; theirs are read below.
            }
            return null;
        });
        return stored(comparison.id(), name);
    }

    private Optional<Page> stored(String id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> renderings.find(id, name)
                .map(r -> new Page(r.content(), r.engineVersion)));
    }
}
