package org.readoutdiff.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * A growing set of spans no two of which overlap, that answers in logarithmic time whether a
 * span overlaps one of them ({@link Span#overlaps}: empty spans overlap nothing). A list scanned
 * for each query made the formulation table of a 10 MB pair quadratic.
 */
public final class DisjointSpans {

    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

    /** Whether {@code span} shares a character with a span of the set; false for null. */
    public boolean overlapsAny(Span span) {
        if (span == null || span.isEmpty()) {
            return false;
        }
        // the spans are disjoint, so the last one starting before span's end reaches furthest
        Map.Entry<Integer, Integer> before = endByStart.lowerEntry(span.end());
        return before != null && before.getValue() > span.start();
    }

    /** Adds a span that overlaps none of the set (see {@link #overlapsAny}); null and empty spans are not kept. */
    public void add(Span span) {
        if (span == null || span.isEmpty()) {
            return;
        }
        if (overlapsAny(span)) {
            throw new IllegalArgumentException(span + " overlaps a span of the set");
        }
        endByStart.put(span.start(), span.end());
    }
}
