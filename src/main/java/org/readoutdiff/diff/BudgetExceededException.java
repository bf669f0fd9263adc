package org.readoutdiff.diff;

/** A diff ran out of its time or size budget; the caller falls back to a coarser result. */
public final class BudgetExceededException extends Exception {

    public BudgetExceededException(String reason) {
        super(reason, null, false, false);
    }
}
