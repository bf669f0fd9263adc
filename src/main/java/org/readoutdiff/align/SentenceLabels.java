package org.readoutdiff.align;

import java.util.List;

/**
 * Labels known for each sentence before alignment, by sentence index: the topics each one
 * addresses, for instance. A label shared by two sentences counts like a shared content word,
 * which lets two wordings of one issue ("DPRK", "Korean Peninsula") meet.
 */
public record SentenceLabels(List<List<String>> left, List<List<String>> right) {

    public SentenceLabels {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    public static SentenceLabels none() {
        return new SentenceLabels(List.of(), List.of());
    }

    List<String> left(int sentence) {
        return sentence < left.size() ? left.get(sentence) : List.of();
    }

    List<String> right(int sentence) {
        return sentence < right.size() ? right.get(sentence) : List.of();
    }
}
