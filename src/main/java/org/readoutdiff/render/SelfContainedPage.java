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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * One page template of this package (report, series report, batch index) made ready to render:
 * parsed by a standalone Qute engine that sends every value through {@link HtmlText} and
 * includes the {@code report-*} and {@code series-*} sections. Every page fills the slots of
 * one layout, {@code page.html} (the head with the Content-Security-Policy, a title, the
 * generator, the style sheet; then the body: a header slot the site fills when it serves the
 * page, and the content), which fills the slots of the layout of every page of readout-diff,
 * the site's included ({@code templates/layout.html}). The content of a report is a template
 * of its own ({@code report-content.html}), so the site can keep it and serve it later inside
 * the same layout ({@code served.html}) with its own header: the page is composed by Qute,
 * never by editing rendered text. Its style sheet is made of the resources
 * {@link #styleSheets}: {@code base.css} for every page, {@code document.css} for the two
 * reports, then the page's own {@code <page>.css}; the page includes them in that order, and the
 * hash the {@link ContentSecurityPolicy} in its {@code <meta>} names is computed once, from
 * them. Thread-safe.
 */
final class SelfContainedPage {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);
    /** The layout of every page, the site's included: where the site's Qute finds its templates. */
    private static final String LAYOUT = "/templates/layout.html";

    private final Engine engine;
    private final Template template;
    private final Template served;
    private final String pageName;
    private final String sheet;
    private final String policy;

    SelfContainedPage(String name) {
        engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlText())
                .addLocator(SelfContainedPage::locate)
                .strictRendering(true)
                .build();
        pageName = name;
        sheet = styleSheets(name).stream().map(SelfContainedPage::resource).collect(Collectors.joining());
        // page.html opens the style element with a line break before the sheet
        policy = ContentSecurityPolicy.forStyle(ContentSecurityPolicy.hash("\n" + sheet));
        template = engine.parse(resource(name), HTML, name);
        served = engine.parse(resource("served.html"), HTML, "served.html");
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
        write(with(name, view), out);
    }

    private static void write(TemplateInstance page, Writer out) {
        try {
            page.consume(chunk -> {
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

    /**
     * Writes only the page's content, what {@code page.html} puts in its body ({@code
     * report-content.html} for {@code report.html}): to keep, and to show later inside the same
     * layout by {@link #served}.
     */
    void writeContent(String name, Object view, Writer out) {
        write(engine.getTemplate(pageName.replaceFirst("\\.html$", "-content")).data(name, view), out);
    }

    /**
     * The page made of content rendered earlier by {@link #writeContent}, with the site's header
     * in the layout's {@code header} slot; with {@link Markup#NONE} for a header it is the page
     * itself, byte for byte. Its style sheet is this page's, so the policy is {@link
     * #contentSecurityPolicy}.
     */
    String served(String title, String generator, Markup siteHeader, Markup content) {
        return served.data("pageTitle", title).data("generator", generator).data("style", new Markup(sheet))
                .data("siteHeader", siteHeader).data("content", content)
                .data("contentSecurityPolicy", policy).render();
    }

    /** The policy the page declares in its {@code <meta>}. */
    String contentSecurityPolicy() {
        return policy;
    }

    /** The Content-Security-Policy header of a served page: its own policy, and no framing. */
    String servedPolicy() {
        return ContentSecurityPolicy.forServedPage(policy);
    }

    /** The bytes (UTF-8) of the layout around served content, with an empty title and header. */
    int layoutBytes() {
        return served("", "", Markup.NONE, Markup.NONE).getBytes(StandardCharsets.UTF_8).length;
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
     * What the pages include: the layout every page of readout-diff shares, {@code layout.html}
     * in the site's templates (the site's pages include it too); next to this class, the
     * reports' {@code page.html}, the sections {@code report-*.html} and {@code series-*.html},
     * and the style sheets {@code *.css}.
     */
    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        if (!id.matches("layout|page|(report|series)-[a-z-]+|(base|document|report|series|index)\\.css")) {
            return Optional.empty();
        }
        String text = resource(id.equals("layout") ? LAYOUT : id.endsWith(".css") ? id : id + ".html");
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
