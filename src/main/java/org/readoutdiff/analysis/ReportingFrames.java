package org.readoutdiff.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.Span;

/**
 * The relayed reporting frames of a statement's sentences ("…, the spokesperson said", "The
 * spokesperson noted that …"), found by the {@link Attributor}: who relays a point is not part
 * of the point, so a changed wording is shown without the frame that one side adds around every
 * sentence.
 */
public final class ReportingFrames {

    private static final Pattern THAT = Pattern.compile("\\G\\s*(that\\b)?");

    private final Map<Integer, Span> bySentence;
    /** Each sentence's own speaker and reporting verb ("President Xi Jinping stressed"). */
    private final Map<Integer, Span> speakers;

    private ReportingFrames(Map<Integer, Span> bySentence, Map<Integer, Span> speakers) {
        this.bySentence = bySentence;
        this.speakers = speakers;
    }

    public static ReportingFrames of(List<Attribution> attributions) {
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
        return new ReportingFrames(frames, speakers);
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
     * stressed that"), or its relayed frame. Two sides report the same point through different
     * speakers; that is no formulation.
     */
    boolean onlyFrame(String text, int sentence, Span wording) {
        if (wording.isEmpty()) {
            return false;
        }
        Span speaker = speakers.get(sentence);
        if (speaker != null) {
            Matcher that = THAT.matcher(text);
            int end = that.find(speaker.end()) ? that.end() : speaker.end();
            if (wording.start() >= speaker.start() && wording.end() <= end) {
                return true;
            }
        }
        Span relay = bySentence.get(sentence);
        return relay != null && wording.start() >= relay.start() && wording.end() <= relay.end();
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
