package org.readoutdiff.ingest;

import java.util.Locale;

/**
 * Raw input for one statement: its bytes, the name it came under (a file name, or a label for
 * pasted text), optionally the character set the user declared and, for a web page, a CSS
 * selector for its article body (a watch's; null for the usual extraction).
 */
public record StatementSource(String name, byte[] bytes, String declaredCharset, String selector) {

    public StatementSource(String name, byte[] bytes, String declaredCharset) {
        this(name, bytes, declaredCharset, null);
    }

    /** The lower-case file extension without the dot, or "" when the name has none. */
    public String extension() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The name without folders, for labels. */
    public String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
