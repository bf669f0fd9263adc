package org.readoutdiff.text;

import java.util.function.IntPredicate;

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

    /** Whether every character of {@code other} is in this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end && !isEmpty() && !other.isEmpty();
    }

    /** The span less the characters at either end for which {@code drop} holds (empty if it drops them all). */
    public Span trimmed(String text, IntPredicate drop) {
        int from = start;
        int to = end;
        while (from < to && drop.test(text.charAt(from))) {
            from++;
        }
        while (to > from && drop.test(text.charAt(to - 1))) {
            to--;
        }
        return from == start && to == end ? this : new Span(from, to);
    }

    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
