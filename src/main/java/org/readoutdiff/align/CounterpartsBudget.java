package org.readoutdiff.align;

import org.readoutdiff.text.Deadline;

/**
 * Limits on counterpart alignment work.
 *
 * @param candidatesPerSentence how many of the most similar sentences on the other side are
 *                              scored for each sentence (found through the term index)
 * @param maxPostings           terms found in more sentences of one side than this are too
 *                              common to suggest a pair and are not looked up
 * @param groups                whether one sentence may pair with several on the other side
 * @param coarseReason          why this budget is the coarse one, or null for the full one
 * @param deadline              when to stop and report what is left as one-sided
 */
public record CounterpartsBudget(int candidatesPerSentence, int maxPostings, boolean groups, String coarseReason,
                                 Deadline deadline) {

    public static CounterpartsBudget full(Deadline deadline) {
        return new CounterpartsBudget(8, 100, true, null, deadline);
    }

    /** For very long texts: fewer candidates, rarer terms only, one-to-one pairs, no context or topic passes. */
    public static CounterpartsBudget coarse(String reason, Deadline deadline) {
        return new CounterpartsBudget(3, 150, false, reason, deadline);
    }
}
