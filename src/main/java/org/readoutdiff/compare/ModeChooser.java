package org.readoutdiff.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.SentenceKey;
import org.readoutdiff.text.TokenList;

/**
 * Auto mode: two texts are versions of one statement when they share most of their wording
 * (runs of four words found on both sides) and most of the sentences found on both sides come
 * in the same order. Anything else is compared as counterparts.
 */
final class ModeChooser {

    static final double MIN_SHARED_WORDING = 0.5;
    static final double MIN_SAME_ORDER = 0.5;
    private static final int SHINGLE = 4; // a power of two
    /** Above this many words, only about one run in eight is sampled: enough to measure, cheap to keep. */
    private static final int SAMPLE_ABOVE = 40_000;

    record Decision(Mode mode, String reason) {
    }

    private ModeChooser() {
    }

    static Decision choose(SegmentedStatement left, SegmentedStatement right) {
        boolean sample = Math.max(left.tokenCount(), right.tokenCount()) > SAMPLE_ABOVE;
        // each side's runs on a thread of its own for long texts: a pass over every word of both,
        // a fifth of a second for two 10 MB versions on one thread
        List<Set<Long>> runs = ComparisonEngine.both(ComparisonEngine.large(left, right),
                () -> shingles(left, sample), () -> shingles(right, sample));
        Set<Long> leftRuns = runs.get(0);
        Set<Long> rightRuns = runs.get(1);
        double inOrder = sameOrderShare(left, right);
        int smaller = Math.min(leftRuns.size(), rightRuns.size());
        double shared = smaller == 0 ? 0 : (double) intersection(leftRuns, rightRuns) / smaller;
        String wording = percent(shared) + " of the wording is shared";
        if (shared >= MIN_SHARED_WORDING && inOrder >= MIN_SAME_ORDER) {
            return new Decision(Mode.VERSIONS, "versions: " + wording + " and " + percent(inOrder)
                    + " of the sentences found on both sides are in the same order");
        }
        if (shared >= MIN_SHARED_WORDING) {
            return new Decision(Mode.COUNTERPARTS, "counterparts: " + wording + ", but only " + percent(inOrder)
                    + " of the sentences found on both sides are in the same order");
        }
        return new Decision(Mode.COUNTERPARTS, "counterparts: only " + wording);
    }

    /** The hashes of the runs of {@value #SHINGLE} words, lower-cased, that a statement's tokens make. */
    private static Set<Long> shingles(SegmentedStatement statement, boolean sample) {
        Set<Long> runs = new HashSet<>();
        long[] window = new long[SHINGLE];
        int seen = 0;
        for (Sentence sentence : statement.sentences()) {
            TokenList tokens = sentence.tokens(); // read by field: no Token object for each of millions of words
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.kind(i).isWordLike()) {
                    continue;
                }
                // & instead of %: the window is a power of two long, and the quick JIT divides for a %
                window[seen & (SHINGLE - 1)] = tokens.key(i).toLowerCase(Locale.ROOT).hashCode();
                seen++;
                if (seen >= SHINGLE) {
                    long hash = 0;
                    for (int k = 0; k < SHINGLE; k++) {
                        hash = hash * 0x9E3779B97F4A7C15L + window[(seen + k) & (SHINGLE - 1)];
                    }
                    hash ^= hash >>> 29;
                    if (!sample || (hash & 7) == 0) {
                        runs.add(hash);
                    }
                }
            }
        }
        return runs;
    }

    private static int intersection(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int count = 0;
        for (Long run : small) {
            if (large.contains(run)) {
                count++;
            }
        }
        return count;
    }

    /** Of the sentences found word for word on both sides, the share in a run that is in order. */
    private static double sameOrderShare(SegmentedStatement left, SegmentedStatement right) {
        Map<SentenceKey, ArrayDeque<Integer>> rightByKey = new HashMap<>();
        for (Sentence sentence : right.sentences()) {
            rightByKey.computeIfAbsent(SentenceKey.of(sentence), k -> new ArrayDeque<>()).add(sentence.index());
        }
        List<Integer> matchedRights = new ArrayList<>();
        for (Sentence sentence : left.sentences()) {
            ArrayDeque<Integer> same = rightByKey.get(SentenceKey.of(sentence));
            if (same != null && !same.isEmpty()) {
                matchedRights.add(same.poll());
            }
        }
        if (matchedRights.size() < 3) {
            return 1.0;
        }
        return (double) longestIncreasing(matchedRights) / matchedRights.size();
    }

    private static int longestIncreasing(List<Integer> values) {
        int[] tails = new int[values.size()];
        int length = 0;
        for (int value : values) {
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (tails[mid] < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            tails[low] = value;
            if (low == length) {
                length++;
            }
        }
        return length;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%d%%", Math.round(share * 100));
    }
}
