package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting verbs ("stressed", "noted", "raised concerns", 强调, 表示) with their category
 * and strength. The default scale is the resource {@code verbs.txt} next to this class, whose
 * header documents the format; {@link #parse} reads a user's file in the same format, which
 * replaces the default whole.
 */
public record VerbScale(List<ReportingVerb> verbs) {

    private static final Pattern LINE = Pattern.compile("([1-9]|-)\\s+([a-z]+(?:/[a-z]+)?)\\s+(\\S.*)");
    private static final VerbScale DEFAULT = load();

    public VerbScale {
        verbs = List.copyOf(verbs);
    }

    /**
     * One verb of the scale.
     *
     * @param phrase        as written in the scale ("raised concerns", "made … clear", "强调")
     * @param strength      1 (reports) to 4 (insists) in the default scale; 0 for a deed (no strength)
     * @param category      speech, agreement, evaluation, concern, position or action
     * @param jointCategory the category when the speaker is joint (the two sides): "agreement" for
     *                      "reaffirmed", else the same as {@code category}
     */
    public record ReportingVerb(String phrase, int strength, String category, String jointCategory) {

        public boolean hasStrength() {
            return strength > 0;
        }

        public boolean isAction() {
            return category.equals("action");
        }
    }

    /** The scale that ships with readout-diff (English and Chinese). */
    public static VerbScale defaults() {
        return DEFAULT;
    }

    /**
     * Reads a scale from its text.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static VerbScale parse(String text) {
        List<ReportingVerb> verbs = new ArrayList<>();
        Set<String> phrases = new HashSet<>();
        for (RuleFileLine rule : RuleFileLine.of(text)) {
            int number = rule.number();
            String line = rule.text();
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + number + ": expected STRENGTH CATEGORY phrase, the strength"
                        + " a number from 1 to 9 or -, the category a lower-case word such as speech (e.g. \"3 speech"
                        + " stressed\"): " + line);
            }
            String phrase = m.group(3).strip().replaceAll("\\s+", " ").replace("...", "\u2026");
            if (phrase.equals("\u2026") || phrase.startsWith("\u2026") || phrase.endsWith("\u2026")) {
                throw new IllegalArgumentException("line " + number + ": \u2026 stands for words inside a verb, not at"
                        + " its start or end: " + line);
            }
            if (!phrases.add(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("line " + number + ": the verb '" + phrase + "' is listed twice");
            }
            String[] categories = m.group(2).split("/");
            int strength = m.group(1).equals("-") ? 0 : Integer.parseInt(m.group(1));
            verbs.add(new ReportingVerb(phrase, strength, categories[0],
                    categories.length > 1 ? categories[1] : categories[0]));
        }
        if (verbs.isEmpty()) {
            throw new IllegalArgumentException("the verb scale lists no verbs");
        }
        return new VerbScale(verbs);
    }

    private static VerbScale load() {
        return parse(RuleFileLine.resource("verbs.txt"));
    }
}
