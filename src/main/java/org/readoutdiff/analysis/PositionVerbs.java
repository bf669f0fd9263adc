package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The verbs by which a readout states a position ("supports", "does not support", "firmly
 * opposes", "反对"), from {@code positions.txt}: one phrase per line. A change of the one a
 * sentence uses ("not supporting" became "opposes") is what a China watcher looks for first.
 * The longest phrase found wins ("firmly opposes" over "opposes").
 */
public final class PositionVerbs {

    /**
     * A phrase and, in English, its whole-word pattern, compiled once: a readout of 10,000
     * sentences asks thousands of times. Chinese has no word boundaries: null.
     */
    private record Phrase(String text, Pattern wholeWord) {

        static Phrase of(String text) {
            return new Phrase(text, isHan(text) ? null : Pattern.compile("\\b" + Pattern.quote(text) + "\\b"));
        }

        boolean isIn(String lower) {
            return lower.contains(text) && (wholeWord == null || wholeWord.matcher(lower).find());
        }
    }

    /** Longest first. */
    private final List<Phrase> phrases;

    public PositionVerbs(List<String> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Phrase::of).toList();
    }

    private static final PositionVerbs DEFAULTS = parse(RuleFileLine.resource("positions.txt"));

    public static PositionVerbs defaults() {
        return DEFAULTS;
    }

    /** One phrase per line; blank lines and lines starting with "#" are ignored. */
    public static PositionVerbs parse(String text) {
        List<String> phrases = new ArrayList<>();
        for (RuleFileLine line : RuleFileLine.of(text)) {
            phrases.add(line.text().toLowerCase(Locale.ROOT));
        }
        return new PositionVerbs(phrases);
    }

    /** The longest position phrase in the text (as a whole word in English), or null. */
    public String find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Phrase phrase : phrases) {
            if (phrase.isIn(lower)) {
                return phrase.text();
            }
        }
        return null;
    }

    private static boolean isHan(String phrase) {
        return !phrase.isEmpty() && Character.UnicodeScript.of(phrase.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
