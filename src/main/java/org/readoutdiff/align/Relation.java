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

    /** The name used in JSON and reports: "identical", "moved-edited", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isMove() {
        return this == MOVED || this == MOVED_EDITED;
    }
}
