package org.readoutdiff.align;

import java.util.Locale;

/** How the sentences of a pair relate. */
public enum Relation {
    /** Same words in the same place (format may differ). */
    IDENTICAL,
    /** In the same place, with changes. */
    EDITED,
    /** Same words, elsewhere in the statement. */
    MOVED,
    /** Elsewhere in the statement, and changed. */
    MOVED_EDITED,
    /** The other side's account of the same point (counterparts mode). */
    COUNTERPART;

    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The name used in JSON and reports: "identical", "moved-edited", ... (asked for once per pair and more). */
    public String label() {
        return label;
    }

    public boolean isMove() {
        return this == MOVED || this == MOVED_EDITED;
    }
}
