package org.readoutdiff.report;

/** The headline of a report, with its figures already in words where that helps. */
public record SummaryView(String verdict, String headline, int substantiveChanges, int punctuationChanges,
                          int formatChanges, int boilerplateChanges, int moves, int leftOnly, int rightOnly,
                          String similarityPercent) {
}
