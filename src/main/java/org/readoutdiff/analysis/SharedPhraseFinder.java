package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;

/**
 * Shared formulations: maximal runs of at least {@value #MIN_UNITS} units found word for word on
 * both sides, where a unit is a word (case folded) or one Chinese character, punctuation aside.
 * A run never crosses a sentence end and is not made of function words alone.
 *
 * <p>Seed and extend: every run of {@value #MIN_UNITS} units of each side is hashed; the two
 * sorted hash lists are merged, and each seed whose units also agree one step back is extended
 * forward as far as the units agree. That gives the maximal matches in time near-linear in the
 * text (two sorts), without a suffix structure. A seed found more than {@code maxOccurrences}
 * times on a side is boilerplate-like repetition and is skipped, so repetitive text stays cheap.
 */
public final class SharedPhraseFinder {

    static final int MIN_UNITS = 4;
    /** The search stops once it holds this many times the phrases to be listed. */
    private static final int COLLECT_FACTOR = 4;
    private static final int POSITION_BITS = 26;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private final int maxPhrases;
    private final int maxOccurrences;

    /** Found phrases, and why some were left out (or null if none were). */
    public record Result(List<SharedPhrase> phrases, String limitReason) {
    }

    public SharedPhraseFinder(int maxPhrases, int maxOccurrences) {
        this.maxPhrases = maxPhrases;
        this.maxOccurrences = maxOccurrences;
    }

    public Result find(SegmentedStatement left, SegmentedStatement right) {
        Map<String, Integer> ids = new HashMap<>();
        return find(PhraseUnits.of(left, ids, -1), PhraseUnits.of(right, ids, -2), left.text());
    }

    /** Two statements already cut into units with the same unit ids (and different sentence ends). */
    Result find(PhraseUnits l, PhraseUnits r, String leftText) {
        if (l.size() > POSITION_MASK || r.size() > POSITION_MASK) {
            return new Result(List.of(), "the texts are too long to list shared formulations");
        }
        long[] leftSeeds = seeds(l);
        long[] rightSeeds = seeds(r);
        boolean skipped = false;
        boolean stopped = false;
        Map<Phrase, Places> found = new LinkedHashMap<>();
        int x = 0;
        int y = 0;
        while (x < leftSeeds.length && y < rightSeeds.length) {
            long hx = leftSeeds[x] & ~POSITION_MASK;
            long hy = rightSeeds[y] & ~POSITION_MASK;
            if (hx < hy) {
                x++;
                continue;
            }
            if (hx > hy) {
                y++;
                continue;
            }
            int x2 = x;
            while (x2 < leftSeeds.length && (leftSeeds[x2] & ~POSITION_MASK) == hx) {
                x2++;
            }
            int y2 = y;
            while (y2 < rightSeeds.length && (rightSeeds[y2] & ~POSITION_MASK) == hy) {
                y2++;
            }
            if (found.size() >= maxPhrases * COLLECT_FACTOR) {
                stopped = true;
                break;
            }
            if (x2 - x > maxOccurrences || y2 - y > maxOccurrences) {
                skipped = true;
            } else {
                for (int a = x; a < x2; a++) {
                    for (int b = y; b < y2; b++) {
                        extend(l, (int) (leftSeeds[a] & POSITION_MASK), r, (int) (rightSeeds[b] & POSITION_MASK), found);
                    }
                }
            }
            x = x2;
            y = y2;
        }
        List<Map.Entry<Phrase, Places>> entries = undominated(found);
        entries.sort((p, q) -> {
            int byPlace = Integer.compare(p.getValue().left.first(), q.getValue().left.first());
            return byPlace != 0 ? byPlace : Integer.compare(q.getKey().length(), p.getKey().length());
        });
        String reason = null;
        if (entries.size() > maxPhrases || stopped) {
            entries = entries.subList(0, Math.min(maxPhrases, entries.size()));
            reason = "only " + entries.size() + " shared formulations are listed"
                    + (stopped ? " (the search stopped after " + maxPhrases * COLLECT_FACTOR + " candidates)" : "");
        }
        if (skipped) {
            reason = (reason == null ? "" : reason + "; ") + "formulations repeated more than " + maxOccurrences
                    + " times on one side are not listed";
        }
        List<SharedPhrase> phrases = new ArrayList<>(entries.size());
        for (Map.Entry<Phrase, Places> entry : entries) {
            int length = entry.getKey().length();
            List<Span> leftSpans = spans(l, entry.getValue().left, length);
            List<Span> rightSpans = spans(r, entry.getValue().right, length);
            phrases.add(new SharedPhrase(leftSpans.get(0).of(leftText), leftSpans, rightSpans));
        }
        return new Result(phrases, reason);
    }

