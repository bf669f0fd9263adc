package org.readoutdiff.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an input file, turning every way it can fail into one plain line. */
final class InputFiles {

    private InputFiles() {
    }

    static byte[] read(Path file, long maxBytes) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(String.format(Locale.ROOT,
                        "%s: is %.1f MB, more than the limit of %.1f MB (set readout-diff.max-input-bytes to raise it)",
                        file, size / 1e6, maxBytes / 1e6));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": permission denied");
        } catch (OutOfMemoryError e) {
            throw new InputException(file + ": too large to read");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
