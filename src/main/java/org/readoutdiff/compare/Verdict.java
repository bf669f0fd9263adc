package org.readoutdiff.compare;

import java.util.Locale;

/** The comparison in one word, strongest first; what {@code --fail-on} tests. */
public enum Verdict {
    /** Different words, sentences added, removed or moved. */
    SUBSTANTIVE,
    /** Only punctuation or boilerplate changed. */
    MINOR,
    /** Only format: quotes, dashes, case (white space is never reported). */
    FORMAT_ONLY,
    /** Nothing differs but white space. */
    IDENTICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
