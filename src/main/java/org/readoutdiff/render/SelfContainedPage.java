package org.readoutdiff.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.CompletionException;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One page template of this package (report, series report, batch index) made ready to render:
 * parsed by a standalone Qute engine that sends every value through {@link HtmlText} and
 * includes the {@code report-*} and {@code series-*} sections. Every page fills the slots of
 * one layout, {@code page.html} (the head with the Content-Security-Policy, a title, the
 * generator, the style sheet, then the content). Its style sheet is made of the resources
 * {@link #styleSheets}: {@code base.css} for every page, {@code document.css} for the two
 * reports, then the page's own {@code <page>.css}; the page includes them in that order, and the
 * hash the {@link ContentSecurityPolicy} in its {@code <meta>} names is computed once, from
 * them. Thread-safe.
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
        // page.html opens the style element with a line break before the sheet
        String sheet = styleSheets(name).stream().map(SelfContainedPage::resource).collect(Collectors.joining());
        policy = ContentSecurityPolicy.forStyle(ContentSecurityPolicy.hash("\n" + sheet));
        template = engine.parse(text, HTML, name);
    }

    /** The page with its view under {@code name} and its Content-Security-Policy, ready to render. */
    TemplateInstance with(String name, Object view) {
        return template.data(name, view).data("contentSecurityPolicy", policy);
    }

    /**
     * Writes the page with its view under {@code name} as it is rendered, without holding all of
     * it in memory at once (the page of a 10 MB pair is 55 MB).
     */
    void write(String name, Object view, Writer out) {
        try {
            with(name, view).consume(chunk -> {
                try {
                    out.write(chunk);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toCompletableFuture().join();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CompletionException e) {
            // a failed write (a full disk, a closed pipe) is thrown as itself, as render's would be
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The policy the page declares in its {@code <meta>}. */
    String contentSecurityPolicy() {
        return policy;
    }

    /**
     * The style sheets page {@code report.html} includes, in order: what every page shares, what
     * the two reports share (not the batch index), then its own {@code report.css}.
     */
    static List<String> styleSheets(String page) {
        String own = page.replaceFirst("\\.html$", ".css");
        return page.equals("index.html") ? List.of("base.css", own) : List.of("base.css", "document.css", own);
    }

    /**
     * What the pages include, next to this class: the layout {@code page.html}, the sections
     * {@code report-*.html} and {@code series-*.html}, and the style sheets {@code *.css}.
     */
    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        if (!id.matches("page|(report|series)-[a-z-]+|(base|document|report|series|index)\\.css")) {
            return Optional.empty();
        }
        String text = resource(id.endsWith(".css") ? id : id + ".html");
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
