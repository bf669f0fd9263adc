package org.readoutdiff.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Who can be a speaker and how texts name them, which pronouns stand for earlier speakers,
 * and which words may stand between a speaker and the verb. The default rules are the
 * resource {@code attribution.txt} next to this class, whose header documents the format and
 * how a sentence is read; {@link #parse} reads a file in the same format.
 */
public record AttributionRules(List<Speaker> speakers, List<Pronoun> pronouns, List<String> adverbs,
                               List<String> gaps) {

    private static final Pattern SPEAKER = Pattern.compile("\\[speaker\\s+([a-z0-9][a-z0-9-]*)\\s+(person|group|side|office)]\\s*(.*)");
    private static final Pattern PRONOUN = Pattern.compile("\\[pronoun\\s+(person|group)]");
    private static final AttributionRules DEFAULT = load();

    public AttributionRules {
        speakers = List.copyOf(speakers);
        pronouns = List.copyOf(pronouns);
        adverbs = List.copyOf(adverbs);
        gaps = List.copyOf(gaps);
    }

    /** What a speaker is; pronouns stand for a person ("he") or a group ("they"). */
    public enum Kind {
        PERSON, GROUP, SIDE, OFFICE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A speaker: its id ("xi"), kind, label ("President Xi Jinping") and the patterns that name it. */
    public record Speaker(String id, Kind kind, String label, List<String> patterns) {

        public Speaker {
            patterns = List.copyOf(patterns);
        }
    }

    /** A pronoun pattern and the kind of speaker it stands for. */
    public record Pronoun(Kind kind, String pattern) {
    }

    public static AttributionRules defaults() {
        return DEFAULT;
    }

    /** The speaker with this id, or null. */
    public Speaker speaker(String id) {
        for (Speaker speaker : speakers) {
            if (speaker.id().equals(id)) {
                return speaker;
            }
        }
        return null;
    }

    /**
     * Reads rules from their text.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static AttributionRules parse(String text) {
        List<Speaker> speakers = new ArrayList<>();
        List<Pronoun> pronouns = new ArrayList<>();
        List<String> adverbs = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String section = null;
        Kind pronounKind = null;
        String id = null;
        Kind kind = null;
        String label = null;
        List<String> patterns = new ArrayList<>();
        for (RuleFileLine rule : RuleFileLine.of(text)) {
            int number = rule.number();
            String line = rule.text();
            if (line.startsWith("[")) {
                if (id != null) {
                    speakers.add(speaker(id, kind, label, patterns));
                    id = null;
                }
                Matcher speaker = SPEAKER.matcher(line);
                Matcher pronoun = PRONOUN.matcher(line);
                if (speaker.matches()) {
                    section = "speaker";
                    id = speaker.group(1);
                    kind = Kind.valueOf(speaker.group(2).toUpperCase(Locale.ROOT));
                    label = speaker.group(3).isBlank() ? id : speaker.group(3).strip();
                    patterns = new ArrayList<>();
                    if (!ids.add(id)) {
                        throw new IllegalArgumentException("line " + number + ": speaker " + id + " is defined twice");
                    }
                } else if (pronoun.matches()) {
                    section = "pronoun";
                    pronounKind = Kind.valueOf(pronoun.group(1).toUpperCase(Locale.ROOT));
                } else if (line.equals("[adverb]") || line.equals("[gap]")) {
                    section = line.substring(1, line.length() - 1);
                } else {
                    throw new IllegalArgumentException("line " + number + ": expected [speaker ID KIND] Label (KIND:"
                            + " person, group, side or office), [pronoun person], [pronoun group], [adverb] or [gap]: " + line);
                }
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("line " + number + ": pattern '" + line
                        + "' comes before any section; start with a line such as [speaker xi person] President Xi");
            }
            check(line, number);
            switch (section) {
                case "speaker" -> patterns.add(line);
                case "pronoun" -> pronouns.add(new Pronoun(pronounKind, line));
                case "adverb" -> adverbs.add(line);
                default -> gaps.add(line);
            }
        }
        if (id != null) {
            speakers.add(speaker(id, kind, label, patterns));
        }
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("the rules define no speaker");
        }
        return new AttributionRules(speakers, pronouns, adverbs, gaps);
    }

    private static Speaker speaker(String id, Kind kind, String label, List<String> patterns) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("speaker " + id + " has no patterns");
        }
        return new Speaker(id, kind, label, patterns);
    }

    private static void check(String pattern, int line) {
        try {
            if (Pattern.compile(pattern).matcher("").groupCount() > 0) {
                throw new IllegalArgumentException("line " + line + ": write groups as (?:...), not (...): " + pattern);
            }
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("line " + line + ": not a regular expression (" + e.getDescription()
                    + "): " + pattern);
        }
    }

    private static AttributionRules load() {
        try (InputStream in = AttributionRules.class.getResourceAsStream("attribution.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource attribution.txt");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
