package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readoutdiff.align.AlignedPair;

/**
 * An aligned pair whose two sides report with verbs of different strength: "President Xi
 * stressed" against "President Biden noted", 强调 against 表示. Each side is the first sentence
 * of the pair whose verb has a strength on the scale; a pair where either side has none (no
 * attribution, or a deed such as "met") is never flagged.
 *
 * @param pair  the pair's index in the comparison's pairs
 */
public record VerbContrast(int pair, Attribution left, Attribution right) {

    /** The pairs whose verbs differ in strength, in pair order. */
    public static List<VerbContrast> of(List<AlignedPair> pairs, List<Attribution> left, List<Attribution> right) {
        Map<Integer, Attribution> leftBySentence = bySentence(left);
        Map<Integer, Attribution> rightBySentence = bySentence(right);
        List<VerbContrast> contrasts = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Attribution l = first(pairs.get(i).left(), leftBySentence);
            Attribution r = first(pairs.get(i).right(), rightBySentence);
            if (l != null && r != null && l.strength() != r.strength()) {
                contrasts.add(new VerbContrast(i, l, r));
            }
        }
        return contrasts;
    }

    private static Map<Integer, Attribution> bySentence(List<Attribution> attributions) {
        Map<Integer, Attribution> map = new HashMap<>();
        for (Attribution attribution : attributions) {
            map.put(attribution.sentence(), attribution);
        }
        return map;
    }

    private static Attribution first(List<Integer> sentences, Map<Integer, Attribution> attributions) {
        for (int sentence : sentences) {
            Attribution attribution = attributions.get(sentence);
            if (attribution != null && attribution.verb().hasStrength()) {
                return attribution;
            }
        }
        return null;
    }

    /** How much stronger the right side's verb is (negative: weaker). */
    public int difference() {
        return right.strength() - left.strength();
    }
}
