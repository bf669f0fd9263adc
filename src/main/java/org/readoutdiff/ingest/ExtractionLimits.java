package org.readoutdiff.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * Bounds on reading one formatted file (HTML, PDF, DOCX), so that a hostile or broken file
 * (a PDF or ZIP bomb) is refused in plain words instead of exhausting memory or time. The
 * extractors count what they produce as they go and stop at the first limit passed, before the
 * library behind them has built anything large: the service must survive any upload with a
 * heap of 1 GB.
 *
 * @param maxChars       most characters of extracted text
 * @param maxPages       most PDF pages
 * @param maxMemoryBytes most bytes that a file's compressed parts may expand to: a PDF's
 *                       streams (not its images), a DOCX's zip entries; counted while
 *                       decompressing into nothing, before the library decompresses them to keep
 * @param timeBudget     wall-clock budget for extracting one file
 */
public record ExtractionLimits(int maxChars, int maxPages, long maxMemoryBytes, Duration timeBudget) {

    /**
     * Most elements of an HTML page or of a DOCX's XML parts. jsoup and POI (XMLBeans) hold
     * every element in memory, at 150 to 500 bytes each (measured: 480,000 DOCX elements took a
     * 250 MB heap, 490,000 HTML elements 140 MB): a quarter of a million is far more than any real
     * page or document has (a long news page: a few thousand elements; a 300-page Word book:
     * some 150,000).
     */
    public static final int MAX_ELEMENTS = 250_000;

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(5_000_000, 1_000, 64L << 20, Duration.ofSeconds(30));
    }

    public ExtractionLimits withMaxChars(int value) {
        return new ExtractionLimits(value, maxPages, maxMemoryBytes, timeBudget);
    }

    public ExtractionLimits withMaxPages(int value) {
        return new ExtractionLimits(maxChars, value, maxMemoryBytes, timeBudget);
    }

    public ExtractionLimits withMaxMemoryBytes(long value) {
        return new ExtractionLimits(maxChars, maxPages, value, timeBudget);
    }

    public ExtractionLimits withTimeBudget(Duration value) {
        return new ExtractionLimits(maxChars, maxPages, maxMemoryBytes, value);
    }

    /** A byte count for a message: "64 MB" (binary megabytes, as the setting is usually written). */
    static String megabytes(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
