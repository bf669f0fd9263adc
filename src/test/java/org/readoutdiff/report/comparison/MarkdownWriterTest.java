package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.Statement;
import org.readoutdiff.report.GoldenFiles;

class MarkdownWriterTest {

    private final MarkdownWriter writer = new MarkdownWriter(MarkdownWriter.DEFAULT_MAX_BYTES);

    @Test
    void seedVersusVersionMatchesGolden() throws IOException {
        GoldenFiles.assertMatches("report/versions-mixed-edits.md",
                writer.write(ReportViews.of(ReportFixtures.seedVersus("mixed-edits"))));
    }

    @Test
    void counterpartsWithTopicsAndSharedPhrasesMatchesGolden() throws IOException {
        GoldenFiles.assertMatches("report/counterparts-analysis.md",
                writer.write(ReportViews.of(CounterpartsExample.comparison())));
    }

    /** Thousands of edited sentences: the summary stays under 64 KB and names what it left out. */
    @Test
    void aHugeComparisonIsCutUnderTheLimitAndSaysWhatWasCut() {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            left.append("Sentence number ").append(i).append(" says the parties firmly agreed on point ").append(i).append(".\n");
            right.append("Sentence number ").append(i).append(" says the parties loosely agreed on point ").append(i).append(".\n");
            if (i % 7 == 0) {
                left.append("Removed remark ").append(i).append(" about something else entirely, never repeated.\n");
            }
        }
        ReportView view = ReportViews.of(ReportFixtures.compare(Statement.of("a", left.toString()),
                Statement.of("b", right.toString()), Mode.VERSIONS));
        String md = writer.write(view);
        int bytes = md.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 64 * 1024, bytes + " bytes");
        assertTrue(bytes > 50 * 1024, "the budget is used, not wasted: " + bytes);
        java.util.regex.Matcher cut = java.util.regex.Pattern
                .compile("\n_Cut to stay under 60 KB, not shown here: (.*)\\. The HTML and JSON reports are complete\\._\n$")
                .matcher(md);
        assertTrue(cut.find(), md.substring(md.length() - 400));
        // Every item is either shown or counted in the closing line.
        long shownChanges = md.lines().filter(l -> l.startsWith("- **C")).count();
        long shownLeftOnly = md.lines().filter(l -> l.matches("- \\*\\*L\\d+\\*\\*.*")).count();
        assertEquals(view.summary().substantiveChanges(), shownChanges + counted(cut.group(1), "substantive changes"));
        assertEquals(view.summary().leftOnly(), shownLeftOnly + counted(cut.group(1), "sentences only in the left"));
        assertTrue(view.summary().substantiveChanges() + view.summary().leftOnly() > shownChanges + shownLeftOnly);
    }

    private static long counted(String cuts, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + what).matcher(cuts);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void hostileTextStaysText() {
        Statement left = Statement.of("<img src=x onerror=alert(1)>", "The sides met. They agreed on **trade** today.");
        Statement right = Statement.of("r\u202eight", "The sides met. They agreed on <script>alert(1)</script> | [x](javascript:alert(1)) today.");
        String md = writer.write(ReportViews.of(ReportFixtures.compare(left, right, Mode.VERSIONS)));
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("\u202e"), md);
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:alert(1))"), md);
        assertTrue(md.contains("r\u27e8U+202E\u27e9ight"), md);
    }

    /** Quotation marks are text to a reader of the raw file; with "<" escaped no attribute can open. */
    @Test
    void quotationMarksStayAsTheyAre() {
        Statement left = Statement.of("left", "The U.S. side opposes \"Taiwan independence.\"");
        Statement right = Statement.of("right", "The U.S. side does not support <b title=\"x\" onclick=\"alert(1)\">\"Taiwan independence.\"");
        String md = writer.write(ReportViews.of(ReportFixtures.compare(left, right, Mode.VERSIONS)));
        assertTrue(md.contains("\"Taiwan independence.\""), md);
        assertFalse(md.contains("&quot;"), md);
        assertTrue(md.contains("&lt;b title=\"x\" onclick=\"alert(1)\"&gt;"), md);
    }
}
