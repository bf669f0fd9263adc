package org.readoutdiff.diff;

import java.util.Locale;

/** What a change amounts to for a reader. */
public enum ChangeKind {
    /** Different words: the statement says something else. */
    SUBSTANTIVE,
    /** The same words, different punctuation. */
    PUNCTUATION,
    /** The same words and punctuation, written differently: quotes, dashes, width, case. */
    FORMAT,
    /** Web-page furniture rather than the statement: share buttons, credits, editor lines. */
    BOILERPLATE;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The name used in JSON, Markdown and HTML: "substantive", "punctuation", ... (asked for once per change and more). */
    public String label() {
        return label;
    }
}
