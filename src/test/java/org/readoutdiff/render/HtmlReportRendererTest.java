package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.RawString;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readoutdiff.report.comparison.CounterpartsExample;
import org.readoutdiff.report.GoldenFiles;
import org.readoutdiff.report.comparison.ReportFixtures;
import org.readoutdiff.report.comparison.ReportView;
import org.readoutdiff.report.comparison.ReportViews;

/** The HTML report compared in full with its goldens, and the properties every report has. */
class HtmlReportRendererTest {

    static final HtmlReportRenderer RENDERER = new HtmlReportRenderer();
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile(" href=\"#([^\"]*)\"");

    @Test
    void seedVersusVersionMatchesGolden() throws IOException {
        GoldenFiles.assertMatches("report/versions-mixed-edits.html", render(ReportFixtures.seedVersus("mixed-edits")));
    }

    @Test
    void seedVersusCounterpartMatchesGolden() throws IOException {
        GoldenFiles.assertMatches("report/counterparts-seed-us.html", render(ReportFixtures.seedVersusCounterpart()));
    }

    /** The counterparts sections filled (by hand, as the analysis fills them). */
    @Test
    void counterpartsWithTopicsAndSharedPhrasesMatchesGolden() throws IOException {
        GoldenFiles.assertMatches("report/counterparts-analysis.html", render(CounterpartsExample.comparison()));
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertEquals(render(ReportFixtures.seedVersus("moved-paragraph")), render(ReportFixtures.seedVersus("moved-paragraph")));
    }

    @Test
    void idsAreUniqueAndEveryInternalLinkHasATarget() {
        for (String html : List.of(render(ReportFixtures.seedVersus("mixed-edits")),
                render(ReportFixtures.seedVersus("moved-paragraph")), render(CounterpartsExample.comparison()))) {
            List<String> ids = all(ID, html);
            assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids");
            for (String target : all(HREF, html)) {
                assertTrue(ids.contains(target), "a link to #" + target + " with no target");
            }
        }
    }

    @Test
    void everyRowAndChangeHasItsPermalinkAnchor() {
        ReportView view = ReportViews.of(ReportFixtures.seedVersus("mixed-edits"));
        List<String> ids = all(ID, RENDERER.render(view));
        view.rows().forEach(row -> assertTrue(ids.contains(row.anchor()), row.anchor()));
        view.changes().forEach(change -> assertTrue(ids.contains(change.id()), change.id()));
        assertTrue(ids.contains("L17") && ids.contains("R17"), "every paired sentence has its own anchor too");
    }

    @Test
    void theStyleSheetIsAllowedByItsHashAndNothingElseIs() {
        String html = render(ReportFixtures.seedVersus("word-substitutions"));
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>") + "</style>".length());
        String csp = org.jsoup.Jsoup.parse(html).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("default-src 'none'; script-src 'none'; style-src '"
                + ContentSecurityPolicy.hash(style.substring("<style>".length(), style.length() - "</style>".length())) + "'"), csp);
        assertEquals(RENDERER.contentSecurityPolicy(), csp, "the meta states the policy");
        assertEquals(csp + "; frame-ancestors 'none'", RENDERER.servedPolicy(),
                "served by the site, the header says the same and forbids framing");
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.contains(" style=\""), "no style attribute (the CSP would block it)");
        assertFalse(Pattern.compile("(src|href)=\"(?!#|https?://)").matcher(html).find(), "nothing loaded or linked from elsewhere");
    }

    @Test
    void theSiteServesKeptContentInTheSameLayoutWithItsHeaderOnTop() {
        ReportView view = ReportViews.of(ReportFixtures.seedVersus("word-substitutions"));
        StringWriter content = new StringWriter();
        RENDERER.writeContent(view, content);
        String page = RENDERER.render(view);
        assertTrue(content.toString().startsWith("<header>") && !content.toString().contains("<style"),
                "the content is the report without its layout");
        assertEquals(page, RENDERER.served(view.pageTitle(), view.engineVersion(), Markup.NONE,
                new Markup(content.toString())), "with no site header, the page itself, byte for byte");

        String served = RENDERER.served(view.pageTitle(), view.engineVersion(),
                new Markup("<nav class=\"readout-diff-site\">site</nav>\n"), new Markup(content.toString()));
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(served);
        assertEquals("site", document.body().child(0).text(), "the site's header opens the body");
        document.body().child(0).remove();
        assertEquals(org.jsoup.Jsoup.parse(page).body().html(), document.body().html(), "and the report follows as it is");
        assertEquals(page.substring(0, page.indexOf("<body>")), served.substring(0, served.indexOf("<body>")),
                "the same head: title, generator, style sheet and policy");
        assertEquals(view.summary().verdictText() + ": " + view.title(), document.title());
    }

    @Test
    void aBudgetThatRanOutIsStatedPlainlyAtTheTop() {
        org.readoutdiff.compare.Comparison c = ReportFixtures.seedVersus("word-substitutions");
        String html = render(new org.readoutdiff.compare.Comparison(c.mode(), c.modeReason(), c.left(), c.right(),
                c.pairs(), c.leftOnly(), c.rightOnly(), c.moves(), c.summary(),
                new org.readoutdiff.compare.Limits(true, "the time budget of 60 s ran out <while> aligning"),
                c.options(), c.engineVersion(), c.counterparts()));
        int warning = html.indexOf("<p class=\"warning\" role=\"note\"><strong>Coarser than usual.</strong>");
        assertTrue(warning > 0 && warning < html.indexOf("<table class=\"statements\">"), "before the details");
        assertTrue(html.contains("the time budget of 60 s ran out &lt;while&gt; aligning."));
        assertFalse(render(c).contains("class=\"warning\""));
    }

    @Test
    void writingStreamsTheSameBytesAsRendering() {
        ReportView view = ReportViews.of(ReportFixtures.seedVersus("moved-edited-sentence"));
        StringWriter out = new StringWriter();
        RENDERER.write(view, out);
        assertEquals(RENDERER.render(view), out.toString());
    }

    @Test
    void chineseTextCarriesItsLanguage() {
        String html = render(ReportFixtures.compare(
                ReportFixtures.statement("versions/chinese-word-edits/left.txt", "左", null),
                ReportFixtures.statement("versions/chinese-word-edits/right.txt", "右", null),
                org.readoutdiff.compare.Mode.AUTO));
        assertTrue(html.contains("<div class=\"cell left\" lang=\"zh\" dir=\"auto\">"), "cells say lang=zh");
        assertTrue(html.contains("<html lang=\"en\">"), "the page's own words are English");
    }

    @Test
    void templatesNeverWriteRawTextNorScripts() throws IOException {
        for (String name : List.of("report.html", "report-changes.html", "report-one-sided.html", "report-topics.html",
                "report-shared.html", "report-rows.html")) {
            String template = SelfContainedPage.resource(name);
            assertFalse(template.contains(".raw") || template.contains(".safe") || template.contains("{|")
                    || template.contains("<script") || Pattern.compile("\\son[a-z]+=").matcher(template).find(), name);
        }
        // Even a raw value is escaped: no template can opt out.
        assertEquals("&lt;b&gt;", new HtmlText().map(new RawString("<b>"), null));
    }

    static String render(org.readoutdiff.compare.Comparison comparison) {
        return RENDERER.render(ReportViews.of(comparison));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
