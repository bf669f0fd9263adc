package org.readoutdiff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three self-contained pages share their common rules through {@code base.css} and
 * {@code document.css} instead of each keeping a copy: no rule is written in two sheets, and
 * every page's policy names the hash of exactly the sheets it includes.
 */
class StyleSheetsTest {

    private static final List<String> SHEETS = List.of("base.css", "document.css", "report.css", "series.css", "index.css");

    @Test
    void noRuleIsWrittenInTwoSheets() {
        Map<String, String> firstSheet = new HashMap<>();
        for (String sheet : SHEETS) {
            for (String line : SelfContainedPage.resource(sheet).split("\n")) {
                // whole rules only: the closing brace of a media block and its indented rules may repeat
                if (line.isBlank() || line.startsWith(" ") || line.equals("}") || line.startsWith("@media")) {
                    continue;
                }
                String before = firstSheet.putIfAbsent(line, sheet);
                assertTrue(before == null, "written in " + before + " and again in " + sheet + ": " + line);
            }
        }
    }

    @Test
    void eachPageIncludesItsSheetsInTheOrderItsPolicyHashes() {
        assertEquals(List.of("base.css", "document.css", "report.css"), SelfContainedPage.styleSheets("report.html"));
        assertEquals(List.of("base.css", "document.css", "series.css"), SelfContainedPage.styleSheets("series.html"));
        assertEquals(List.of("base.css", "index.css"), SelfContainedPage.styleSheets("index.html"));
        for (String page : List.of("report.html", "series.html", "index.html")) {
            StringBuilder includes = new StringBuilder();
            for (String sheet : SelfContainedPage.styleSheets(page)) {
                includes.append("{#include ").append(sheet).append(" /}");
            }
            assertTrue(SelfContainedPage.resource(page).contains("{#style}" + includes + "{/style}"), page);
        }
    }
}
