package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.Stems;

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

        /** Where the phrase stands in the text as a verb of position (see {@link #isTheSpeakersVerb}). */
        void addPlaces(String lower, List<Stance> out) {
            int from = lower.indexOf(text);
            if (from < 0) {
                return;
            }
            if (wholeWord == null) {
                for (; from >= 0; from = lower.indexOf(text, from + text.length())) {
                    out.add(new Stance(text, from, from + text.length()));
                }
                return;
            }
            Matcher found = wholeWord.matcher(lower);
            while (found.find()) {
                if (isTheSpeakersVerb(lower, found.start(), found.end())) {
                    out.add(new Stance(text, found.start(), found.end()));
                }
            }
        }

        /**
         * Whether an English phrase found at {@code [start, end)} is a verb whose subject states a
         * position, by the words on either side: "support for them", "in support of" and "their
         * support" are nouns, and in "no evidence that supports the claim" the subject is the
         * evidence. Written here because no part-of-speech tagger is available as a library
         * in this build; these are the cues of English grammar, not of any one text.
         */
        private boolean isTheSpeakersVerb(String lower, int start, int end) {
            if (text.indexOf(' ') >= 0 || text.endsWith("ing")) {
                // "has no intention of", "does not support": a phrase of several words is a
                // stance wherever it stands; "the commitment of not supporting": a gerund keeps
                // its verb's sense
                return true;
            }
            String before = wordBefore(lower, start);
            String after = wordAfter(lower, end);
            if (after.equals("for") || after.equals("of") || NOUN_MARKERS.contains(before)) {
                return false;
            }
            boolean finite = text.endsWith("s");
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
    /**
     * A few characters that every phrase holds (the start of its last word, or its last Chinese
     * character): a text with none of them has no stance, found with a dozen searches instead
     * of one per phrase. Most sentences of a readout have none.
     */
    private final List<String> cores;

    public PositionVerbs(List<String> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Phrase::of).toList();
        this.cores = phrases.stream().map(PositionVerbs::core).distinct().toList();
    }

    private static String core(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        if (isHan(last)) {
            return last.substring(last.offsetByCodePoints(last.length(), -1));
        }
        return last.length() <= 4 ? last : last.substring(0, 4);
    }

    private boolean mayHoldAStance(String lower) {
        for (String core : cores) {
            if (lower.contains(core)) {
                return true;
            }
        }
        return false;
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

    /**
     * A verb of position where a text uses it: the phrase (in lower case) and its offsets.
     */
    public record Stance(String phrase, int start, int end) {

        /**
         * What the stance says, whatever the verb's form and auxiliary: "does not support" and
         * "not supporting" are one ("not support"), and so are "does not seek" and "is not
         * seeking"; "firmly opposes" and "opposes" are two.
         */
        public String meaning(Stems stems) {
            StringBuilder meaning = new StringBuilder();
            for (String word : phrase.split(" ")) {
                if (!AUXILIARIES.contains(word)) {
                    meaning.append(meaning.length() == 0 ? "" : " ").append(stems.stem(word));
                }
            }
            return meaning.toString();
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("does", "do", "did", "will", "has", "have", "had", "is", "are",
            "was", "were");

    /** The longest position phrase in the text (as a whole word in English), or null. */
    public String find(String text) {
        String lower = lowerKeepingOffsets(text);
        if (!mayHoldAStance(lower)) {
            return null;
        }
        List<Stance> places = new ArrayList<>();
        for (Phrase phrase : phrases) { // longest first
            phrase.addPlaces(lower, places);
            if (!places.isEmpty()) {
                return phrase.text();
            }
        }
        return null;
    }

    /**
     * Every verb of position in the text, in text order; where phrases overlap, the longest
     * ("firmly opposes", not also "opposes").
     */
    public List<Stance> stances(String text) {
        String lower = lowerKeepingOffsets(text);
        if (!mayHoldAStance(lower)) {
            return List.of();
        }
        List<Stance> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            phrase.addPlaces(lower, found);
        }
        found.sort(Comparator.comparingInt(Stance::start)
                .thenComparing(Comparator.comparingInt((Stance st) -> st.end() - st.start()).reversed()));
        List<Stance> kept = new ArrayList<>();
        int covered = -1;
        for (Stance stance : found) {
            if (stance.start() >= covered && !kept.isEmpty() && lower.substring(covered, stance.start()).equals(" to ")) {
                covered = stance.end(); // "does not seek to oppose China": what is not sought, not a stance of its own
            } else if (stance.start() >= covered) {
                kept.add(stance);
                covered = stance.end();
            } else if (stance.end() - stance.start() > kept.get(kept.size() - 1).end() - kept.get(kept.size() - 1).start()
                    && stance.start() < covered) {
                kept.set(kept.size() - 1, stance); // starts inside a shorter one and reaches further
                covered = stance.end();
            }
        }
        return kept;
    }

    /** Lower case char by char, so that offsets in it are offsets in the text ("İ" stays one char). */
    private static String lowerKeepingOffsets(String text) {
        char[] lower = text.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        return new String(lower);
    }

    private static boolean isHan(String phrase) {
        return !phrase.isEmpty() && Character.UnicodeScript.of(phrase.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
