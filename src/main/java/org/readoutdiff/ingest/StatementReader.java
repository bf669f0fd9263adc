package org.readoutdiff.ingest;

import java.util.Set;
import java.util.concurrent.Semaphore;
import org.readoutdiff.ingest.UnreadableStatementException.Reason;
import org.readoutdiff.text.DecodedText;
import org.readoutdiff.text.Fingerprint;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.text.TextDecoder;
import org.readoutdiff.text.UndecodableInputException;

/**
 * Reads a {@link StatementSource} into a {@link Statement}, choosing the extractor from the
 * file extension. Plain text and Markdown are decoded as they are (Markdown syntax is kept:
 * it is part of what was published); a web page gives its article body, a PDF its text layer,
 * a Word document its body text. The statement's text is the extracted text; its SHA-256 is
 * that of the raw bytes, so the same file always has the same hash.
 */
public final class StatementReader {

    private static final Set<String> TEXT = Set.of("", "txt", "text", "md", "markdown");
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");

    /** The file types read, for messages and for the upload form's {@code accept}. */
    public static final String SUPPORTED = ".txt, .md, .html, .pdf or .docx";

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlExtractor html;
    private final PdfExtractor pdf;
    private final DocxExtractor docx;
    /**
     * Formatted files (HTML, PDF, DOCX) extracted at once; others wait their turn. Each may hold
     * some 100 to 250 MB while it runs, even within the limits, so sixteen uploads at once must
     * not all run: the heap stays bounded however many arrive.
     */
    private final Semaphore extracting = new Semaphore(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), true);

    public StatementReader(long maxBytes) {
        this(maxBytes, ExtractionLimits.defaults());
    }

    public StatementReader(long maxBytes, ExtractionLimits limits) {
        this.maxBytes = maxBytes;
        this.html = new HtmlExtractor(limits);
        this.pdf = new PdfExtractor(limits);
        this.docx = new DocxExtractor(limits);
    }

    public Statement read(StatementSource source, String label, StatementMetadata metadata)
            throws UnreadableStatementException {
        byte[] bytes = source.bytes();
        if (bytes.length > maxBytes) {
            throw new UnreadableStatementException(Reason.TOO_LARGE,
                    source.name() + ": is " + megabytes(bytes.length) + ", more than the limit of " + megabytes(maxBytes));
        }
        if (bytes.length == 0) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": is empty");
        }
        String extension = source.extension();
        String text;
        if (TEXT.contains(extension)) {
            text = decode(source);
        } else if (HTML.contains(extension)) {
            text = inTurn(() -> html.extract(source));
        } else if (extension.equals("pdf")) {
            text = inTurn(() -> pdf.extract(source));
        } else if (extension.equals("docx")) {
            text = inTurn(() -> docx.extract(source));
        } else {
            String hint = extension.equals("doc") ? " (save the Word file as .docx)" : "";
            throw new UnreadableStatementException(Reason.UNSUPPORTED_TYPE,
                    source.name() + ": ." + extension + " files are not supported; use " + SUPPORTED + hint);
        }
        if (text.isBlank()) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": contains no text");
        }
        return new Statement(label == null || label.isBlank() ? source.baseName() : label, text,
                Fingerprint.ofBytes(bytes), metadata);
    }

    private interface Extraction {
        String run() throws UnreadableStatementException;
    }

    private String inTurn(Extraction extraction) throws UnreadableStatementException {
        extracting.acquireUninterruptibly();
        try {
            return extraction.run();
        } finally {
            extracting.release();
        }
    }

    private String decode(StatementSource source) throws UnreadableStatementException {
        try {
            DecodedText decoded = decoder.decode(source.bytes(), source.declaredCharset());
            return decoded.text();
        } catch (UndecodableInputException e) {
            throw new UnreadableStatementException(Reason.BAD_CONTENT, source.name() + ": " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
