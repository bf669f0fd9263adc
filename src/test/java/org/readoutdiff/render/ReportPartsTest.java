package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readoutdiff.report.comparison.ReportFixtures;
import org.readoutdiff.report.comparison.ReportView;
import org.readoutdiff.report.comparison.ReportViews;

/**
 * A long report is served in parts: each under the limit, each a well-formed page with the
 * header and the navigation, together holding every row and change once, with links to anchors
 * of another part leading to that part. A report under the limit is one part, unchanged.
 */
class ReportPartsTest {

    private static final Pattern ROW = Pattern.compile("<div class=\"row (?!head)");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern CROSS_LINK = Pattern.compile("href=\"\\?part=(\\d+)#([^\"]+)\"");

    private static final HtmlReportRenderer RENDERER = new HtmlReportRenderer();

    private final ReportParts parts = new ReportParts();
    private final ReportView counterparts = ReportViews.of(ReportFixtures.seedVersusCounterpart());
    private final String page = RENDERER.render(counterparts);

    /** The parts as the site serves them: each kept part of content in the page's layout. */
    private List<String> served(ReportView view, int maxBytes) {
        List<String> served = new ArrayList<>();
        parts.render(RENDERER, view, maxBytes, (number, part) -> {
            assertEquals(served.size() + 1, number);
            assertFalse(part.contains("<body") || part.contains("<style"), "a part is content, without the layout");
            served.add(RENDERER.served(view.pageTitle(), view.engineVersion(), Markup.NONE, new Markup(part)));
        });
        return served;
    }

    @Test
    void aPageUnderTheLimitIsOnePartUnchanged() {
        assertEquals(List.of(page), served(counterparts, ReportParts.DEFAULT_MAX_BYTES));
    }

    @Test
    void aLongPageIsSplitIntoLinkedWellFormedPartsUnderTheLimit() {
        int pageBytes = page.getBytes(StandardCharsets.UTF_8).length;
        int limit = 40_000;
        List<String> split = served(counterparts, limit);
        assertTrue(split.size() >= 2, "a " + pageBytes + "-byte page in parts of " + limit + ": " + split.size());
        int rows = 0;
        Map<String, Integer> partOfId = new HashMap<>();
        for (int i = 0; i < split.size(); i++) {
            String part = split.get(i);
            int bytes = part.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= limit * 1.1, "part " + (i + 1) + " has " + bytes + " bytes, its layout included");
            assertTrue(part.startsWith("<!DOCTYPE html>") && part.contains("</html>"));
            assertTrue(part.contains("Part " + (i + 1) + " of " + split.size()), "its navigation");
            assertEquals(count(part, "<div"), count(part, "</div>"), "divs balanced in part " + (i + 1));
            assertEquals(count(part, "<section"), count(part, "</section>"), "sections balanced in part " + (i + 1));
            assertEquals(count(part, "<details"), count(part, "</details>"));
            assertEquals(count(part, "<ol"), count(part, "</ol>"));
            rows += count(part, ROW);
            String main = part.substring(part.indexOf("<main>"), part.indexOf("</main>"));
            Matcher ids = ID.matcher(main);
            while (ids.find()) {
                partOfId.putIfAbsent(ids.group(1), i + 1);
            }
        }
        assertEquals(count(page, ROW), rows, "every side-by-side row is in exactly one part");
        List<String> crossLinks = new ArrayList<>();
        for (String part : split) {
            Matcher link = CROSS_LINK.matcher(part);
            while (link.find()) {
                crossLinks.add(link.group(2));
                assertEquals(Integer.valueOf(link.group(1)), partOfId.get(link.group(2)),
                        "#" + link.group(2) + " is in the part the link names");
            }
        }
        assertTrue(!crossLinks.isEmpty(), "the change list links to rows in other parts");
    }

    /** Opening tags ({@code <div} followed by a space or {@code >}) or closing tags ({@code </div>}). */
    @Test
    void aFoldCutInTwoIsOpenedAgainWithItsSummary() {
        // Versions of the seed with four edits: long folded runs of identical sentences.
        ReportView view = ReportViews.of(ReportFixtures.seedVersus("word-substitutions"));
        String versions = RENDERER.render(view);
        assertTrue(versions.contains("<details class=\"fold\""));
        List<String> split = served(view, 24_000);
        assertTrue(split.size() >= 2);
        int rows = 0;
        boolean foldCut = false;
        for (String part : split) {
            String main = part.substring(part.indexOf("<main>"), part.indexOf("</main>"));
            assertEquals(count(main, "<details"), count(main, "</details>"));
            assertEquals(count(main, "<details"), count(main, "<summary"), "every fold has its summary");
            assertEquals(count(main, "<div"), count(main, "</div>"));
            foldCut |= main.indexOf("<details") >= 0 && main.indexOf("<details") < main.indexOf("<div class=\"row ")
                    && main.lastIndexOf("<details") < main.indexOf("</details>");
            rows += count(part, ROW);
        }
        assertEquals(count(versions, ROW), rows);
        assertTrue(foldCut, "a part starts inside a fold (the case this test is about)");
    }

    private static int count(String text, String what) {
        return count(text, Pattern.compile(Pattern.quote(what) + (what.startsWith("</") ? "" : "(?=[\\s>])")));
    }

    private static int count(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
