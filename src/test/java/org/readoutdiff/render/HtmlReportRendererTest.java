package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.report.ReportViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** The HTML report, parsed with a real HTML parser: hostile statement text stays text. */
class HtmlReportRendererTest {

    private static final HtmlReportRenderer RENDERER = new HtmlReportRenderer();

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String LEFT_LABEL = "<script>alert(\"L\")</script> left";
    private static final String RIGHT_LABEL = "javascript:alert(1) \" onclick=\"alert(2)";

    static Comparison hostile() {
        String left = "Title " + SCRIPT + "\n\n"
                + "The leaders met in Lima. They said " + IMG + " nothing.\n\n"
                + "A </style><style>body{display:none}</style> sentence stays.\n\n"
                + "Deleted sentence with <a href=\"javascript:alert(1)\">a link</a>.";
        String right = "Title " + SCRIPT + "\n\n"
                + "The leaders met in Peru. They said <img src=y onerror=alert(3)> nothing.\n\n"
                + "A </style><style>body{display:none}</style> sentence stays.\n\n"
                + "New sentence with <svg onload=alert(4)></svg> & \"quotes\" and ]]> and <!-- comment -->.";
        StatementMetadata metadata = StatementMetadata.none().withIssuer("<i>Ministry</i>")
                .withSourceUrl("javascript:alert(5)").withMeeting("</td></tr></table><script>alert(6)</script>");
        return new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Statement.of(LEFT_LABEL, left).withMetadata(metadata), Statement.of(RIGHT_LABEL, right));
    }

    private static Document render(Comparison comparison) {
        return Jsoup.parse(RENDERER.render(ReportViews.of(comparison)));
    }

    @Test
    void hostileTextAndLabelsNeverBecomeMarkup() {
        Document html = render(hostile());
        assertEquals(List.of(), html.select("script, img, svg, iframe, object, embed, a[href^=javascript], base, form").stream().map(Element::outerHtml).toList());
        assertEquals(1, html.select("style").size(), "only the report's own style element");
        assertFalse(html.select("style").first().data().contains("display:none"));
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "event handler " + attribute + " on " + element.tagName());
                assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), attribute + " on " + element.tagName());
            }
        }
        for (Element link : html.select("a[href]")) {
            assertTrue(link.attr("href").matches("#[A-Za-z0-9-]+"), "only links within the page: " + link);
        }
    }

    @Test
    void hostileTextAppearsAsText() {
        Document html = render(hostile());
        String text = html.body().text();
        assertTrue(text.contains("Title " + SCRIPT), text);
        assertTrue(text.contains("They said <img src="), text);
        assertTrue(text.contains("A </style><style>body{display:none}</style> sentence stays."), text);
        assertTrue(text.contains("New sentence with <svg onload=alert(4)></svg> & \"quotes\" and ]]> and <!-- comment -->."), text);
        assertTrue(text.contains("Deleted sentence with <a href=\"javascript:alert(1)\">a link</a>."), text);
        assertEquals(LEFT_LABEL + " \u2192 " + RIGHT_LABEL, html.title());
        assertEquals(LEFT_LABEL, html.select("table.meta tr:nth-child(2) td").first().text());
        assertEquals(RIGHT_LABEL, html.select("table.meta tr:nth-child(2) td").get(1).text());
        assertEquals("</td></tr></table><script>alert(6)</script>", html.select("table.meta tr:nth-child(4) td").first().text());
        assertEquals("javascript:alert(5)", html.select("table.meta tr:nth-child(6) td").first().text());
        assertEquals(9, html.select("table.meta tr").size(), "the meeting cell did not break out of the table");
    }

    @Test
    void changesAreMarkedAndLinked() {
        Document html = render(Fixtures.compareCase("mixed-edits"));
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6"), html.select("ol.changes li").eachAttr("id"));
        Element bound = html.getElementById("C2-left");
        assertEquals("del", bound.tagName());
        assertEquals("[\u2212]bound", bound.text());
        assertEquals("[+]doomed", html.getElementById("C2-right").text());
        for (Element link : html.select("ol.changes a[href]")) {
            assertFalse(html.select("tr[id=" + link.attr("href").substring(1) + "]").isEmpty(), "dangling link " + link);
        }
        Element deleted = html.getElementById("L26");
        assertTrue(deleted.hasClass("left-only"));
        assertTrue(deleted.text().contains("[only left] The two sides co-sponsored each other's resolutions"));
        assertTrue(html.select("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
    }

    @Test
    void chineseRowsCarryTheirLanguage() {
        Document html = render(Fixtures.compareCase("chinese-word-edits"));
        assertEquals("zh", html.select("td.text.left").first().attr("lang"));
        assertEquals("[+]坦率", html.getElementById("C1-right").text());
    }

    @Test
    void sameComparisonSameBytes() {
        assertEquals(RENDERER.render(ReportViews.of(Fixtures.compareCase("moved-paragraph"))),
                RENDERER.render(ReportViews.of(Fixtures.compareCase("moved-paragraph"))));
    }
}
