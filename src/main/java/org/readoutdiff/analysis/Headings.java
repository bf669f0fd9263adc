package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.readoutdiff.align.SentencePair;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;

/**
 * The lines at the head of a readout that are not its text: its title and its dateline
 * ("Xinhua | November 18, 2024", "The White House | Lima, Peru | November 16, 2024"). Every
 * readout has them, each side words them its own way, and they are neither a point made nor a
 * formulation: two readouts' titles are counterparts, and so are their datelines.
 */
public final class Headings {

    /** Headings are looked for among this many first paragraphs. */
    static final int HEAD_PARAGRAPHS = 6;

    private Headings() {
    }

    /**
     * Whether a sentence is a title, a dateline or a like line at the head of the statement: in
     * one of its first paragraphs, alone there, and not ended as a sentence is (. ! ? 。).
     */
    public static boolean isHeading(SegmentedStatement statement, int index) {
        Sentence sentence = statement.sentence(index);
        if (sentence.paragraph() >= HEAD_PARAGRAPHS) {
            return false;
        }
        String text = sentence.text(statement.text()).strip();
        boolean alone = statement.paragraphs().get(sentence.paragraph()).firstSentence() == index
                && (index + 1 >= statement.size() || statement.sentence(index + 1).paragraph() != sentence.paragraph());
        return alone && !text.isEmpty() && ".!?。！？\"”".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The statement's title: its first heading with no date that is not page furniture ("Share:"); -1 if none. */
    static int title(SegmentedStatement statement) {
        return firstHeading(statement, text -> Datelines.parse(text) == null && !Boilerplate.matches(text));
    }

    /** The statement's dateline: its first heading with a date in it; -1 if none. */
    static int dateline(SegmentedStatement statement) {
        return firstHeading(statement, text -> Datelines.parse(text) != null);
    }

    private static int firstHeading(SegmentedStatement statement, Predicate<String> wanted) {
        for (int i = 0; i < statement.size() && statement.sentence(i).paragraph() < HEAD_PARAGRAPHS; i++) {
            if (isHeading(statement, i) && wanted.test(statement.sentence(i).text(statement.text()))) {
                return i;
            }
        }
        return -1;
    }

    /** Title with title and dateline with dateline, where both statements have one. */
    public static List<SentencePair> counterparts(SegmentedStatement left, SegmentedStatement right) {
        List<SentencePair> pairs = new ArrayList<>(2);
        int leftTitle = title(left);
        int rightTitle = title(right);
        if (leftTitle >= 0 && rightTitle >= 0) {
            pairs.add(new SentencePair(leftTitle, rightTitle));
        }
        int leftDateline = dateline(left);
        int rightDateline = dateline(right);
        if (leftDateline >= 0 && rightDateline >= 0) {
            pairs.add(new SentencePair(leftDateline, rightDateline));
        }
        return pairs;
    }
}