    /**
     * The phrases that are maximal in at least one place on each side: "affirmed the need to",
     * found on the right only inside "affirmed the need to maintain human control ...", is part
     * of that formulation there, not a formulation of its own.
     */
    private static List<Map.Entry<Phrase, Places>> undominated(Map<Phrase, Places> found) {
        long[][] leftCover = cover(found, true);
        long[][] rightCover = cover(found, false);
        List<Map.Entry<Phrase, Places>> kept = new ArrayList<>();
        for (Map.Entry<Phrase, Places> entry : found.entrySet()) {
            int length = entry.getKey().length();
            if (freeSomewhere(entry.getValue().left, length, leftCover)
                    && freeSomewhere(entry.getValue().right, length, rightCover)) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /**
     * Every place of every phrase on one side, as sorted starts, the longest end at each start,
     * and the running maximum of those ends, so that containment is one binary search.
     */
    private static long[][] cover(Map<Phrase, Places> found, boolean left) {
        int count = 0;
        for (Places places : found.values()) {
            count += (left ? places.left : places.right).size();
        }
        long[] packed = new long[count];
        int n = 0;
        for (Map.Entry<Phrase, Places> entry : found.entrySet()) {
            for (int start : left ? entry.getValue().left : entry.getValue().right) {
                packed[n++] = ((long) start << 32) | (start + entry.getKey().length());
            }
        }
        Arrays.sort(packed);
        long[] starts = new long[count];
        long[] longest = new long[count];
        long[] runningMax = new long[count];
        int k = -1;
        for (long place : packed) {
            long start = place >>> 32;
            long end = place & 0xFFFFFFFFL;
            if (k < 0 || starts[k] != start) {
                k++;
                starts[k] = start;
            }
            longest[k] = Math.max(longest[k], end); // sorted: the last end of a start is its longest
            runningMax[k] = Math.max(end, k == 0 ? 0 : runningMax[k - 1]);
        }
        return new long[][] {Arrays.copyOf(starts, k + 1), Arrays.copyOf(longest, k + 1),
                Arrays.copyOf(runningMax, k + 1)};
    }

    /** Whether some place [start, start + length) is not inside a longer place. */
    private static boolean freeSomewhere(TreeSet<Integer> starts, int length, long[][] cover) {
        for (int start : starts) {
            int at = Arrays.binarySearch(cover[0], start); // always found: the place itself is there
            boolean inside = cover[1][at] > start + length || (at > 0 && cover[2][at - 1] >= start + length);
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    private void extend(PhraseUnits l, int i, PhraseUnits r, int j, Map<Phrase, Places> found) {
        if (!l.sameUnits(i, MIN_UNITS, r, j)) {
            return; // a hash collision
        }
        if (i > 0 && j > 0 && l.units[i - 1] == r.units[j - 1]) {
            return; // not maximal to the left: the seed one step back covers it
        }
        int length = MIN_UNITS;
        while (i + length < l.size() && j + length < r.size() && l.units[i + length] == r.units[j + length]) {
            length++;
        }
        if (l.onlyFunctionWords(i, length)) {
            return;
        }
        Phrase phrase = new Phrase(Arrays.copyOfRange(l.units, i, i + length));
        Places places = found.computeIfAbsent(phrase, k -> new Places());
        places.left.add(i);
        places.right.add(j);
    }

    private static List<Span> spans(PhraseUnits units, TreeSet<Integer> starts, int length) {
        List<Span> spans = new ArrayList<>(starts.size());
        for (int start : starts) {
            spans.add(new Span(units.starts[start], units.ends[start + length - 1]));
        }
        return spans;
    }

    /** Hash of every run of {@value #MIN_UNITS} units in the high bits, its position in the low ones; sorted. */
    private static long[] seeds(PhraseUnits units) {
        int n = Math.max(0, units.size() - MIN_UNITS + 1);
        long[] seeds = new long[n];
        int count = 0;
        for (int p = 0; p < n; p++) {
            long hash = 0;
            boolean crossesEnd = false;
            for (int k = 0; k < MIN_UNITS; k++) {
                int unit = units.units[p + k];
                crossesEnd |= unit < 0;
                hash = (hash + unit + 17) * 0x9E3779B97F4A7C15L;
            }
            if (!crossesEnd) {
                hash ^= hash >>> 29;
                seeds[count++] = (hash & ~POSITION_MASK) | p;
            }
        }
        long[] result = Arrays.copyOf(seeds, count);
        Arrays.sort(result);
        return result;
    }

    /** A phrase as its unit ids, for grouping the places of one wording. */
    private record Phrase(int[] units) {

        int length() {
            return units.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Phrase phrase && Arrays.equals(units, phrase.units);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(units);
        }

        @Override
        public String toString() {
            return Arrays.toString(units);
        }
    }

    private static final class Places {
        final TreeSet<Integer> left = new TreeSet<>();
        final TreeSet<Integer> right = new TreeSet<>();
    }
}
