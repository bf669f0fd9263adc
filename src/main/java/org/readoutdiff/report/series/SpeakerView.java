package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.report.SentenceLink;

/** A speaker and everything the statements attribute to them, statement by statement. */
public record SpeakerView(String id, String label, String kind, int count, List<SpeakerLine> lines) {

    public SpeakerView {
        lines = List.copyOf(lines);
    }

    /** One attributed sentence: which statement, the sentence, its verb. */
    public record SpeakerLine(String shortName, String statementLabel, SentenceLink sentence, String verb,
                              int strength, String category, String text, String language) {
    }
}
