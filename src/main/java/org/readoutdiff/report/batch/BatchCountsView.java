package org.readoutdiff.report.batch;

/** How many comparisons of a batch got each verdict, failed the {@code --fail-on} rule or were coarser than usual. */
public record BatchCountsView(int comparisons, int substantive, int minor, int formatOnly, int identical, int failing,
                              int degraded) {
}
