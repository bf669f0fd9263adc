package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a rule file a user can read and replace ({@code topics.txt}, {@code verbs.txt},
 * {@code attribution.txt}) that says something: its number, counted from 1 for messages, and
 * its text without surrounding spaces.
 */
record RuleFileLine(int number, String text) {

    /** A rule file shipped beside these classes, read whole as UTF-8. */
    static String resource(String name) {
        try (java.io.InputStream in = RuleFileLine.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
