package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.analysis.VerbScale;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Statements and other inputs read from files, for {@code compare} and {@code batch} alike:
 * every way reading can fail becomes one {@link InputProblem} whose message names the file and
 * the reason.
 */
@ApplicationScoped
public class StatementFiles {

    private final ComparisonService service;

    public StatementFiles(ComparisonService service) {
        this.service = service;
    }

    /**
     * @param name     the file as the user named it: messages use it, and without its folders it
     *                 is the label when {@code label} is null
     * @param encoding the character set the user declared, or null to detect it
     */
    public Statement read(Path file, String name, String label, StatementMetadata metadata, String encoding)
            throws InputProblem {
        byte[] bytes = bytes(file, name, service.maxInputBytes());
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
        byte[] bytes = bytes(file, name, service.maxInputBytes());
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

    /** The bytes of a file of at most {@code maxBytes}. */
    public static byte[] bytes(Path file, String name, long maxBytes) throws InputProblem {
        if (Files.isDirectory(file)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputProblem(InputProblem.Kind.TOO_LARGE, String.format(Locale.ROOT,
                        "%s: is %.1f MB, more than the limit of %.1f MB (set readout-diff.max-input-bytes to raise it)",
                        name, size / 1e6, maxBytes / 1e6));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": permission denied");
        } catch (OutOfMemoryError e) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE, name + ": too large to read");
        } catch (IOException e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, name + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
