package org.readoutdiff.text;

import java.time.Duration;

/**
 * The time budget of one comparison, shared by every stage. Stages check it between units of
 * work and, once it has passed, finish with a coarser result instead of going on.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE);

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline after(Duration budget) {
        long now = System.nanoTime();
        long nanos = budget.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    public static Deadline none() {
        return NONE;
    }

    /** Nanoseconds left, or {@link Long#MAX_VALUE} without a deadline (0 once expired). */
    public long remainingNanos() {
        return endNanos == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, endNanos - System.nanoTime());
    }

    public boolean expired() {
        return endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0;
    }
}
