package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.analysis.AttributionRules;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesEngine;
import org.readoutdiff.report.GoldenFiles;
import org.readoutdiff.report.series.SeriesFixtures;
import org.readoutdiff.report.series.SeriesMarkdownWriter;
import org.readoutdiff.report.series.SeriesReportView;
import org.readoutdiff.report.series.SeriesTextWriter;
import org.readoutdiff.report.series.SeriesViews;
import org.readoutdiff.report.VisibleText;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** The series report: goldens compared in full (HTML, Markdown, text), links, the style sheet's hash, hostile text. */
class SeriesReportRendererTest {

    static final SeriesReportRenderer RENDERER = new SeriesReportRenderer();
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile(" href=\"#([^\"]*)\"");
    private static final SeriesReportView LIMA = SeriesViews.of(SeriesFixtures.lima());

    @Test
    void theLimaSeriesMatchesItsGoldens() throws IOException {
        GoldenFiles.assertMatches("series/lima-2024.html", RENDERER.render(LIMA));
        GoldenFiles.assertMatches("series/lima-2024.md", new SeriesMarkdownWriter(60 * 1024).write(LIMA));
        GoldenFiles.assertMatches("series/lima-2024.txt", new SeriesTextWriter().write(LIMA));
    }

    /** The CLI and the service stream the page; what they write is the golden's page, byte for byte. */
    @Test
    void writingStreamsTheSameTextAsRendering() {
        StringWriter out = new StringWriter();
        RENDERER.write(LIMA, out);
        assertEquals(RENDERER.render(LIMA), out.toString());
    }

    @Test
    void theChineseSeriesMatchesItsGolden() throws IOException {
        GoldenFiles.assertMatches("series/zh-2023-2024.html",
                RENDERER.render(SeriesViews.of(SeriesFixtures.chinese())));
    }

    @Test
    void idsAreUniqueAndEveryInternalLinkHasATarget() {
        for (String html : List.of(RENDERER.render(LIMA),
                RENDERER.render(SeriesViews.of(SeriesFixtures.chinese())))) {
            List<String> ids = all(ID, html);
            assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids");
            for (String target : all(HREF, html)) {
                assertTrue(ids.contains(target), "a link to #" + target + " with no target");
            }
        }
    }

    @Test
    void everyBaseSentenceHasItsRowAndEveryOtherStatementItsColumn() {
        String html = RENDERER.render(LIMA);
        for (int b = 1; b <= LIMA.rows().size(); b++) {
            assertTrue(html.contains("<tr id=\"L" + b + "\""), "row L" + b);
        }
        assertEquals(LIMA.rows().size() * 3, count(html, "<td class=\"aligned\"") + count(html, "<td class=\"continued\"")
                + count(html, "<td class=\"related\"") + count(html, "<td class=\"not-mentioned\""));
    }

    @Test
    void theStyleSheetIsAllowedByItsHashAndNothingElseIs() {
        String html = RENDERER.render(LIMA);
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>") + "</style>".length());
        String csp = org.jsoup.Jsoup.parse(html).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("style-src '" + ContentSecurityPolicy.hash(style.substring("<style>".length(), style.length() - "</style>".length())) + "'"), csp);
        assertEquals(RENDERER.contentSecurityPolicy(), csp, "the meta states the policy");
        assertEquals(csp + "; frame-ancestors 'none'", RENDERER.servedPolicy());
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.contains(" style=\""), "no style attribute (the CSP would block it)");
        assertFalse(Pattern.compile("(src|href)=\"(?!#|https?://)").matcher(html).find(), "nothing loaded or linked from elsewhere");
    }

    /** The filter works by fixed style rules, one per speaker of the rules: a new speaker needs its rule. */
    @Test
    void everySpeakerOfTheRulesHasItsFilterRule() {
        String page = SelfContainedPage.resource("series.css");
        for (AttributionRules.Speaker speaker : AttributionRules.defaults().speakers()) {
            assertTrue(page.contains("body:has(#who-" + speaker.id() + ":checked) :is(.matrix tbody tr, .unmatched li):not(.by-"
                    + speaker.id() + ")"), speaker.id());
        }
        String html = RENDERER.render(LIMA);
        for (var speaker : LIMA.speakers()) {
            assertTrue(html.contains("<input type=\"radio\" name=\"who\" id=\"who-" + speaker.id() + "\">"), speaker.id());
        }
    }

    @Test
    void templatesNeverWriteRawTextNorScripts() {
        for (String name : List.of("series.html", "series-rows.html", "series-unmatched.html", "series-formulations.html",
                "series-speakers.html", "series-who.html")) {
            String template = SelfContainedPage.resource(name);
            assertFalse(template.contains(".raw") || template.contains(".safe") || template.contains("{|")
                    || template.contains("<script") || Pattern.compile("\\son[a-z]+=").matcher(template).find(), name);
        }
    }

    static List<String> attacks() {
        return HostileStatementsTest.attacks();
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void anAttackInTextLabelAndMetadataRendersAsInertText(String attack) {
        StatementMetadata metadata = new StatementMetadata(attack, attack, attack, attack, attack);
        Statement base = new Statement(attack, "The two sides met in Lima. President Xi stressed " + attack + " trade.",
                "0".repeat(64), metadata);
        Statement other = new Statement("other " + attack, "The two sides met in Lima. President Biden noted " + attack
                + " trade. " + attack + ".", "1".repeat(64), metadata.withSourceUrl("https://example.org/" + attack));
        Statement third = new Statement("third", "The two sides met in Bali. " + attack + ".", "2".repeat(64), null);
        SeriesComparison series = new SeriesEngine(ComparisonOptions.defaults()).compare(base, List.of(other, third));
        String html = RENDERER.render(SeriesViews.of(series));
        HostileStatementsTest.assertOnlyTemplateMarkup(html);
        assertFalse(Pattern.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff\u0000]").matcher(html).find(),
                "invisible characters are shown as escapes");
        String visible = VisibleText.of(attack).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        assertTrue(html.contains(visible), "the attack is shown as text: " + visible);
        String md = new SeriesMarkdownWriter(60 * 1024).write(SeriesViews.of(series));
        assertFalse(md.contains("<script") || md.contains("<img") || md.contains("<a "), md);
    }

    @Test
    void theMarkdownStaysUnderItsBudgetAndSaysWhatItLeftOut() {
        String md = new SeriesMarkdownWriter(8 * 1024).write(LIMA);
        assertTrue(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 8 * 1024, "under budget");
        assertTrue(md.contains("_Cut to stay under 8 KB, not shown here: "), md);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
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
