package org.readoutdiff.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link StatementFiles#readUpTo}: what was read, whatever size the file was expected to have. */
class StatementFilesReadTest {

    private static final byte[] TEN = "0123456789".getBytes(StandardCharsets.US_ASCII);

    private static byte[] read(long expected, int limit) throws IOException {
        return StatementFiles.readUpTo(new ByteArrayInputStream(TEN), expected, limit);
    }

    @Test
    void aFileOfTheExpectedSizeIsReadWhole() throws IOException {
        assertArrayEquals(TEN, read(10, 100));
    }

    @Test
    void aFileThatShrankGivesWhatItStillHas() throws IOException {
        assertArrayEquals(TEN, read(25, 100));
    }

    @Test
    void aFileThatGrewOrAPipeOfUnknownSizeIsReadOnToTheEnd() throws IOException {
        assertArrayEquals(TEN, read(4, 100));
        assertArrayEquals(TEN, read(0, 100));
    }

    @Test
    void neverMoreThanTheLimitIsRead() throws IOException {
        assertArrayEquals(Arrays.copyOf(TEN, 7), read(0, 7));
        assertArrayEquals(Arrays.copyOf(TEN, 7), read(4, 7));
        assertArrayEquals(Arrays.copyOf(TEN, 7), read(10, 7));
    }
}
