package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.report.BatchView;
import org.readoutdiff.report.BatchViews;
import org.readoutdiff.report.ReportFileView;

/** The batch index page: untrusted labels stay text, the policy allows only its own style, links go to the reports. */
class BatchIndexRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" & 'single'";

    private static BatchView view() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Fixtures.statement(Fixtures.SEED, HOSTILE),
                Fixtures.statement("versions/word-substitutions/right.txt", "edited"));
        return BatchViews.batch(HOSTILE, "2024-11-18T10:00:00Z", "substantive", List.of(
                BatchViews.comparison("seed--edited", "comparisons[0] (seed)", HOSTILE, "a.txt", "b.txt", comparison,
                        true, true, List.of(new ReportFileView("html", "seed--edited.html"),
                                new ReportFileView("md", "seed--edited.md")))));
    }

    @Test
    void labelsAreTextAndThePageRunsNothing() {
        String html = new BatchIndexRenderer().render(view());
        Document page = Jsoup.parse(html);
        assertEquals(0, page.select("script, img, iframe, object").size(), html);
        assertEquals(HOSTILE, page.title());
        assertEquals(HOSTILE, page.selectFirst("h1").text());
        Element row = page.selectFirst("tr#seed--edited");
        assertTrue(row.text().contains(HOSTILE + " \u2192 compared with edited"), row.text());
        assertEquals(List.of("seed--edited.html", "seed--edited.html", "seed--edited.md"),
                row.select("a").eachAttr("href"));
        assertTrue(row.hasClass("fails"));
        assertTrue(page.selectFirst(".verdict").text().startsWith("1 of 1 fails --fail-on substantive."));
        assertTrue(page.selectFirst(".about").text().endsWith("on 2024-11-18T10:00:00Z."));
    }

    @Test
    void thePolicyNamesTheStyleSheetByItsHash() throws Exception {
        String html = new BatchIndexRenderer().render(view());
        Document page = Jsoup.parse(html);
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        String hash = "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                .getInstance("SHA-256").digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("default-src 'none'; script-src 'none'; style-src '" + hash
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'", policy);
        assertEquals(1, page.select("style").size());
    }
}
