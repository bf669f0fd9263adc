package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;

class MarkdownWriterTest {

    private static String markdown(Comparison comparison, int maxBytes) {
        return new MarkdownWriter(maxBytes).write(ReportViews.of(comparison));
    }

    @Test
    void hostileTextStaysText() {
        String md = markdown(HostileComparisons.hostile(), MarkdownWriter.DEFAULT_MAX_BYTES);
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("<b "), md);
        assertFalse(md.contains("<i>"), md);
        assertTrue(md.contains("&lt;script&gt;alert(\"L\")&lt;/script&gt; \\*\\*left\\*\\*"), md);
        assertTrue(md.contains("&lt;b onmouseover=alert(4)&gt;bold&lt;/b&gt; &amp; \"quotes\" and \\_under\\_"), md);
        assertTrue(md.contains("Deleted \\`code\\` sentence with \\[link\\](javascript:alert(1)) and \\~\\~strike\\~\\~."), md);
        // the change itself is marked, its context escaped
        assertTrue(md.contains("The leaders met \\*\\*in ~~Lima~~ **Peru**\\*\\* \\| today."), md);
    }

    @Test
    void aPipeInALabelDoesNotBreakTheTable() {
        String md = markdown(HostileComparisons.hostile(), MarkdownWriter.DEFAULT_MAX_BYTES);
        String row = md.lines().filter(line -> line.startsWith("| statement |")).findFirst().orElseThrow();
        assertEquals(4, unescapedPipes(row), row);
        assertTrue(row.contains("javascript:alert(1) \\| right"), row);
        md.lines().filter(line -> line.startsWith("|")).forEach(line -> assertEquals(4, unescapedPipes(line), line));
    }

    @Test
    void everySubstantiveChangeIsListedInContext() {
        String md = markdown(Fixtures.compareCase("word-substitutions"), MarkdownWriter.DEFAULT_MAX_BYTES);
        assertTrue(md.startsWith("## left \u2192 right\n\n**SUBSTANTIVE** \u2014 4 substantive changes."), md);
        assertTrue(md.contains("- **C1** L5 \u2192 R5: \u2026"), md);
        assertTrue(md.contains("on the afternoon of November ~~16~~ **15** local time"), md);
        assertTrue(md.contains(" China ~~firmly~~ upholds its"), md);
        assertEquals(4, md.lines().filter(line -> line.startsWith("- **C")).count());
        assertFalse(md.contains("not shown"));
    }

    @Test
    void theSizeCapCountsWhatItLeavesOut() {
        Comparison comparison = HostileComparisons.manyChanges(200);
        assertEquals(200, comparison.summary().substantiveChanges());
        int maxBytes = 4 * 1024;
        String md = markdown(comparison, maxBytes);
        assertTrue(md.getBytes(StandardCharsets.UTF_8).length <= maxBytes, "over the cap: " + md.length());
        long shown = md.lines().filter(line -> line.startsWith("- **C")).count();
        assertTrue(shown > 5 && shown < 200, "shown " + shown);
        Matcher more = Pattern.compile("- \u2026 and (\\d+) more substantive changes not shown here \\(size limit\\); see the full report\\.")
                .matcher(md);
        assertTrue(more.find(), md);
        assertEquals(200, shown + Integer.parseInt(more.group(1)));
        assertTrue(md.endsWith("\n_This summary was cut to stay under 4 KB._\n"), md);
    }

    @Test
    void withinTheCapNothingIsCut() {
        String md = markdown(HostileComparisons.manyChanges(20), MarkdownWriter.DEFAULT_MAX_BYTES);
        assertEquals(20, md.lines().filter(line -> line.startsWith("- **C")).count());
        assertFalse(md.contains("not shown"));
        assertFalse(md.contains("was cut"));
    }

    @Test
    void sameComparisonSameBytes() {
        Comparison comparison = Fixtures.compareCase("mixed-edits");
        assertEquals(markdown(comparison, MarkdownWriter.DEFAULT_MAX_BYTES),
                markdown(Fixtures.compareCase("mixed-edits"), MarkdownWriter.DEFAULT_MAX_BYTES));
        List<String> sections = markdown(comparison, MarkdownWriter.DEFAULT_MAX_BYTES).lines()
                .filter(line -> line.startsWith("### ")).toList();
        assertEquals(List.of("### Substantive changes", "### Only in the left (left)"), sections);
    }

    private static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }
}
