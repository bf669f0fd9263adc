package org.readoutdiff.compare;

import java.util.Locale;

/** How two statements relate, and so how they are aligned. */
public enum Mode {
    /** Decide from how much wording the two share, and in what order. */
    AUTO,
    /** Two versions of one statement: edits, moves, deletions, insertions. */
    VERSIONS,
    /** Two accounts of one meeting, or of different meetings: points in any order and words. */
    COUNTERPARTS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Mode parse(String value) {
        for (Mode mode : values()) {
            if (mode.label().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + value + "' (expected auto, versions or counterparts)");
    }
}
