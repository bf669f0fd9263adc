package org.readoutdiff.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Stems;

/**
 * The relayed reporting frames of a statement's sentences ("…, the spokesperson said", "The
 * spokesperson noted that …"), found by the {@link Attributor}: who relays a point is not part
 * of the point, so a changed wording is shown without the frame that one side adds around every
 * sentence.
 */
public final class ReportingFrames {

    private static final Pattern THAT = Pattern.compile("\\G\\s*(that\\b)?");
    /** A participle at the start of a sentence, after any opening mark, with a particle and "that". */
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile(
            "[\"'\u201C\u2018(]?\\s*(\\p{L}+ing)(\\s+(?:out|up|on|to))?(\\s+that)?\\s*,?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<Integer, Span> bySentence;
    /** Each sentence's own speaker and reporting verb ("President Xi Jinping stressed"). */
    private final Map<Integer, Span> speakers;
    /** The stems of the verbs of speech of the scale ("note" for "noted"), to know "Noting" by. */
    private final Set<String> speechStems;
    private final Stems stems;

    private ReportingFrames(Map<Integer, Span> bySentence, Map<Integer, Span> speakers, Set<String> speechStems,
                            Stems stems) {
        this.bySentence = bySentence;
        this.speakers = speakers;
        this.speechStems = speechStems;
        this.stems = stems;
    }

    /** @param verbs the scale the attributions were made with: its verbs of speech open sentences as participles */
    public static ReportingFrames of(List<Attribution> attributions, VerbScale verbs) {
        Map<Integer, Span> frames = new HashMap<>();
        Map<Integer, Span> speakers = new HashMap<>();
        for (Attribution attribution : attributions) {
            if (attribution.relay() != null) {
                frames.put(attribution.sentence(), attribution.relay());
            }
            if (attribution.speakerText() != null && attribution.verbText() != null) {
                speakers.putIfAbsent(attribution.sentence(), attribution.speakerText().union(attribution.verbText()));
            }
        }
        Stems stems = new Stems();
        return new ReportingFrames(frames, speakers, speechStems(verbs, stems), stems);
    }

    private static Set<String> speechStems(VerbScale scale, Stems stems) {
        Set<String> speech = new HashSet<>();
        for (VerbScale.ReportingVerb verb : scale.verbs()) {
            String first = verb.phrase().split("\\s+")[0];
            if (!verb.isAction() && first.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) {
                speech.add(stems.stem(first));
            }
        }
        return speech;
    }

    /** Whether a place (in sentence {@code sentence}) overlaps who speaks and how, or the relayed frame. */
    boolean overlapsFrame(int sentence, Span place) {
        Span speaker = speakers.get(sentence);
        Span relay = bySentence.get(sentence);
        return speaker != null && speaker.overlaps(place) || relay != null && relay.overlaps(place);
    }

    /**
     * Whether the wording (of sentence {@code sentence}) is nothing but who speaks and how: the
     * sentence's speaker and reporting verb with the "that" after them ("President Xi Jinping
     * stressed that"), its relayed frame, or the participle of a verb of speech that opens it
     * with its particle and "that" ("Noting that", "Pointing out that": a sentence in the
     * statement's own voice, to which the attribution rules give no speaker). Two sides report
     * the same point through different speakers; that is no formulation.
     */
    boolean onlyFrame(SegmentedStatement statement, int sentence, Span wording) {
        if (wording.isEmpty()) {
            return false;
        }
        String text = statement.text();
        Span speaker = speakers.get(sentence);
        if (speaker != null) {
            Matcher that = THAT.matcher(text);
            int end = that.find(speaker.end()) ? that.end() : speaker.end();
            if (wording.start() >= speaker.start() && wording.end() <= end) {
                return true;
            }
        }
        Span relay = bySentence.get(sentence);
        if (relay != null && wording.start() >= relay.start() && wording.end() <= relay.end()) {
            return true;
        }
        Span whole = statement.sentence(sentence).span();
        if (wording.start() < whole.start() || wording.end() > whole.end()) {
            return false;
        }
        Matcher participle = OPENING_PARTICIPLE.matcher(text).region(whole.start(), wording.end());
        return participle.matches() && speechStems.contains(stems.stem(participle.group(1)));
    }

    /**
     * The wording (of sentence {@code sentence}) less the sentence's frame where the frame ends
     * it ("since their San Francisco meeting, the spokesperson said") or starts it (with the
     * "that" after it). A frame in the middle of a wording, or one that is all of it, stays.
     */
    Span cut(String text, int sentence, Span wording) {
        Span frame = bySentence.get(sentence);
        if (frame == null || !frame.overlaps(wording)) {
            return wording;
        }
        if (frame.start() > wording.start() && frame.end() >= wording.end()) {
            return new Span(wording.start(), frame.start());
        }
        if (frame.start() <= wording.start() && frame.end() < wording.end()) {
            int start = frame.end();
            String rest = text.substring(start, wording.end());
            String afterThat = rest.replaceFirst("^(\\s+that\\b)?\\s*", "");
            return afterThat.isBlank() ? wording : new Span(start + rest.length() - afterThat.length(), wording.end());
        }
        return wording;
    }
}
