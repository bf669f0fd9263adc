package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.report.BatchView;

/**
 * Renders a batch's {@code index.html}: one self-contained page listing the comparisons with
 * their verdicts and counts and linking to their reports. Like the report page it has no
 * script and no external request, and its Content-Security-Policy allows nothing but its own
 * style sheet, named by its SHA-256 hash. Thread-safe; build once.
 */
public final class BatchIndexRenderer {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Template index;
    private final String styleHash;

    public BatchIndexRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .strictRendering(true)
                .build();
        String page = HtmlReportRenderer.resource("index.html");
        styleHash = styleHash(page);
        index = engine.parse(page, HTML, "index.html");
    }

    public String render(BatchView view) {
        return index.data("index", view).data("styleHash", styleHash).render();
    }

    /** The CSP source of the page's one style element: {@code sha256-} and the base64 digest of its text. */
    static String styleHash(String page) {
        int start = page.indexOf("<style>") + "<style>".length();
        int end = page.indexOf("</style>", start);
        if (start < "<style>".length() || end < 0 || page.indexOf("<style", end) >= 0) {
            throw new IllegalStateException("index.html must hold exactly one <style> element");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(page.substring(start, end).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
