package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** A report that cannot be written whole to standard output (a full disk) ends the run with exit 2, not 0. */
class StandardOutputFailureTest {

    /** Takes a few bytes, then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private int room = 100;

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aReportCutShortOnStandardOutputIsAnError() {
        for (String format : new String[] {"html", "json", "md", "text"}) {
            InProcessCli.Result result = InProcessCli.run(new FullDisk(), "compare",
                    "fixtures/versions/mixed-edits/left.txt", "fixtures/versions/mixed-edits/right.txt",
                    "--format", format);
            assertEquals(ExitCodes.INPUT_ERROR, result.exitCode(), format + ": " + result.err());
            assertTrue(result.err().contains("standard output: the report could not be written whole"),
                    format + ": " + result.err());
        }
    }
}
