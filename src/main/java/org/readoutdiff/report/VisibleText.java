package org.readoutdiff.report;

/**
 * Text made safe to look at: characters that are invisible yet change what a reader sees are
 * written out as visible escapes like {@code ⟨U+202E⟩}. Without this a right-to-left override
 * in a statement (or in its label) would reorder the words around it on screen, and a
 * zero-width or tag character could hide text that a copy-and-paste carries along. Applied to
 * every text the HTML and Markdown reports print; the JSON keeps the exact text.
 *
 * <p>Replaced: control characters other than tab, line feed and carriage return, and every
 * format character (Unicode category Cf: bidi embeddings, overrides and isolates, marks such
 * as U+200E, zero-width space, word joiner, byte-order mark, tag characters, ...) except the
 * zero-width joiner and non-joiner, which some scripts and emoji need to render correctly.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                out.append('\u27e8').append(String.format(java.util.Locale.ROOT, "U+%04X", c)).append('\u27e9');
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether the text holds any character that {@link #of} would replace. */
    public static boolean hasHidden(String text) {
        return firstHidden(text) >= 0;
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            if (unit >= 0x20 && unit < 0x7F) {
                i++; // printable ASCII, most of any text: never hidden, no code point or category needed
                continue;
            }
            int c = text.codePointAt(i);
            if (hidden(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    public static boolean hidden(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int type = Character.getType(c);
        // A lone surrogate cannot be shown either; write it out rather than let it turn into U+FFFD.
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
