package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;

/**
 * Finds who each sentence attributes what it reports to, by the rules of {@link
 * AttributionRules} and the verbs of {@link VerbScale} (how a sentence is read is documented
 * in {@code attribution.txt}). Regular expressions rather than a parser: readouts report
 * speech in a handful of fixed shapes, and a rule a user can read and replace is worth more
 * here than a model that guesses. Thread-safe once built.
 */
public final class Attributor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** At most this many adverbs stand between a speaker and the verb ("also firmly stressed"). */
    static final int MAX_ADVERBS = 4;
    /** Where a clause may start after a break: closing quotes and spaces skipped. */
    private static final Pattern AFTER_BREAK = Pattern.compile("[\"”’'」』)\\s]*");
    private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'「『(]*");
    private static final Pattern THAT = Pattern.compile("\\s*(?:that(?![\\p{L}\\p{N}]))?\\s*[,，:：]?\\s*", FLAGS);
    private static final Pattern TRAILING_END = Pattern.compile(
            "\\s*(?:[.。!?！？]?[\"”’'」』]*\\s*$|[,，]\\s*(?:adding|noting|saying|stressing|and added)(?![\\p{L}]))", FLAGS);
    private static final String CLAUSE_BREAKS = ",，;；:：";

    private final List<Named> names = new ArrayList<>(); // filled by the constructor only: safe to share
    private final Pattern verbs;
    private final List<VerbScale.ReportingVerb> entries;

    /** A compiled way of naming a speaker: a speaker of the rules, or a pronoun (speaker null). */
    private record Named(Pattern pattern, AttributionRules.Speaker speaker, AttributionRules.Kind pronounKind,
                         boolean[] asciiStarts) {

        Named(Pattern pattern, AttributionRules.Speaker speaker, AttributionRules.Kind pronounKind) {
            this(pattern, speaker, pronounKind, asciiStarts(pattern));
        }

        /** Whether a match may start with this character: most clause starts are ruled out without running the pattern. */
        boolean mayStartWith(char c) {
            return c >= asciiStarts.length || asciiStarts[c];
        }

        /**
         * For each ASCII character, whether some text starting with it can match: the pattern
         * either matches that one character or ran out of input trying ({@link Matcher#hitEnd}).
         */
        private static boolean[] asciiStarts(Pattern pattern) {
            boolean[] starts = new boolean[128];
            for (char c = 0; c < starts.length; c++) {
                Matcher m = pattern.matcher(String.valueOf(c));
                starts[c] = m.lookingAt() || m.hitEnd();
            }
            return starts;
        }
    }

    /**
     * The matchers of one statement's text, made once and moved by {@code region}: a matcher of the
     * verb pattern, with a group per verb, costs more to make than to run on one clause.
     */
    private final class Scan {
        final String text;
        final Matcher[] names;
        final Matcher verbs;
        final Matcher that;
        final Matcher trailingEnd;
        final Matcher opening;
        final Matcher afterBreak;

        Scan(String text) {
            this.text = text;
            this.names = Attributor.this.names.stream().map(named -> named.pattern().matcher(text)).toArray(Matcher[]::new);
            this.verbs = Attributor.this.verbs.matcher(text);
            this.that = THAT.matcher(text);
            this.trailingEnd = TRAILING_END.matcher(text);
            this.opening = OPENING.matcher(text);
            this.afterBreak = AFTER_BREAK.matcher(text);
        }
    }

    /** A speaker followed by a verb, found at some place in a sentence. */
    private record Clause(int start, int speakerEnd, int verbStart, int verbEnd, Named named, VerbScale.ReportingVerb verb) {
    }

    /** Built once: compiling the rules' patterns costs more than attributing a readout. */
    private static final Attributor DEFAULT = new Attributor(AttributionRules.defaults(), VerbScale.defaults());

    /** The attributor of these rules and scale: the shared default one when both are the defaults. */
    public static Attributor of(AttributionRules rules, VerbScale scale) {
        return rules == AttributionRules.defaults() && scale == VerbScale.defaults() ? DEFAULT : new Attributor(rules, scale);
    }

    public Attributor(AttributionRules rules, VerbScale scale) {
        for (AttributionRules.Speaker speaker : rules.speakers()) {
            for (String pattern : speaker.patterns()) {
                names.add(new Named(Pattern.compile(pattern, FLAGS), speaker, null));
            }
        }
        for (AttributionRules.Pronoun pronoun : rules.pronouns()) {
            names.add(new Named(Pattern.compile(pronoun.pattern(), FLAGS), null, pronoun.kind()));
        }
        entries = scale.verbs().stream()
                .sorted(Comparator.comparingInt((VerbScale.ReportingVerb v) -> -v.phrase().length()))
                .toList();
        StringBuilder regex = new StringBuilder("\\s*");
        if (!rules.gaps().isEmpty()) {
            regex.append("(?:(?:").append(String.join("|", rules.gaps())).append(")\\s*)?");
        }
        regex.append("(?<verb>");
        if (!rules.adverbs().isEmpty()) {
            // bounded: the regex engine recurses once per adverb, and "also also also …" would overflow the stack
            regex.append("(?:(?:").append(String.join("|", rules.adverbs())).append(")\\s*){0,").append(MAX_ADVERBS)
                    .append("}?");
        }
        regex.append("(?<core>");
        for (int i = 0; i < entries.size(); i++) {
            regex.append(i == 0 ? "" : "|").append("(?<v").append(i).append('>').append(phrase(entries.get(i).phrase()))
                    .append(')');
        }
        regex.append("))");
        verbs = Pattern.compile(regex.toString(), FLAGS);
    }

    /** The verb phrase as a regular expression: words quoted, "…" a few words (or characters in Chinese). */
    static String phrase(String phrase) {
        boolean chinese = phrase.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        StringBuilder out = new StringBuilder();
        String[] parts = phrase.split("\u2026", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (i > 0) {
                out.append(chinese ? "[^，。；！？,.;!?：:]{1,30}?" : "(?:\\s+\\S+){1,6}?\\s+");
            }
            String[] words = part.split(" ");
            for (int w = 0; w < words.length; w++) {
                out.append(w == 0 ? "" : "\\s+").append(Pattern.quote(words[w]));
            }
        }
        if (!chinese) {
            out.append("(?![\\p{L}\\p{N}])");
        }
        return out.toString();
    }

    /** The attributed sentences of a statement, in order; a sentence no rule fits is not listed. */
    public List<Attribution> attribute(SegmentedStatement statement) {
        Scan scan = new Scan(statement.text());
        List<Attribution> result = new ArrayList<>();
        Map<AttributionRules.Kind, Attribution> lastReporting = new EnumMap<>(AttributionRules.Kind.class);
        Map<AttributionRules.Kind, Attribution> lastAny = new EnumMap<>(AttributionRules.Kind.class);
        for (Sentence sentence : statement.sentences()) {
            Attribution found = attribute(scan, sentence, lastReporting, lastAny);
            if (found != null) {
                result.add(found);
                if (!found.verb().isAction()) {
                    lastReporting.put(found.kind(), found);
                }
                lastAny.put(found.kind(), found);
            }
        }
        return result;
    }

    private Attribution attribute(Scan scan, Sentence sentence, Map<AttributionRules.Kind, Attribution> lastReporting,
                                  Map<AttributionRules.Kind, Attribution> lastAny) {
        List<Integer> starts = clauseStarts(scan, sentence.start(), sentence.end());
        Clause main = null;
        int next = 0;
        for (; next < starts.size() && main == null; next++) {
            main = clause(scan, starts.get(next), sentence.end());
        }
        if (main == null) {
            return null;
        }
        Clause own = main;
        Clause relay = null;
        if (main.named().speaker() != null && main.named().speaker().kind() == AttributionRules.Kind.OFFICE) {
            Matcher that = scan.that.region(main.verbEnd(), sentence.end());
            if (that.lookingAt()) {
                Clause inner = clause(scan, that.end(), sentence.end());
                if (inner != null) {
                    own = inner;
                    relay = main;
                }
            }
        }
        if (relay == null) {
            for (int k = next; k < starts.size(); k++) {
                if (starts.get(k) < own.verbEnd()) {
                    continue;
                }
                Clause trailing = clause(scan, starts.get(k), sentence.end());
                if (trailing != null && scan.trailingEnd.region(trailing.verbEnd(), sentence.end()).lookingAt()) {
                    relay = trailing;
                    break;
                }
            }
        }
        AttributionRules.Speaker speaker = own.named().speaker();
        int antecedent = -1;
        if (speaker == null) {
            AttributionRules.Kind kind = own.named().pronounKind();
            Attribution earlier = lastReporting.getOrDefault(kind, lastAny.get(kind));
            if (earlier == null) {
                return null; // a pronoun with nobody before it to stand for: no guessing
            }
            antecedent = earlier.sentence();
            return new Attribution(sentence.index(), earlier.speaker(), earlier.kind(), new Span(own.start(), own.speakerEnd()),
                    new Span(own.verbStart(), own.verbEnd()), own.verb(), category(own.verb(), earlier.kind()), antecedent,
                    relay == null ? null : new Span(relay.start(), relay.verbEnd()), relaySpeaker(relay));
        }
        return new Attribution(sentence.index(), speaker.id(), speaker.kind(), new Span(own.start(), own.speakerEnd()),
                new Span(own.verbStart(), own.verbEnd()), own.verb(), category(own.verb(), speaker.kind()), antecedent,
                relay == null ? null : new Span(relay.start(), relay.verbEnd()), relaySpeaker(relay));
    }

    private static String relaySpeaker(Clause relay) {
        if (relay == null) {
            return null;
        }
        return relay.named().speaker() != null ? relay.named().speaker().id() : null;
    }

    private static String category(VerbScale.ReportingVerb verb, AttributionRules.Kind kind) {
        return kind == AttributionRules.Kind.GROUP ? verb.jointCategory() : verb.category();
    }

    /** The sentence start (after opening quotes) and every place just after a comma, semicolon or colon. */
    private static List<Integer> clauseStarts(Scan scan, int start, int end) {
        String text = scan.text;
        List<Integer> starts = new ArrayList<>();
        Matcher opening = scan.opening.region(start, end);
        starts.add(opening.lookingAt() ? opening.end() : start);
        for (int i = start; i < end; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                Matcher after = scan.afterBreak.region(i + 1, end);
                int at = after.lookingAt() ? after.end() : i + 1;
                if (at < end && at > starts.get(starts.size() - 1)) {
                    starts.add(at);
                }
            }
        }
        return starts;
    }

    /** A speaker at {@code at} followed by a verb, the longest naming that works; or null. */
    private Clause clause(Scan scan, int at, int end) {
        String text = scan.text;
        Clause best = null;
        for (int n = 0; n < names.size(); n++) {
            Named named = names.get(n);
            if (at >= end || !named.mayStartWith(text.charAt(at))) {
                continue;
            }
            Matcher name = scan.names[n].region(at, end);
            if (!name.lookingAt() || name.end() == at || splitsWord(text, name.end(), end)) {
                continue;
            }
            if (best != null && name.end() <= best.speakerEnd()) {
                continue;
            }
            Matcher verb = scan.verbs.region(name.end(), end);
            if (!verb.lookingAt()) {
                continue;
            }
            best = new Clause(at, name.end(), verb.start("verb"), verb.end("verb"), named, entry(verb));
        }
        return best;
    }

    /** Whether a match ending at {@code at} stops inside a word ("He" in "Hence"). */
    private static boolean splitsWord(String text, int at, int end) {
        if (at >= end) {
            return true;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isLatinOrDigit(char c) {
        return (Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN);
    }

    private VerbScale.ReportingVerb entry(Matcher verb) {
        for (int i = 0; i < entries.size(); i++) {
            if (verb.start("v" + i) >= 0) {
                return entries.get(i);
            }
        }
        throw new IllegalStateException("a verb matched no entry");
    }
}
