package org.readoutdiff.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects extracted text as paragraphs and joins them with blank lines, the way the segmenter
 * expects paragraphs in a plain-text statement. Lines inside a paragraph (a {@code <br>}, a PDF
 * line) stay single line breaks. Counts characters so that extraction stops at the limit.
 */
final class Paragraphs {

    private final int maxChars;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int size;

    Paragraphs(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends inline text; runs of ASCII white space become one space (no-break spaces are kept). */
    void text(String text) throws LimitException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                int length = current.length();
                if (length > 0 && current.charAt(length - 1) != ' ' && current.charAt(length - 1) != '\n') {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
        check();
    }

    /** A line break inside the paragraph; a second one in a row ends the paragraph. */
    void lineBreak() {
        trimTrailingSpace();
        if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
            end();
        } else if (current.length() > 0) {
            current.append('\n');
        }
    }

    void end() {
        String paragraph = current.toString().strip();
        current.setLength(0);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
            size += paragraph.length() + 2;
        }
    }

    String join() {
        end();
        return String.join("\n\n", paragraphs);
    }

    private void trimTrailingSpace() {
        while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
            current.setLength(current.length() - 1);
        }
    }

    private void check() throws LimitException {
        if (size + current.length() > maxChars) {
            throw new LimitException();
        }
    }

    /** The text passed the character limit. */
    static final class LimitException extends Exception {
        LimitException() {
            super(null, null, false, false);
        }
    }
}
