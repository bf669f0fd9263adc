package org.readoutdiff.report.comparison;

/**
 * The headline of a report, with its figures already in words where that helps.
 *
 * @param verdict     the verdict's label ("substantive", "minor", "format-only", "identical")
 * @param verdictText the verdict for a reader ("Substantive changes")
 * @param headline    every count in one sentence
 */
public record SummaryView(String verdict, String verdictText, String headline, int substantiveChanges,
                          int punctuationChanges, int formatChanges, int boilerplateChanges, int moves, int leftOnly,
                          int rightOnly, String similarityPercent) {

    /** Punctuation, format and boilerplate changes together. */
    public int minorChanges() {
        return punctuationChanges + formatChanges + boilerplateChanges;
    }
}
