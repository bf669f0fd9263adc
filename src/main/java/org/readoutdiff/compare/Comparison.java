package org.readoutdiff.compare;

import java.util.List;
import org.readoutdiff.align.Move;
import org.readoutdiff.text.SegmentedStatement;

/**
 * The whole result of comparing two statements; every report format renders this value. A core
 * that both modes fill, plus what counterparts mode finds beyond it.
 *
 * @param mode        the mode that ran (never AUTO)
 * @param modeReason  why that mode, in plain words
 * @param pairs       aligned pairs, ordered by their first left sentence
 * @param counterparts counterparts mode's findings: links, shared phrases, topics, verb
 *                    contrasts, formulation changes ({@link CounterpartsFindings#none()} in
 *                    versions mode)
 */
public record Comparison(Mode mode, String modeReason, SegmentedStatement left, SegmentedStatement right,
                         List<ComparedPair> pairs, List<OneSided> leftOnly, List<OneSided> rightOnly,
                         List<Move> moves, Summary summary, Limits limits, ComparisonOptions options,
                         String engineVersion, CounterpartsFindings counterparts) {

    public Comparison {
        pairs = List.copyOf(pairs);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
        moves = List.copyOf(moves);
    }
}
