package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every sentence went: each sentence index of each side has exactly one place — in a
 * pair, in {@code leftOnly}/{@code rightOnly}, or, in counterparts mode, unpaired but linked to
 * a sentence on the same issue ({@link TopicLink}; the other end of a link may be in a pair).
 * Pairs are ordered by their first left sentence, links by left then right sentence.
 *
 * @param degradedReason why a budget made the alignment coarser than it could be, or null
 */
public record Alignment(List<AlignedPair> pairs, List<Integer> leftOnly, List<Integer> rightOnly, List<Move> moves,
                        List<TopicLink> links, String degradedReason) {

    public Alignment {
        pairs = List.copyOf(pairs);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
        moves = List.copyOf(moves);
        links = List.copyOf(links);
    }

    public Alignment withDegradedReason(String value) {
        return new Alignment(pairs, leftOnly, rightOnly, moves, links, value);
    }

    public boolean degraded() {
        return degradedReason != null;
    }

    /**
     * The same alignment seen from the other side: left and right exchanged, pairs ordered by
     * their (new) first left sentence, moves numbered again in the order of the new left.
     */
    public Alignment mirrored() {
        List<Move> swappedMoves = new ArrayList<>();
        for (Move move : moves) {
            swappedMoves.add(new Move(move.id(), move.right(), move.left()));
        }
        swappedMoves.sort(Comparator.comparingInt(m -> m.left().get(0)));
        Map<Integer, Integer> newIds = new HashMap<>();
        List<Move> renumbered = new ArrayList<>();
        for (Move move : swappedMoves) {
            newIds.put(move.id(), renumbered.size() + 1);
            renumbered.add(new Move(renumbered.size() + 1, move.left(), move.right()));
        }
        List<AlignedPair> swappedPairs = new ArrayList<>();
        for (AlignedPair pair : pairs) {
            swappedPairs.add(new AlignedPair(pair.right(), pair.left(), pair.relation(), pair.similarity(),
                    pair.move() == 0 ? 0 : newIds.get(pair.move())));
        }
        swappedPairs.sort(Comparator.comparingInt(AlignedPair::firstLeft));
        List<TopicLink> swappedLinks = new ArrayList<>();
        for (TopicLink link : links) {
            swappedLinks.add(new TopicLink(link.right(), link.left(), link.score()));
        }
        swappedLinks.sort(Comparator.comparingInt(TopicLink::left).thenComparingInt(TopicLink::right));
        return new Alignment(swappedPairs, rightOnly, leftOnly, renumbered, swappedLinks, degradedReason);
    }
}
