package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.readoutdiff.report.BatchView;

/**
 * Renders a batch's {@code index.html}: one self-contained page listing the comparisons with
 * their verdicts and counts and linking to their reports. Like the report page it has no
 * script and no external request, its Content-Security-Policy allows nothing but its own style
 * sheet, named by its SHA-256 hash, and every expression goes through {@link HtmlText}.
 * Thread-safe; build once.
 */
public final class BatchIndexRenderer {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Template index;
    private final String styleHash;

    public BatchIndexRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText())
                .strictRendering(true)
                .build();
        String page = HtmlReportRenderer.resource("index.html");
        styleHash = HtmlReportRenderer.styleHash(page);
        index = engine.parse(page, HTML, "index.html");
    }

    public String render(BatchView view) {
        return index.data("index", view).data("styleHash", styleHash).render();
    }
}
