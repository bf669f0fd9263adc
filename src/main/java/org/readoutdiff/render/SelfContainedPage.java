package org.readoutdiff.render;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One page template of this package (report, series report, batch index) made ready to render:
 * parsed by a standalone Qute engine that sends every value through {@link HtmlText} and
 * includes the {@code report-*} and {@code series-*} sections, with the
 * {@link ContentSecurityPolicy} its {@code <meta>} states: the hash of the page's one style
 * element. Thread-safe.
 */
final class SelfContainedPage {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Template template;
    private final String policy;

    SelfContainedPage(String name) {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText())
                .addLocator(SelfContainedPage::locate)
                .strictRendering(true)
                .build();
        String text = resource(name);
        policy = ContentSecurityPolicy.forStyle(styleHash(text));
        template = engine.parse(text, HTML, name);
    }

    /** The page with its view under {@code name} and its Content-Security-Policy, ready to render. */
    TemplateInstance with(String name, Object view) {
        return template.data(name, view).data("contentSecurityPolicy", policy);
    }

    /** The policy the page declares in its {@code <meta>}. */
    String contentSecurityPolicy() {
        return policy;
    }

    /** The CSP source of the page's one style element: {@code sha256-} and the base64 digest of its text. */
    static String styleHash(String page) {
        int start = page.indexOf("<style>") + "<style>".length();
        int end = page.indexOf("</style>", start);
        if (start < "<style>".length() || end < 0 || page.indexOf("<style", end) >= 0) {
            throw new IllegalStateException("a page template must hold exactly one <style> element");
        }
        return ContentSecurityPolicy.hash(page.substring(start, end));
    }

    /** The sections of the pages: {@code report-*.html} and {@code series-*.html} next to this class. */
    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
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
        try (InputStream in = SelfContainedPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
