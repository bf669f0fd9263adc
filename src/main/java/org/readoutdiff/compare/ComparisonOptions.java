package org.readoutdiff.compare;

import java.time.Duration;
import org.readoutdiff.align.SimilarityOptions;
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
 * @param similarity               the sentence similarity counterpart alignment decides pairs by
 */
public record ComparisonOptions(Mode mode, boolean ignoreCase, Duration timeBudget, int maxPairTokens,
                                int maxGapCells, long counterpartsDetailLimit, TopicLexicon topics, VerbScale verbs,
                                SimilarityOptions similarity) {

    public static ComparisonOptions defaults() {
        return new ComparisonOptions(Mode.AUTO, false, Duration.ofSeconds(60), 6_000, 40_000, 4_000_000,
                TopicLexicon.defaults(), VerbScale.defaults(), SimilarityOptions.defaults());
    }

    /** The options of an older document or caller, without similarity settings: the defaults. */
    public ComparisonOptions(Mode mode, boolean ignoreCase, Duration timeBudget, int maxPairTokens, int maxGapCells,
                             long counterpartsDetailLimit, TopicLexicon topics, VerbScale verbs) {
        this(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells, counterpartsDetailLimit, topics, verbs,
                SimilarityOptions.defaults());
    }

    public ComparisonOptions withSimilarity(SimilarityOptions value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, topics, verbs, value);
    }

    public ComparisonOptions withMode(Mode value) {
        return new ComparisonOptions(value, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, topics, verbs, similarity);
    }

    public ComparisonOptions withIgnoreCase(boolean value) {
        return new ComparisonOptions(mode, value, timeBudget, maxPairTokens, maxGapCells, counterpartsDetailLimit,
                topics, verbs, similarity);
    }

    public ComparisonOptions withTimeBudget(Duration value) {
        return new ComparisonOptions(mode, ignoreCase, value, maxPairTokens, maxGapCells, counterpartsDetailLimit,
                topics, verbs, similarity);
    }

    public ComparisonOptions withMaxPairTokens(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, value, maxGapCells, counterpartsDetailLimit,
                topics, verbs, similarity);
    }

    public ComparisonOptions withMaxGapCells(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, value, counterpartsDetailLimit,
                topics, verbs, similarity);
    }

    public ComparisonOptions withCounterpartsDetailLimit(long value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells, value, topics, verbs, similarity);
    }

    /** The lexicon to tag topics with; {@link TopicLexicon#parse} reads a user's file (the CLI's {@code --topics}). */
    public ComparisonOptions withTopics(TopicLexicon value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, value, verbs, similarity);
    }

    /** The verb scale to attribute with; {@link VerbScale#parse} reads a user's file (the CLI's {@code --verbs}). */
    public ComparisonOptions withVerbs(VerbScale value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, maxGapCells,
                counterpartsDetailLimit, topics, value, similarity);
    }
}
