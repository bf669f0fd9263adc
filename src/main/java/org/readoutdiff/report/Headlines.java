package org.readoutdiff.report;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.compare.Summary;

/** The summary in one sentence a journalist can read aloud. */
public final class Headlines {

    private Headlines() {
    }

    public static String of(Summary summary) {
        List<String> parts = new ArrayList<>();
        add(parts, summary.substantiveChanges(), "substantive change", "substantive changes");
        add(parts, summary.moves(), "moved passage", "moved passages");
        add(parts, summary.leftOnly(), "sentence only in the left", "sentences only in the left");
        add(parts, summary.rightOnly(), "sentence only in the right", "sentences only in the right");
        add(parts, summary.punctuationChanges(), "punctuation change", "punctuation changes");
        add(parts, summary.boilerplateChanges(), "boilerplate change", "boilerplate changes");
        add(parts, summary.formatChanges(), "format change", "format changes");
        if (parts.isEmpty()) {
            return "No differences (white space aside).";
        }
        String sentence = String.join(", ", parts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
