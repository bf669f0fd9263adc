package org.readoutdiff.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readoutdiff.text.Span;

/**
 * The relayed reporting frames of a statement's sentences ("…, the spokesperson said", "The
 * spokesperson noted that …"), found by the {@link Attributor}: who relays a point is not part
 * of the point, so a changed wording is shown without the frame that one side adds around every
 * sentence.
 */
public final class ReportingFrames {

    private final Map<Integer, Span> bySentence;

    private ReportingFrames(Map<Integer, Span> bySentence) {
        this.bySentence = bySentence;
    }

    public static ReportingFrames of(List<Attribution> attributions) {
        Map<Integer, Span> frames = new HashMap<>();
        for (Attribution attribution : attributions) {
            if (attribution.relay() != null) {
                frames.put(attribution.sentence(), attribution.relay());
            }
        }
        return new ReportingFrames(frames);
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
