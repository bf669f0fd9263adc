package org.readoutdiff.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written to a device or a pipe goes into it; the device is never replaced by a file (as -o /dev/null once was). */
class OutputFilesTest {

    @Test
    void aNamedPipeIsWrittenIntoAndStaysAPipe(@TempDir Path folder) throws Exception {
        Path pipe = folder.resolve("report.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        OutputFiles.replace(pipe, "report.fifo", out -> out.write("report".getBytes(StandardCharsets.UTF_8)));
        assertEquals("report", read.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(pipe), "the pipe was replaced by a file");
    }

    @Test
    void aRegularFileIsReplacedWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("report.txt");
        Files.writeString(file, "old");
        OutputFiles.replace(file, "report.txt", out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
    }
}
