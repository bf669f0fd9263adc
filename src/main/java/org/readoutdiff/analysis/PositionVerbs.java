package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs by which a readout states a position ("supports", "does not support", "firmly
 * opposes", "反对"), from {@code positions.txt}: one phrase per line. A change of the one a
 * sentence uses ("not supporting" became "opposes") is what a China watcher looks for first.
 * The longest phrase found wins ("firmly opposes" over "opposes").
 */
public record PositionVerbs(List<String> phrases) {

    public PositionVerbs {
        phrases = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
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
        for (String phrase : phrases) {
            if (isHan(phrase) ? lower.contains(phrase) : wholeWord(lower, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean wholeWord(String text, String phrase) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text);
        return m.find();
    }

    private static boolean isHan(String phrase) {
        return !phrase.isEmpty() && Character.UnicodeScript.of(phrase.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
