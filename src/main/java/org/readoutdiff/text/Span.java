package org.readoutdiff.text;

/** A half-open range {@code [start, end)} of UTF-16 code units in a statement's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span at(int position) {
        return new Span(position, position);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** Whether the two share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end && !isEmpty() && !other.isEmpty();
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
