package org.readoutdiff.ingest;

import java.util.Set;
import org.readoutdiff.text.DecodedText;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.text.TextDecoder;
import org.readoutdiff.text.UndecodableInputException;

/**
 * Reads a {@link StatementSource} into a {@link Statement}, choosing the extractor from the
 * file extension. Plain text and Markdown are decoded as they are (Markdown syntax is kept:
 * it is part of what was published).
 */
public final class StatementReader {

    private static final Set<String> TEXT = Set.of("", "txt", "text", "md", "markdown");

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();

    public StatementReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Statement read(StatementSource source, String label, StatementMetadata metadata)
            throws UnreadableStatementException {
        if (source.bytes().length > maxBytes) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.TOO_LARGE,
                    source.name() + ": is " + megabytes(source.bytes().length) + ", more than the limit of "
                            + megabytes(maxBytes));
        }
        String extension = source.extension();
        if (!TEXT.contains(extension)) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.UNSUPPORTED_TYPE,
                    source.name() + ": ." + extension + " files are not supported (use .txt or .md)");
        }
        try {
            DecodedText decoded = decoder.decode(source.bytes(), source.declaredCharset());
            return new Statement(label == null ? source.baseName() : label, decoded.text(),
                    Statement.sha256(source.bytes()), metadata);
        } catch (UndecodableInputException e) {
            throw new UnreadableStatementException(UnreadableStatementException.Reason.BAD_CONTENT,
                    source.name() + ": " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
