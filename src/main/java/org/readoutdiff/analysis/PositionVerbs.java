package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
            if (!lower.contains(text)) {
                return false;
            }
            if (wholeWord == null) {
                return true;
            }
            Matcher found = wholeWord.matcher(lower);
            while (found.find()) {
                if (isTheSpeakersVerb(lower, found.start(), found.end())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an English phrase found at {@code [start, end)} is a verb whose subject states a
         * position, by the words on either side: "support for them", "in support of" and "their
         * support" are nouns, and in "no evidence that supports the claim" the subject is the
         * evidence. Written here because no part-of-speech tagger is available as a library
         * in this build; these are the cues of English grammar, not of any one text.
         */
        private boolean isTheSpeakersVerb(String lower, int start, int end) {
            if (text.endsWith("ing")) {
                return true; // "the commitment of not supporting": a gerund keeps its verb's sense
            }
            String before = wordBefore(lower, start);
            String after = wordAfter(lower, end);
            if (after.equals("for") || after.equals("of") || NOUN_MARKERS.contains(before)) {
                return false;
            }
            boolean finite = text.indexOf(' ') < 0 && text.endsWith("s");
            return !(finite && RELATIVES.contains(before));
        }
    }

    /** Words after which a position word is a noun: "the support", "their opposition", "in support". */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "my", "of", "in", "with", "without", "for", "from", "by", "no", "any", "such");

    /** Words after which a verb in the third person begins a relative clause: "evidence that supports". */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");

    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, end);
    }

    private static String wordAfter(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
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
