package org.readoutdiff.report.comparison;

import java.util.List;

/**
 * Consecutive rows of the side-by-side view. A folded block is a long run of unchanged rows
 * that the report shows closed, under its summary ("12 unchanged sentences: L3–L14, R3–R14").
 *
 * @param summary null unless folded
 */
public record RowBlock(boolean folded, String summary, List<RowView> rows) {

    public RowBlock {
        rows = List.copyOf(rows);
    }
}
