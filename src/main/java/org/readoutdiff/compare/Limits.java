package org.readoutdiff.compare;

/** Whether a budget made the result coarser than it could be, and why, in plain words. */
public record Limits(boolean degraded, String reason) {

    public static Limits none() {
        return new Limits(false, null);
    }
}
