package org.readoutdiff.compare;

import java.time.Duration;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.analysis.VerbScale;

/**
 * What to compare how, and the work budgets. When a budget is hit the comparison finishes with
 * a coarser result and says so in {@link Limits}.
 *
 * @param mode                     the alignment mode, or AUTO
 * @param ignoreCase               compare words regardless of case (case changes are format either way)
 * @param timeBudget               wall-clock budget for one comparison
 * @param maxPairTokens            largest aligned pair (left plus right tokens) diffed word by word;
 *                                 a larger pair is reported as one change
 * @param maxGapCells              largest gap between anchors (left times right sentences) aligned by
 *                                 the similarity table
 * @param counterpartsDetailLimit  in counterparts mode, texts longer than this many characters
 *                                 (both sides together) are aligned coarsely: fewer candidates per
 *                                 sentence, one-to-one pairs, fewer shared phrases
 * @param topics                   the topic lexicon that omissions and topic coverage are tagged with
 * @param verbs                    the reporting-verb scale attribution and verb contrasts use
 */
public record ComparisonOptions(Mode mode, boolean ignoreCase, Duration timeBudget, int maxPairTokens,
                                int maxGapCells, long counterpartsDetailLimit, TopicLexicon topics, VerbScale verbs) {

    public static ComparisonOptions defaults() {
        return new ComparisonOptions(Mode.AUTO, false, Duration.ofSeconds(60), 6_000, 40_000, 4_000_000,
                TopicLexicon.defaults(), VerbScale.defaults());
    }

    public ComparisonOptions withMode(Mode value) {
        return new ComparisonOptions(value, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, topics, verbs);
    }

    public ComparisonOptions withIgnoreCase(boolean value) {
        return new ComparisonOptions(mode, value, timeBudget, maxPairTokens, maxGapCells, counterpartsDetailLimit,
                topics, verbs);
    }

    public ComparisonOptions withTimeBudget(Duration value) {
        return new ComparisonOptions(mode, ignoreCase, value, maxPairTokens, maxGapCells, counterpartsDetailLimit,
                topics, verbs);
    }

    public ComparisonOptions withMaxPairTokens(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, value, maxGapCells, counterpartsDetailLimit,
                topics, verbs);
    }

    public ComparisonOptions withMaxGapCells(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, value, counterpartsDetailLimit,
                topics, verbs);
    }

    public ComparisonOptions withCounterpartsDetailLimit(long value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells, value, topics, verbs);
    }

    /** The lexicon to tag topics with; {@link TopicLexicon#parse} reads a user's file (the CLI's {@code --topics}). */
    public ComparisonOptions withTopics(TopicLexicon value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, value, verbs);
    }

    /** The verb scale to attribute with; {@link VerbScale#parse} reads a user's file (the CLI's {@code --verbs}). */
    public ComparisonOptions withVerbs(VerbScale value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, topics, value);
    }
}
