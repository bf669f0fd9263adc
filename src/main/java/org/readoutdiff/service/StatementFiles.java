package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.analysis.VerbScale;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Statements and other inputs read from files, for {@code compare} and {@code batch} alike:
 * every way reading can fail becomes one {@link InputProblem} whose message names the file and
 * the reason. Reading never hangs and never takes more than it may keep: at most the limit plus
 * one byte is read ({@code /dev/zero} is "too large" at once), and a file that gives nothing
 * for the read time budget (a named pipe that no program writes to) is given up, by name.
 */
@ApplicationScoped
public class StatementFiles {

    /** The read time budget where none is configured (a manifest read by ManifestReader). */
    public static final Duration DEFAULT_READ_BUDGET = Duration.ofSeconds(30);

    private final ComparisonService service;
    private final Duration readBudget;

    public StatementFiles(ComparisonService service,
                          @ConfigProperty(name = "readout-diff.read-time-budget", defaultValue = "30s") Duration readBudget) {
        this.service = service;
        this.readBudget = readBudget;
    }

    /**
     * @param name     the file as the user named it: messages use it, and without its folders it
     *                 is the label when {@code label} is null
     * @param encoding the character set the user declared, or null to detect it
     */
    public Statement read(Path file, String name, String label, StatementMetadata metadata, String encoding)
            throws InputProblem {
        byte[] bytes = bytes(file, name, service.maxInputBytes(), readBudget);
        try {
            return service.read(new StatementSource(name, bytes, encoding), label, metadata);
        } catch (UnreadableStatementException e) {
            throw new InputProblem(switch (e.reason()) {
                case BAD_CONTENT -> InputProblem.Kind.BAD_INPUT;
                case TOO_LARGE -> InputProblem.Kind.TOO_LARGE;
                case UNSUPPORTED_TYPE -> InputProblem.Kind.UNSUPPORTED_TYPE;
            }, e.getMessage());
        }
    }

    /**
     * A topic lexicon file (the format of the default one, {@code topics.txt}), UTF-8.
     *
     * @param name the file as the user named it; a mistake in the file is reported with it and the line
     */
    public TopicLexicon lexicon(Path file, String name) throws InputProblem {
        return ruleFile(file, name, TopicLexicon::parse);
    }

    /**
     * A reporting-verb scale file (the format of the default one, {@code verbs.txt}), UTF-8.
     *
     * @param name the file as the user named it; a mistake in the file is reported with it and the line
     */
    public VerbScale verbScale(Path file, String name) throws InputProblem {
        return ruleFile(file, name, VerbScale::parse);
    }

    /** A UTF-8 rule file read by {@code parse}, whose mistakes (IllegalArgumentException) name the line. */
    private <T> T ruleFile(Path file, String name, Function<String, T> parse) throws InputProblem {
        byte[] bytes = bytes(file, name, service.maxInputBytes(), readBudget);
        try {
            return parse.apply(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": " + e.getMessage());
        }
    }

    /** The largest statement accepted, in bytes (readout-diff.max-input-bytes). */
    public long maxInputBytes() {
        return service.maxInputBytes();
    }

    /** The bytes of a file of at most {@code maxBytes}, read within the default time budget. */
    public static byte[] bytes(Path file, String name, long maxBytes) throws InputProblem {
        return bytes(file, name, maxBytes, DEFAULT_READ_BUDGET);
    }

    /**
     * The bytes of a file of at most {@code maxBytes}: at most {@code maxBytes + 1} are read, on a
     * thread of their own that is given up after {@code budget} (opening a named pipe blocks until
     * a program writes to it, and neither the open nor the read can be interrupted; the thread is a
     * daemon and does not keep the program alive).
     */
    public static byte[] bytes(Path file, String name, long maxBytes, Duration budget) throws InputProblem {
        if (Files.isDirectory(file)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": is a folder, not a file");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw tooLarge(name, String.format(Locale.ROOT, "is %.1f MB", Files.size(file) / 1e6), maxBytes);
            }
        } catch (IOException e) {
            // not there, not allowed: the read below says which
        }
        int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        FutureTask<byte[]> read = new FutureTask<>(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return readUpTo(in, Files.isRegularFile(file) ? Files.size(file) : 0, limit);
            }
        });
        Thread reader = new Thread(read, "readout-diff read " + name);
        reader.setDaemon(true);
        reader.start();
        byte[] bytes;
        try {
            bytes = read.get(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": nothing more came in " + seconds(budget)
                    + " (a named pipe that no program writes to, or a device that never ends?)");
        } catch (InterruptedException e) {
            read.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": reading was interrupted");
        } catch (ExecutionException e) {
            throw problem(e.getCause(), name);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, "is larger", maxBytes);
        }
        return bytes;
    }

    /**
     * At most {@code limit} bytes of {@code in}, whose size is expected to be {@code expected}: an
     * array of that size is filled first. Reading an unknown length collects 8 KB pieces and then
     * copies them into the result, twice the memory of a 10 MB file; a file that grows or shrinks
     * while it is read still gives what was read.
     */
    static byte[] readUpTo(InputStream in, long expected, int limit) throws IOException {
        byte[] head = new byte[(int) Math.min(expected, limit)];
        int read = in.readNBytes(head, 0, head.length);
        if (read < head.length) {
            return Arrays.copyOf(head, read);
        }
        byte[] rest = in.readNBytes(limit - read);
        if (rest.length == 0) {
            return head;
        }
        byte[] all = Arrays.copyOf(head, read + rest.length);
        System.arraycopy(rest, 0, all, read, rest.length);
        return all;
    }

    private static InputProblem problem(Throwable cause, String name) {
        if (cause instanceof NoSuchFileException) {
            return new InputProblem(InputProblem.Kind.NOT_FOUND, name + ": no such file");
        }
        if (cause instanceof AccessDeniedException) {
            return new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": permission denied");
        }
        if (cause instanceof OutOfMemoryError) {
            return new InputProblem(InputProblem.Kind.TOO_LARGE, name + ": too large to read");
        }
        return new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot be read (" + cause.getMessage() + ")");
    }

    private static InputProblem tooLarge(String name, String size, long maxBytes) {
        return new InputProblem(InputProblem.Kind.TOO_LARGE, String.format(Locale.ROOT,
                "%s: %s than the limit of %.1f MB (set readout-diff.max-input-bytes to raise it)",
                name, size.equals("is larger") ? size : size + ", more", maxBytes / 1e6));
    }

    private static String seconds(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", budget.toMillis() / 1000.0);
    }
}
