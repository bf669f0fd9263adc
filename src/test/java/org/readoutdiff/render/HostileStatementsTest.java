package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.report.comparison.ReportFixtures;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Statements, labels and metadata are untrusted: every attack below must come out as inert,
 * visible text, in the statement text, in the label and in every metadata field.
 */
class HostileStatementsTest {

    /** Every element the templates write; anything else in a report was injected. */
    static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "p", "strong",
            "ul", "ol", "li", "a", "span", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
            "bdi", "code", "nav", "div", "label", "input", "del", "ins", "main", "section", "h1", "h2", "h3", "br",
            "details", "summary", "footer");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)(=\"[^\"]*\")?");

    static List<String> attacks() {
        return List.of(
                "<script>document.title='PWNED'</script>",
                "<img src=x onerror=\"document.title='PWNED'\">",
                "\" onmouseover=\"document.title='PWNED'\" x=\"",
                "' onfocus='document.title=1' autofocus='",
                "javascript:document.title='PWNED'",
                "</style><script>document.title='PWNED'</script><style>",
                "</title><script>document.title='PWNED'</script>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<!-- <svg onload=alert(1)> -->",
                "{report.left.sha256} {#include report-rows /}",
                "abc\u202edcba\u202c \u2067isolate\u2069 \u200bzero\u200bwidth \ufeffbom \u0000nul \ud800lone");
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void anAttackInTextLabelAndMetadataRendersAsInertText(String attack) {
        StatementMetadata metadata = new StatementMetadata(attack, attack, attack, attack, attack);
        Statement left = new Statement(attack, "The two sides met in Lima. They agreed on trade.", "0".repeat(64), metadata);
        Statement right = new Statement("right " + attack, "The two sides met in Lima. They agreed on " + attack
                + " trade. " + attack + ".", "1".repeat(64), metadata.withSourceUrl("https://example.org/" + attack));
        for (Mode mode : List.of(Mode.VERSIONS, Mode.COUNTERPARTS)) {
            String html = HtmlReportRendererTest.render(ReportFixtures.compare(left, right, mode));
            assertOnlyTemplateMarkup(html);
            assertFalse(Pattern.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff\u0000]").matcher(html).find(),
                    "invisible characters are shown as escapes");
            String visible = org.readoutdiff.report.VisibleText.of(attack).replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
            assertTrue(html.contains("<title>"), "title");
            assertTrue(html.contains(visible), "the attack is shown as text: " + visible);
        }
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void onlyHttpSourcesBecomeLinksAndTheirQuotesAreEscaped(String attack) {
        StatementMetadata metadata = StatementMetadata.none().withSourceUrl("https://example.org/x?" + attack.replace(" ", ""));
        Statement left = new Statement("l", "One sentence here.", "0".repeat(64), metadata);
        Statement right = new Statement("r", "One sentence there.", "1".repeat(64), metadata.withSourceUrl(attack));
        String html = HtmlReportRendererTest.render(ReportFixtures.compare(left, right, Mode.VERSIONS));
        assertOnlyTemplateMarkup(html);
        Matcher links = Pattern.compile("<a class=\"source\" href=\"([^\"]*)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(links.group(1).startsWith("https://example.org/x?"), links.group(1));
        }
        assertTrue(count <= 1, "the non-http source is never a link");
    }

    /** Every tag is one the templates write, with no event handler and no URL but #anchors and http(s). */
    static void assertOnlyTemplateMarkup(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase();
            assertTrue(TAGS.contains(name), "unexpected element <" + name + ">");
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase();
                assertFalse(attr.startsWith("on"), "event handler " + attr + " in " + tag.group());
                assertFalse(attr.equals("src") || attr.equals("srcdoc") || attr.equals("style") || attr.equals("autofocus"),
                        attr + " in " + tag.group());
                if (attr.equals("href")) {
                    String url = attribute.group(2);
                    assertTrue(url.startsWith("=\"#") || url.startsWith("=\"https://") || url.startsWith("=\"http://"), url);
                }
            }
        }
        assertEquals(1, count(html, "<script") + count(html, "<style>"), "one style element and no script");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
