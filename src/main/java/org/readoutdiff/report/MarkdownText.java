package org.readoutdiff.report;

/**
 * Statement text made inert in Markdown: Markdown syntax is backslash-escaped, {@code <},
 * {@code >} and {@code &} are written as entities and invisible characters as visible escapes,
 * so "&lt;script&gt;", "**" or a right-to-left override in a statement stays text in a CI step
 * summary or a pull-request comment. Quotation marks stay as they are: readouts quote a lot
 * ("Taiwan independence"), a reader of the raw file should not see {@code &quot;}, and without
 * {@code <} no HTML tag, and so no attribute, can begin.
 */
public final class MarkdownText {

    /** Inline syntax only: statement text never starts a line here, so "#", "-" and "+" need nothing. */
    private static final String SPECIAL = "\\`*_[]|~";

    private MarkdownText() {
    }

    /** Also writes invisible characters out ({@link VisibleText}), as the HTML report does. */
    public static String escape(String text) {
        text = VisibleText.of(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n' -> out.append(' ');
                default -> {
                    if (SPECIAL.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
