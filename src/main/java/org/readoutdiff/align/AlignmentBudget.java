package org.readoutdiff.align;

import org.readoutdiff.text.Deadline;

/**
 * Limits on alignment work.
 *
 * @param maxGapCells    largest gap (left sentences times right sentences) aligned by the
 *                       similarity table; larger gaps are matched through a word index instead
 * @param maxPostings    words found in more sentences than this are too common to suggest a pair
 * @param deadline       when to stop refining and report what is left as one-sided
 */
public record AlignmentBudget(int maxGapCells, int maxPostings, Deadline deadline) {

    public static AlignmentBudget defaults(Deadline deadline) {
        return new AlignmentBudget(40_000, 200, deadline);
    }
}
