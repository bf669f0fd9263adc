package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.report.batch.BatchView;
import org.readoutdiff.report.batch.BatchSeriesWritersTest;
import org.readoutdiff.report.batch.BatchViews;
import org.readoutdiff.report.GoldenFiles;
import org.readoutdiff.report.batch.ReportFileView;

/** The batch index page: untrusted labels stay text, the policy allows only its own style, links go to the reports. */
class BatchIndexRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & 'single'";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
            + "&quot;quoted&quot; &amp; &#39;single&#39;";

    private static String page() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Fixtures.statement(Fixtures.SEED, HOSTILE),
                Fixtures.statement("versions/word-substitutions/right.txt", "edited \u202Egnp.exe"));
        BatchView view = BatchViews.batch(HOSTILE, "2024-11-18T10:00:00Z", "substantive", List.of(
                BatchViews.comparison("seed--edited", "comparisons[0] (seed)", HOSTILE, "a.txt", "b.txt", comparison,
                        true, true, List.of(new ReportFileView("html", "seed--edited.html"),
                                new ReportFileView("md", "seed--edited.md")))));
        return new BatchIndexRenderer().render(view);
    }

    @Test
    void labelsAreTextAndThePageRunsNothing() {
        String html = page();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<title>" + ESCAPED + "</title>"), html);
        assertTrue(html.contains("<h1>" + ESCAPED + "</h1>"), html);
        assertTrue(html.contains(ESCAPED + "<span aria-hidden=\"true\"> → </span><span class=\"visually-hidden\"> "
                + "compared with </span>edited ⟨U+202E⟩gnp.exe"), html);
        String row = html.substring(html.indexOf("<tr id=\"seed--edited\""), html.indexOf("</tr>", html.indexOf("<tbody>")));
        assertTrue(row.startsWith("<tr id=\"seed--edited\" class=\"substantive fails\">"), row);
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(row);
        List<String> links = href.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("seed--edited.html", "seed--edited.html", "seed--edited.md"), links);
        assertTrue(html.contains("<strong>1 of 1 fails --fail-on substantive.</strong>The run exits with status 1."),
                html);
        assertTrue(html.contains("Made by readout-diff " + ComparisonEngine.VERSION + " on 2024-11-18T10:00:00Z."), html);
    }

    /** The series row links to its one report; a row per other statement follows it, linking to the same report. */
    @Test
    void aSeriesIsARowWithItsReportsThenARowPerOtherStatement() throws Exception {
        String html = new BatchIndexRenderer().render(BatchSeriesWritersTest.batch("substantive"));
        assertFalse(html.contains("<script"), html);
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertEquals(List.of("watch.html", "watch.html", "watch.json", "watch.html", "watch.html", "same.md", "same.md"),
                Pattern.compile("href=\"([^\"]*)\"").matcher(table).results().map(m -> m.group(1)).toList());
        GoldenFiles.assertMatches("batch/series-index.html", html);
    }

    @Test
    void thePolicyNamesTheStyleSheetByItsHash() throws Exception {
        String html = page();
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        String hash = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(StandardCharsets.UTF_8)));
        String csp = org.jsoup.Jsoup.parse(html).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals("default-src 'none'; script-src 'none'; style-src '" + hash + "'; img-src 'none'; base-uri 'none'; "
                + "form-action 'none'", csp);
        assertEquals(html.indexOf("<style"), html.lastIndexOf("<style"));
        assertFalse(html.contains(" style=\""), "no inline style attributes: the policy would block them");
    }
}
