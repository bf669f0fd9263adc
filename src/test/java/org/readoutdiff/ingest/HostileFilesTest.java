package org.readoutdiff.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.HostileCorpus;
import org.readoutdiff.text.StatementMetadata;

/**
 * The hostile corpus at the reader, without a server: each file refused for its own reason (413
 * is TOO_LARGE, 400 BAD_CONTENT) with its message, in well under the time budget; and files just
 * within the limits are still read.
 */
class HostileFilesTest {

    private static final StatementReader READER = new StatementReader(10_000_000);

    static Stream<HostileCorpus.Case> cases() {
        HostileCorpus.write(Path.of("target", "hostile"));
        return HostileCorpus.CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isRefusedForItsReason(HostileCorpus.Case c) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("target", "hostile", c.name()));
        long start = System.nanoTime();
        UnreadableStatementException e = assertThrows(UnreadableStatementException.class,
                () -> READER.read(new StatementSource(c.name(), bytes, null), null, StatementMetadata.none()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(c.status() == 413 ? UnreadableStatementException.Reason.TOO_LARGE
                : UnreadableStatementException.Reason.BAD_CONTENT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(c.name()) && e.getMessage().contains(c.message()), e.getMessage());
        assertTrue(millis < 10_000, c.name() + " took " + millis + " ms");
    }

    @Test
    void filesJustWithinTheLimitsAreRead() throws Exception {
        Path dir = HostileCorpus.write(Path.of("target", "hostile"), List.of("heavy.docx", "heavy.html"));
        for (String name : List.of("heavy.docx", "heavy.html")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            String text = READER.read(new StatementSource(name, bytes, null), null, StatementMetadata.none()).text();
            assertTrue(text.length() > 1_000_000, name + ": " + text.length());
        }
    }
}
