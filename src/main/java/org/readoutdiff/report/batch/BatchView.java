package org.readoutdiff.report.batch;

import java.util.List;

/**
 * A batch of comparisons as its index page, {@code index.md}, {@code summary.json} and the JUnit
 * file show it. Nothing in it depends on the time or the machine unless {@code generatedAt} was
 * asked for.
 *
 * @param title         the manifest's title, or a default
 * @param generatedAt   when the run started (ISO-8601, UTC), or null
 * @param failOn        the {@code --fail-on} rule: none, substantive or any
 * @param fails         whether a comparison fails that rule, so the run exits 1
 * @param comparisons   in the manifest's order: comparisons of two statements and series
 */
public record BatchView(String title, String engineVersion, String generatedAt, String failOn, boolean fails,
                        BatchCountsView counts, List<BatchEntryView> comparisons) {

    public BatchView {
        comparisons = List.copyOf(comparisons);
    }
}
