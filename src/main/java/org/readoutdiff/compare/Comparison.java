package org.readoutdiff.compare;

import java.util.List;
import org.readoutdiff.align.Move;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.analysis.FormulationChange;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.text.SegmentedStatement;

/**
 * The whole result of comparing two statements; every report format renders this value.
 *
 * @param mode       the mode that ran (never AUTO)
 * @param modeReason why that mode, in plain words
 * @param pairs      aligned pairs, ordered by their first left sentence
 * @param links      counterparts mode: sentences without a counterpart linked to the sentence of
 *                   the other side on the same issue (neither paired nor one-sided)
 * @param verbContrasts counterparts mode: the pairs whose two sides report with verbs of different
 *                   strength ("stressed" against "noted"); empty in versions mode
 * @param formulations counterparts mode: the formulations that differ, ranked (most telling
 *                   first); empty in versions mode
 */
public record Comparison(Mode mode, String modeReason, SegmentedStatement left, SegmentedStatement right,
                         List<ComparedPair> pairs, List<OneSided> leftOnly, List<OneSided> rightOnly,
                         List<Move> moves, List<TopicLink> links, List<SharedPhrase> sharedPhrases,
                         List<TopicCoverage> topics,
                         Summary summary, Limits limits, ComparisonOptions options, String engineVersion,
                         List<VerbContrast> verbContrasts, List<FormulationChange> formulations) {

    /** A comparison without formulation changes (versions mode, or made before they were listed). */
    public Comparison(Mode mode, String modeReason, SegmentedStatement left, SegmentedStatement right,
                      List<ComparedPair> pairs, List<OneSided> leftOnly, List<OneSided> rightOnly, List<Move> moves,
                      List<TopicLink> links, List<SharedPhrase> sharedPhrases, List<TopicCoverage> topics,
                      Summary summary, Limits limits, ComparisonOptions options, String engineVersion,
                      List<VerbContrast> verbContrasts) {
        this(mode, modeReason, left, right, pairs, leftOnly, rightOnly, moves, links, sharedPhrases, topics, summary,
                limits, options, engineVersion, verbContrasts, List.of());
    }

    /** A comparison without verb contrasts (versions mode, or made before attribution existed). */
    public Comparison(Mode mode, String modeReason, SegmentedStatement left, SegmentedStatement right,
                      List<ComparedPair> pairs, List<OneSided> leftOnly, List<OneSided> rightOnly, List<Move> moves,
                      List<TopicLink> links, List<SharedPhrase> sharedPhrases, List<TopicCoverage> topics,
                      Summary summary, Limits limits, ComparisonOptions options, String engineVersion) {
        this(mode, modeReason, left, right, pairs, leftOnly, rightOnly, moves, links, sharedPhrases, topics, summary,
                limits, options, engineVersion, List.of());
    }

    public Comparison {
        pairs = List.copyOf(pairs);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
        moves = List.copyOf(moves);
        links = List.copyOf(links);
        sharedPhrases = List.copyOf(sharedPhrases);
        topics = List.copyOf(topics);
        verbContrasts = List.copyOf(verbContrasts);
        formulations = List.copyOf(formulations);
    }
}
