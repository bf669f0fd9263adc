package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * A long comparison's JSON, whose findings are rendered on a second thread and spliced in after
 * the two statements, is byte for byte the document written in one stream.
 */
class LongComparisonJsonTest {

    private static Comparison comparison;

    @BeforeAll
    static void compareLongVersions() {
        comparison = ReportFixtures.compare(repeated(ReportFixtures.SEED, "left"),
                repeated("versions/mixed-edits/right.txt", "right"), Mode.VERSIONS);
        assertTrue(comparison.left().text().length() + comparison.right().text().length() > 200_000,
                "long enough for the writer to split its work");
        assertTrue(comparison.summary().substantiveChanges() > 0);
    }

    @Test
    void indentedDocumentIsTheDocumentWrittenInOneStream() {
        assertArrayEquals(written(new ComparisonJsonWriter(true, Integer.MAX_VALUE), null),
                written(new ComparisonJsonWriter(true), null));
    }

    @Test
    void compactDocumentWithAnIdIsTheDocumentWrittenInOneStream() {
        assertArrayEquals(written(new ComparisonJsonWriter(false, Integer.MAX_VALUE), "c-1"),
                written(new ComparisonJsonWriter(false), "c-1"));
    }

    private static byte[] written(ComparisonJsonWriter writer, String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(comparison, id, out);
        return out.toByteArray();
    }

    /** A fixture's text forty times over, as paragraphs of one long statement. */
    private static Statement repeated(String fixture, String label) {
        String text = ReportFixtures.statement(fixture, label, StatementMetadata.none()).text();
        return Statement.of(label, (text.strip() + "\n\n").repeat(40));
    }
}
