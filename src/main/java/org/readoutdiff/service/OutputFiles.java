package org.readoutdiff.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes outputs so that a failed run never leaves half of one: a file goes to a temporary file
 * beside the target, a folder to a temporary folder beside it, renamed over the target at the
 * end. The temporary names start with a dot and get the default permissions (not the owner-only
 * ones of {@link Files#createTempFile}), so a report folder can be served as it is.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** What fills a folder. */
    @FunctionalInterface
    public interface FolderContent {
        void write(Path folder) throws IOException, InputProblem;
    }

    /**
     * Writes {@code target} whole or not at all.
     *
     * @param name the target as the user named it, for messages
     */
    public static void replace(Path target, String name, Content content) throws InputProblem, IOException {
        Path folder = target.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": no such folder to write into");
        }
        if (Files.isDirectory(target)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": is a folder, not a file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or a pipe (-o /dev/null, a named pipe): written into as it is, never replaced
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                content.write(out);
            } catch (AccessDeniedException e) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there (permission denied)");
            }
            return;
        }
        Path partial = null;
        try {
            partial = sibling(folder, target.getFileName() + ".partial", false);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
        } catch (AccessDeniedException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there (permission denied)");
        } catch (FileSystemException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there ("
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * Fills a new folder beside {@code target} and then puts it in the target's place, replacing
     * whatever folder was there. Creates the target's parent folders if needed.
     *
     * @param name the target as the user named it, for messages
     */
    public static void replaceFolder(Path target, String name, FolderContent content) throws InputProblem, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot replace the root folder");
        }
        Path partial = null;
        try {
            Files.createDirectories(parent);
            partial = sibling(parent, absolute.getFileName() + ".partial", true);
            content.write(partial);
            if (Files.exists(absolute)) {
                Path old = sibling(parent, absolute.getFileName() + ".old", true);
                Files.delete(old);
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                partial = old;
            } else {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
                partial = null;
            }
        } catch (AccessDeniedException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there (permission denied)");
        } finally {
            if (partial != null) {
                deleteTree(partial);
            }
        }
    }

    /** Appends text to a file, creating it if needed. */
    public static void append(Path target, String name, String text) throws InputProblem, IOException {
        if (Files.isDirectory(target)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": is a folder, not a file");
        }
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (AccessDeniedException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there (permission denied)");
        } catch (FileSystemException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot write there ("
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
        }
    }

    /** A new, empty file or folder with a name no one else uses: {@code .<stem>-<random>}. */
    private static Path sibling(Path folder, String stem, boolean directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + stem + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
