package org.readoutdiff.align;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.SentenceKey;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.TokenList;

/**
 * Matches the sentences still unpaired after the gaps were aligned, across the whole text:
 * first identical sentences, then similar ones found through an index of their content words
 * (so the cost grows with the number of leftovers, not with their square). Whether such a
 * pair moved is decided afterwards, with all the others.
 */
final class ElsewhereMatcher {

    private final Work work;
    private final double minSimilarity;
    private final AlignmentBudget budget;

    ElsewhereMatcher(Work work, double minSimilarity, AlignmentBudget budget) {
        this.work = work;
        this.minSimilarity = minSimilarity;
        this.budget = budget;
    }

    /** @return why the search stopped early, or null if it finished */
    String match() {
        matchIdentical();
        return matchSimilar();
    }

    private void matchIdentical() {
        Map<SentenceKey, ArrayDeque<Integer>> freeRight = new HashMap<>();
        for (int j = 0; j < work.right.size(); j++) {
            if (work.rightFree(j)) {
                freeRight.computeIfAbsent(SentenceKey.of(work.right.sentence(j)), k -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i = 0; i < work.left.size(); i++) {
            if (work.leftFree(i)) {
                ArrayDeque<Integer> same = freeRight.get(SentenceKey.of(work.left.sentence(i)));
                if (same != null && !same.isEmpty()) {
                    work.pairSame(i, same.poll());
                }
            }
        }
    }

    private String matchSimilar() {
        Map<String, List<Integer>> index = new HashMap<>();
        int[] rightWords = new int[work.right.size()]; // content words of each free right sentence
        for (int j = 0; j < work.right.size(); j++) {
            if (work.rightFree(j)) {
                Set<String> words = contentWords(work.right.sentence(j));
                rightWords[j] = words.size();
                for (String word : words) {
                    index.computeIfAbsent(word, k -> new ArrayList<>()).add(j);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        // words shared with each right sentence, counted in an array (a map boxed each of the
        // quarter of a million postings a 10 MB pair visits), and the sentences counted, to reset
        int[] shared = new int[work.right.size()];
        int[] touched = new int[work.right.size()];
        for (int i = 0; i < work.left.size(); i++) {
            if (!work.leftFree(i)) {
                continue;
            }
            if ((i & 255) == 0 && budget.deadline().expired()) {
                return "the time budget ran out while looking for moved sentences";
            }
            Set<String> words = contentWords(work.left.sentence(i));
            int sharing = 0;
            for (String word : words) {
                List<Integer> postings = index.get(word);
                if (postings != null && postings.size() <= budget.maxPostings()) {
                    for (int j : postings) {
                        if (shared[j]++ == 0) {
                            touched[sharing++] = j;
                        }
                    }
                }
            }
            for (int t = 0; t < sharing; t++) {
                int j = touched[t];
                // the same test both ways round, so that swapping the sides finds the same pairs
                if (shared[j] >= Math.min(2, Math.min(words.size(), rightWords[j]))) {
                    double similarity = work.leftBag(i).dice(work.rightBag(j));
                    if (similarity >= minSimilarity) {
                        candidates.add(new Candidate(i, j, similarity, distance(i, j)));
                    }
                }
                shared[j] = 0;
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingDouble(Candidate::distance)
                .thenComparingInt(Candidate::left)
                .thenComparingInt(Candidate::right));
        for (Candidate candidate : candidates) {
            if (work.leftFree(candidate.left()) && work.rightFree(candidate.right())) {
                work.pair(List.of(candidate.left()), List.of(candidate.right()), candidate.similarity());
            }
        }
        return null;
    }

    private double distance(int i, int j) {
        return Math.abs((double) i / Math.max(1, work.left.size()) - (double) j / Math.max(1, work.right.size()));
    }

    private static Set<String> contentWords(Sentence sentence) {
        Set<String> words = new LinkedHashSet<>();
        TokenList tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i).isWordLike() && !Stopwords.contains(tokens.key(i))) {
                words.add(tokens.key(i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private record Candidate(int left, int right, double similarity, double distance) {
    }
}
