package org.readoutdiff.ingest;

import java.time.Duration;

/**
 * Bounds on reading one formatted file (HTML, PDF, DOCX), so that a hostile or broken file
 * (a PDF or ZIP bomb) is refused in plain words instead of exhausting memory or time.
 *
 * @param maxChars       most characters of extracted text
 * @param maxPages       most PDF pages
 * @param maxMemoryBytes most memory for decompressed PDF streams or a DOCX part
 * @param timeBudget     wall-clock budget for extracting one file
 */
public record ExtractionLimits(int maxChars, int maxPages, long maxMemoryBytes, Duration timeBudget) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(5_000_000, 1_000, 256L << 20, Duration.ofSeconds(30));
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
}
