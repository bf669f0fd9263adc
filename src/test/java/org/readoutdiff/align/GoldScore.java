package org.readoutdiff.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;

/**
 * Scores an alignment against a gold file in the format of the corpus README.
 *
 * <ul>
 *   <li>Every pair counts, whatever its relation. {@link TopicLink}s — a sentence without a
 *       counterpart linked to one on the same issue, the gold's same-topic kind — are not pairs:
 *       as the corpus README allows, they are scored separately (how many of them are gold pairs
 *       of any kind); {@link #allPairsPrecision()} gives the strict precision if they were counted
 *       as pairs too.</li>
 *   <li>Gold snippets map to our sentences: the sentence text with leading quotation marks
 *       removed starts with the snippet. Body sentences are those a snippet maps to.</li>
 *   <li>Strict pair score: gold pairs of kind shared-formulation or paraphrase are the
 *       positives; a predicted pair that is a gold same-topic pair counts as neither true nor
 *       false positive; any other predicted pair of two body sentences is a false positive;
 *       pairs with a non-body sentence are ignored. A group L×R counts as all its sentence pairs.</li>
 *   <li>One-sided F1: over body sentences, predicted one-sided against gold left_only/right_only.</li>
 * </ul>
 */
record GoldScore(String name, int truePositives, int falsePositives, int neutral, int positives,
                 int topicLinks, int topicLinksInGold, int oneSidedTrue, int oneSidedPredicted, int oneSidedGold,
                 List<String> unmapped, List<String> falsePairs, List<String> missedPairs, List<String> oneSidedErrors) {

    /** Strict precision if same-topic links counted like counterpart pairs (the brief's literal rule). */
    double allPairsPrecision() {
        int tp = truePositives;
        int fp = falsePositives + topicLinks - topicLinksInGold;
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double topicLinkPrecision() {
        return topicLinks == 0 ? 1.0 : (double) topicLinksInGold / topicLinks;
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return positives == 0 ? 1.0 : (double) truePositives / positives;
    }

    double oneSidedPrecision() {
        return oneSidedPredicted == 0 ? 1.0 : (double) oneSidedTrue / oneSidedPredicted;
    }

    double oneSidedRecall() {
        return oneSidedGold == 0 ? 1.0 : (double) oneSidedTrue / oneSidedGold;
    }

    double oneSidedF1() {
        double p = oneSidedPrecision();
        double r = oneSidedRecall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line() {
        return String.format(Locale.ROOT,
                "%-22s strict P %.3f (%d TP, %d FP, %d same-topic) R %.3f (%d/%d) | one-sided P %.3f R %.3f F1 %.3f"
                        + " | topic links %d, %d in gold (%.3f) | links counted as pairs: P %.3f",
                name, precision(), truePositives, falsePositives, neutral, recall(), truePositives, positives,
                oneSidedPrecision(), oneSidedRecall(), oneSidedF1(), topicLinks, topicLinksInGold,
                topicLinkPrecision(), allPairsPrecision());
    }

    String details() {
        StringBuilder out = new StringBuilder(line()).append('\n');
        unmapped.forEach(s -> out.append("  unmapped snippet: ").append(s).append('\n'));
        falsePairs.forEach(s -> out.append("  false pair: ").append(s).append('\n'));
        missedPairs.forEach(s -> out.append("  missed pair: ").append(s).append('\n'));
        oneSidedErrors.forEach(s -> out.append("  one-sided: ").append(s).append('\n'));
        return out.toString();
    }

    static GoldScore score(String name, Path gold, SegmentedStatement left, SegmentedStatement right,
                           Alignment alignment) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(gold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> unmapped = new ArrayList<>();
        Map<Long, String> goldPairs = new HashMap<>();
        Set<Integer> leftBody = new HashSet<>();
        Set<Integer> rightBody = new HashSet<>();
        for (JsonNode pair : root.get("pairs")) {
            int l = find(left, pair.get("left").asText(), unmapped);
            int r = find(right, pair.get("right").asText(), unmapped);
            if (l >= 0 && r >= 0) {
                goldPairs.put(pack(l, r), pair.get("kind").asText());
                leftBody.add(l);
                rightBody.add(r);
            }
        }
        Set<Integer> leftOnlyGold = new HashSet<>();
        Set<Integer> rightOnlyGold = new HashSet<>();
        for (JsonNode snippet : root.get("left_only")) {
            int l = find(left, snippet.asText(), unmapped);
            if (l >= 0) {
                leftOnlyGold.add(l);
                leftBody.add(l);
            }
        }
        for (JsonNode snippet : root.get("right_only")) {
            int r = find(right, snippet.asText(), unmapped);
            if (r >= 0) {
                rightOnlyGold.add(r);
                rightBody.add(r);
            }
        }
        int positives = 0;
        for (String kind : goldPairs.values()) {
            if (isPositive(kind)) {
                positives++;
            }
        }
        Set<Long> found = new HashSet<>();
        int falsePositives = 0;
        int neutral = 0;
        int topicLinks = 0;
        int topicLinksInGold = 0;
        List<String> falsePairs = new ArrayList<>();
        for (TopicLink link : alignment.links()) {
            if (leftBody.contains(link.left()) && rightBody.contains(link.right())) {
                topicLinks++;
                if (goldPairs.containsKey(pack(link.left(), link.right()))) {
                    topicLinksInGold++;
                } else {
                    falsePairs.add("(topic link) " + describe(left, link.left(), right, link.right()));
                }
            }
        }
        for (AlignedPair pair : alignment.pairs()) {
            for (int l : pair.left()) {
                for (int r : pair.right()) {
                    if (!leftBody.contains(l) || !rightBody.contains(r)) {
                        continue;
                    }
                    String kind = goldPairs.get(pack(l, r));
                    if (kind == null) {
                        falsePositives++;
                        falsePairs.add(describe(left, l, right, r) + String.format(Locale.ROOT, " (%.3f)", pair.similarity()));
                    } else if (isPositive(kind)) {
                        found.add(pack(l, r));
                    } else {
                        neutral++;
                    }
                }
            }
        }
        List<String> missed = new ArrayList<>();
        goldPairs.forEach((key, kind) -> {
            if (isPositive(kind) && !found.contains(key)) {
                missed.add(describe(left, (int) (key >>> 32), right, (int) (long) key) + " [" + kind + "]");
            }
        });
        missed.sort(null);
        Set<Integer> leftOnly = new HashSet<>(alignment.leftOnly());
        Set<Integer> rightOnly = new HashSet<>(alignment.rightOnly());
        int oneSidedTrue = 0;
        int predicted = 0;
        List<String> oneSidedErrors = new ArrayList<>();
        for (int l : leftBody) {
            boolean p = leftOnly.contains(l);
            boolean g = leftOnlyGold.contains(l);
            predicted += p ? 1 : 0;
            oneSidedTrue += p && g ? 1 : 0;
            if (p != g) {
                oneSidedErrors.add((p ? "wrongly one-sided " : "missed one-sided ") + "L" + (l + 1) + " " + start(left, l));
            }
        }
        for (int r : rightBody) {
            boolean p = rightOnly.contains(r);
            boolean g = rightOnlyGold.contains(r);
            predicted += p ? 1 : 0;
            oneSidedTrue += p && g ? 1 : 0;
            if (p != g) {
                oneSidedErrors.add((p ? "wrongly one-sided " : "missed one-sided ") + "R" + (r + 1) + " " + start(right, r));
            }
        }
        oneSidedErrors.sort(null);
        return new GoldScore(name, found.size(), falsePositives, neutral, positives, topicLinks, topicLinksInGold,
                oneSidedTrue, predicted,
                leftOnlyGold.size() + rightOnlyGold.size(), unmapped, falsePairs, missed, oneSidedErrors);
    }

    private static boolean isPositive(String kind) {
        return kind.equals("shared-formulation") || kind.equals("paraphrase");
    }

    private static long pack(int l, int r) {
        return ((long) l << 32) | (r & 0xFFFFFFFFL);
    }

    private static String describe(SegmentedStatement left, int l, SegmentedStatement right, int r) {
        return "L" + (l + 1) + " " + start(left, l) + " | R" + (r + 1) + " " + start(right, r);
    }

    private static String start(SegmentedStatement statement, int index) {
        String text = statement.sentence(index).text(statement.text());
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static int find(SegmentedStatement statement, String snippet, List<String> unmapped) {
        int found = -1;
        for (Sentence sentence : statement.sentences()) {
            String text = stripLeadingQuotes(sentence.text(statement.text()));
            if (text.startsWith(snippet)) {
                if (found >= 0) {
                    unmapped.add("ambiguous: " + snippet);
                    return -1;
                }
                found = sentence.index();
            }
        }
        if (found < 0) {
            unmapped.add(snippet);
        }
        return found;
    }

    private static String stripLeadingQuotes(String text) {
        int k = 0;
        while (k < text.length() && "\"'\u201C\u2018\u300C\u300E".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return text.substring(k);
    }
}
