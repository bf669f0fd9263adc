package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.readoutdiff.report.ReportView;

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

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Template report;
    private final String styleHash;

    public HtmlReportRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText())
                .addLocator(HtmlReportRenderer::locate)
                .strictRendering(true)
                .build();
        String page = resource("report.html");
        styleHash = styleHash(page);
        report = engine.parse(page, HTML, "report.html");
    }

    /**
     * The policy every report page declares in its {@code <meta>}, for a server to send as the
     * {@code Content-Security-Policy} header of report pages too.
     */
    public String contentSecurityPolicy() {
        return "default-src 'none'; script-src 'none'; style-src '" + styleHash
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    }

    public String render(ReportView view) {
        return report.data("report", view).data("styleHash", styleHash).render();
    }

    /** Writes the page as it is rendered, without holding all of it in memory at once. */
    public void write(ReportView view, Writer out) {
        try {
            report.data("report", view).data("styleHash", styleHash).consume(chunk -> {
                try {
                    out.write(chunk);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toCompletableFuture().join();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source of the page's one style element: {@code sha256-} and the base64 digest of its text. */
    static String styleHash(String page) {
        int start = page.indexOf("<style>") + "<style>".length();
        int end = page.indexOf("</style>", start);
        if (start < "<style>".length() || end < 0 || page.indexOf("<style", end) >= 0) {
            throw new IllegalStateException("report.html must hold exactly one <style> element");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(page.substring(start, end).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The sections of the pages: {@code report-*.html} and {@code series-*.html} next to this class. */
    static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        if (!id.matches("(report|series)-[a-z-]+")) {
            return Optional.empty();
        }
        String text = resource(id + ".html");
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public java.io.Reader read() {
                return new StringReader(text);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }

    static String resource(String name) {
        try (InputStream in = HtmlReportRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
