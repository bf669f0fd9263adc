package org.readoutdiff.ingest;

import org.jsoup.select.Selector;

/** Whether a CSS selector (a watch's article body) is one jsoup can read, checked when it is given. */
public final class CssSelectors {

    private CssSelectors() {
    }

    /** Null when the selector can be used, else why not. */
    public static String problem(String selector) {
        try {
            Selector.evaluatorOf(selector);
            return null;
        } catch (RuntimeException e) {
            return "the selector '" + selector + "' is not a CSS selector jsoup understands (" + e.getMessage() + ")";
        }
    }
}
