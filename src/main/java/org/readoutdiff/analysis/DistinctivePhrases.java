package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Stopwords;

/**
 * The shared formulations that say something of their own: used once on each side (a phrase
 * used again and again, "the United States", "China and the U.S.", "两国元首", is a subject,
 * not a formulation), with at least {@value #CONTENT_WORDS} words that are not function words
 * ("a new Cold War", "match words with actions"; not "of the two Presidents", "China-U.S. relations have"), or as many
 * Chinese characters as a shared phrase has, and not where it says who speaks and how
 * ("President Xi stressed that", "The two sides agreed to"): a reporting frame that both
 * readouts use is no formulation of either.
 */
public final class DistinctivePhrases {

    static final int CONTENT_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private DistinctivePhrases() {
    }

    public static List<SharedPhrase> of(List<SharedPhrase> phrases, SegmentedStatement left, ReportingFrames leftFrames,
                                        SegmentedStatement right, ReportingFrames rightFrames) {
        List<SharedPhrase> kept = new ArrayList<>();
        for (SharedPhrase phrase : phrases) {
            if (phrase.left().size() > 1 || phrase.right().size() > 1 || !saysSomething(phrase.text())) {
                continue;
            }
            List<Span> l = outsideFrames(phrase.left(), left, leftFrames);
            List<Span> r = outsideFrames(phrase.right(), right, rightFrames);
            if (!l.isEmpty() && !r.isEmpty()) {
                kept.add(new SharedPhrase(phrase.text(), l, r));
            }
        }
        return kept;
    }

    static boolean saysSomething(String text) {
        int content = 0;
        int han = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                han += (int) word.codePoints().filter(c -> !Stopwords.contains(Character.toString(c))).count();
            } else if (!Stopwords.contains(word.toLowerCase(java.util.Locale.ROOT)) && !isNumber(word)) {
                content++;
            }
        }
        return content >= CONTENT_WORDS || han >= SharedPhraseFinder.MIN_UNITS;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }

    private static List<Span> outsideFrames(List<Span> places, SegmentedStatement statement, ReportingFrames frames) {
        List<Span> kept = new ArrayList<>();
        for (Span place : places) {
            if (!frames.overlapsFrame(FormulationChanges.sentenceAt(statement, place.start()), place)) {
                kept.add(place);
            }
        }
        return kept;
    }
}
