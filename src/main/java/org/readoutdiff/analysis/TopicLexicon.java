package org.readoutdiff.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics and the terms (English and Chinese) that say a sentence addresses them. The format is
 * described at the top of the default lexicon, the resource {@code topics.txt} next to this
 * class: {@code [id] Label} lines, each followed by one term per line.
 */
public record TopicLexicon(List<Topic> topics) {

    private static final Pattern HEADER = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)]\\s*(.*?)(\\s*\\|\\s*theme)?");

    private static final TopicLexicon DEFAULT = load();

    public TopicLexicon {
        topics = List.copyOf(topics);
    }

    /**
     * One topic: an id for machines ("south-china-sea"), a label for people, its terms. A
     * {@code theme} is a recurring idea of the genre (guiding principles, the transition) rather
     * than an issue: it is counted and shown like any topic, but two sentences sharing only a
     * theme are not taken to address the same issue.
     */
    public record Topic(String id, String label, List<String> terms, boolean theme) {

        public Topic {
            terms = List.copyOf(terms);
        }
    }

    /** The lexicon for readouts between China and the United States that ships with readout-diff. */
    public static TopicLexicon defaults() {
        return DEFAULT;
    }

    /** The ids of the topics that are issues, not themes. */
    public java.util.Set<String> issueIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Topic topic : topics) {
            if (!topic.theme()) {
                ids.add(topic.id());
            }
        }
        return ids;
    }

    public static TopicLexicon empty() {
        return new TopicLexicon(List.of());
    }

    /**
     * Reads a lexicon from its text.
     *
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static TopicLexicon parse(String text) {
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        String label = null;
        boolean theme = false;
        List<String> terms = new ArrayList<>();
        for (RuleFileLine rule : RuleFileLine.of(text)) {
            int number = rule.number();
            String line = rule.text();
            if (line.startsWith("[")) {
                Matcher header = HEADER.matcher(line);
                if (!header.matches()) {
                    throw new IllegalArgumentException("line " + number
                            + ": a topic starts with [id] Label, the id in lower case letters, digits and hyphens: " + line);
                }
                if (id != null) {
                    topics.add(topic(id, label, terms, theme));
                }
                id = header.group(1);
                theme = header.group(3) != null;
                label = header.group(2).isBlank() ? id : header.group(2).strip();
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("line " + number + ": topic [" + id + "] is defined twice");
                }
                terms = new ArrayList<>();
            } else if (id == null) {
                throw new IllegalArgumentException("line " + number + ": term '" + line
                        + "' comes before any topic; start the file with a line such as [taiwan] Taiwan");
            } else {
                terms.add(line);
            }
        }
        if (id != null) {
            topics.add(topic(id, label, terms, theme));
        }
        return new TopicLexicon(topics);
    }

    private static Topic topic(String id, String label, List<String> terms, boolean theme) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("topic [" + id + "] has no terms");
        }
        return new Topic(id, label, terms, theme);
    }

    private static TopicLexicon load() {
        try (InputStream in = TopicLexicon.class.getResourceAsStream("topics.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource topics.txt");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
