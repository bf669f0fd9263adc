package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a rule file a user can read and replace ({@code topics.txt}, {@code verbs.txt},
 * {@code attribution.txt}) that says something: its number, counted from 1 for messages, and
 * its text without surrounding spaces.
 */
record RuleFileLine(int number, String text) {

    /** The file's lines without blank ones, {@code #} comments and a leading byte-order mark. */
    static List<RuleFileLine> of(String file) {
        String[] lines = file.split("\\R", -1);
        List<RuleFileLine> said = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                said.add(new RuleFileLine(n + 1, line));
            }
        }
        return said;
    }
}
