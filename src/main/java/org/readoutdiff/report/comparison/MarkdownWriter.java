package org.readoutdiff.report.comparison;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readoutdiff.report.MarkdownText;
import org.readoutdiff.report.SentenceLink;

/**
 * The Markdown summary of a comparison, fit for a CI step summary or a pull-request comment:
 * the verdict, the two statements, every substantive change in its context, the one-sided
 * sentences (by topic when topics were looked for), the topic coverage, the longest shared
 * formulations and the moves. Stays under {@code maxBytes}: what does not fit is counted and
 * named in a closing line, never silently dropped.
 */
public final class MarkdownWriter {

    /** GitHub's step summary and comments take 64 KiB; leave room for what a job adds. */
    public static final int DEFAULT_MAX_BYTES = 60 * 1024;
    /** Shared formulations listed, longest first; the HTML report lists them all. */
    static final int SHARED_PHRASES = 10;
    private static final int CONTEXT_CHARS = 60;

    private final int maxBytes;

    public MarkdownWriter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String write(ReportView report) {
        Budgeted md = new Budgeted(maxBytes);
        md.line("## " + MarkdownText.escape(report.title()));
        md.line("");
        md.line("**" + report.summary().verdict().toUpperCase(Locale.ROOT) + "** \u2014 "
                + MarkdownText.escape(report.summary().headline()) + " Similarity " + report.summary().similarityPercent()
                + ".");
        md.line("");
        md.line("| | left | right |");
        md.line("|---|---|---|");
        md.line("| statement | " + cell(report.left().label()) + " | " + cell(report.right().label()) + " |");
        md.line("| issuer | " + cell(report.left().issuer()) + " | " + cell(report.right().issuer()) + " |");
        md.line("| date | " + cell(report.left().date()) + " | " + cell(report.right().date()) + " |");
        md.line("| source | " + cell(report.left().sourceUrl()) + " | " + cell(report.right().sourceUrl()) + " |");
        md.line("| sentences | " + report.left().sentences() + " | " + report.right().sentences() + " |");
        md.line("| SHA-256 | `" + report.left().sha256().substring(0, 12) + "\u2026` | `"
                + report.right().sha256().substring(0, 12) + "\u2026` |");
        md.line("");
        md.line("Mode: " + MarkdownText.escape(report.modeReason()) + ".");
        if (report.degradedReason() != null) {
            md.line("");
            md.line("> **Coarser than usual:** " + MarkdownText.escape(report.degradedReason()) + ".");
        }
        writeFormulations(md, report.counterparts());
        writeChanges(md, report);
        writeOneSided(md, report.counterparts().leftOnly(), "left", report.left().label());
        writeOneSided(md, report.counterparts().rightOnly(), "right", report.right().label());
        writeTopics(md, report.counterparts().topics());
        writeSharedPhrases(md, report.counterparts());
        writeMoves(md, report);
        md.finish();
        return md.toString();
    }

    private static void writeChanges(Budgeted md, ReportView report) {
        List<ChangeView> substantive = report.changes().stream().filter(c -> !c.minor()).toList();
        int minor = report.changes().size() - substantive.size();
        if (substantive.isEmpty() && minor == 0) {
            return;
        }
        md.line("");
        md.line("### Substantive changes (" + substantive.size() + ")");
        md.line("");
        for (ChangeView change : substantive) {
            String entry = "- **" + change.id() + "** " + change.leftIds() + " \u2192 " + change.rightIds() + ": "
                    + inContext(change);
            if (!md.item(entry)) {
                md.cut(substantive.size() - substantive.indexOf(change), "substantive changes");
                break;
            }
        }
        if (minor > 0) {
            md.line("");
            md.line("Also " + minor + " punctuation, format or boilerplate change" + (minor == 1 ? "" : "s")
                    + ", not listed here.");
        }
    }

    /** The change with a little of its sentence around it: "…on ~~16~~ **15** November…". */
    private static String inContext(ChangeView change) {
        StringBuilder out = new StringBuilder(MarkdownText.escape(change.before()));
        if (!change.leftText().isEmpty()) {
            out.append("~~").append(MarkdownText.escape(change.leftText())).append("~~");
        }
        if (!change.rightText().isEmpty()) {
            out.append(change.leftText().isEmpty() ? "" : " ").append("**")
                    .append(MarkdownText.escape(change.rightText())).append("**");
        }
        return out.append(MarkdownText.escape(change.after())).toString();
    }

    private static void writeOneSided(Budgeted md, List<TopicGroup> groups, String side, String label) {
        int count = groups.stream().mapToInt(g -> g.sentences().size()).sum();
        if (count == 0) {
            return;
        }
        md.line("");
        md.line("### Only in the " + side + " (" + MarkdownText.escape(label) + "): " + count);
        md.line("");
        int written = 0;
        for (TopicGroup group : groups) {
            String topic = group.id() == null ? "" : " _" + MarkdownText.escape(group.label()) + "_";
            for (OneSidedView sentence : group.sentences()) {
                String entry = "- **" + sentence.id() + "**" + topic + (sentence.boilerplate() ? " (boilerplate)" : "")
                        + ": " + MarkdownText.escape(shorten(sentence.text(), 3 * CONTEXT_CHARS));
                if (!md.item(entry)) {
                    md.cut(count - written, "sentences only in the " + side);
                    return;
                }
                written++;
            }
        }
    }

    private static void writeTopics(Budgeted md, List<TopicView> topics) {
        List<TopicView> addressed = topics.stream().filter(t -> !t.coverage().equals("neither")).toList();
        if (addressed.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Topics");
        md.line("");
        md.line("| topic | left | right |");
        md.line("|---|---|---|");
        for (TopicView topic : addressed) {
            String entry = "| " + MarkdownText.escape(topic.label()) + " | " + places(topic.left()) + " | "
                    + places(topic.right()) + " |";
            if (!md.item(entry)) {
                md.cut(addressed.size() - addressed.indexOf(topic), "topics");
                return;
            }
        }
    }

    private static String places(List<SentenceLink> links) {
        if (links.isEmpty()) {
            return "\u2014";
        }
        return links.size() + " (" + links.stream().map(SentenceLink::id).collect(Collectors.joining(", ")) + ")";
    }

    /** Counterparts mode: the formulation changes that matter most, ranked, as the HTML report lists them. */
    private static void writeFormulations(Budgeted md, CounterpartsView counterparts) {
        List<FormulationChangeView> rows = counterparts.formulations();
        if (rows.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Formulation changes (" + rows.size() + " most telling of "
                + (rows.size() + counterparts.formulationsNotShown()) + ")");
        md.line("");
        for (FormulationChangeView row : rows) {
            String entry = row.rank() + ". " + wording(row.left(), row.leftText(), "not in the left") + " → "
                    + wording(row.right(), row.rightText(), "not in the right") + " _(" + row.kind()
                    + (row.topic() == null ? "" : ", " + MarkdownText.escape(row.topic())) + ": "
                    + MarkdownText.escape(row.reasons()) + ")_";
            if (!md.item(entry)) {
                md.cut(rows.size() - rows.indexOf(row), "formulation changes");
                return;
            }
        }
    }

    private static String wording(SentenceLink sentence, String text, String absent) {
        return text == null ? "_" + absent + "_"
                : "**" + sentence.id() + "** “" + MarkdownText.escape(shorten(text, 3 * CONTEXT_CHARS)) + "”";
    }

    private static void writeSharedPhrases(Budgeted md, CounterpartsView counterparts) {
        List<SharedPhraseView> phrases = counterparts.sharedPhrases();
        if (phrases.isEmpty()) {
            return;
        }
        int total = phrases.size() + counterparts.sharedPhrasesNotShown();
        md.line("");
        md.line("### Shared formulations (" + Math.min(SHARED_PHRASES, phrases.size()) + " longest of " + total + ")");
        md.line("");
        List<SharedPhraseView> longest = phrases.stream()
                .sorted(Comparator.comparingInt((SharedPhraseView p) -> -p.text().length()))
                .limit(SHARED_PHRASES).toList();
        for (SharedPhraseView phrase : longest) {
            String entry = "- \u201c" + MarkdownText.escape(shorten(phrase.text(), 3 * CONTEXT_CHARS)) + "\u201d ("
                    + ids(phrase.left()) + "; " + ids(phrase.right()) + ")";
            if (!md.item(entry)) {
                md.cut(longest.size() - longest.indexOf(phrase), "shared formulations");
                return;
            }
        }
    }

    private static String ids(List<SentenceLink> links) {
        return links.stream().map(SentenceLink::id).collect(Collectors.joining(", "));
    }

    private static void writeMoves(Budgeted md, ReportView report) {
        List<RowView> moves = report.rows().stream().filter(r -> r.kind().equals("moved-here")).toList();
        if (moves.isEmpty()) {
            return;
        }
        md.line("");
        md.line("### Moved");
        md.line("");
        for (RowView row : moves) {
            if (!md.item("- " + row.rightIds() + ": " + MarkdownText.escape(row.note()))) {
                md.cut(moves.size() - moves.indexOf(row), "moves");
                return;
            }
        }
    }

    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end) + "\u2026";
    }

    private static String cell(String value) {
        return value == null || value.isBlank() ? "\u2014" : MarkdownText.escape(value);
    }

    /** A Markdown document that refuses items once its byte budget is spent. */
    public static final class Budgeted {

        private static final int RESERVE = 600;
        private final StringBuilder out = new StringBuilder();
        private final List<String> cuts = new java.util.ArrayList<>();
        private final int maxBytes;
        private int bytes;
        private boolean full;

        public Budgeted(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        public void line(String text) {
            if (!full) {
                out.append(text).append('\n');
                bytes += utf8Length(text) + 1;
            }
        }

        public boolean item(String text) {
            if (full || bytes + utf8Length(text) + 1 > maxBytes - RESERVE) {
                full = true;
                return false;
            }
            line(text);
            return true;
        }

        /** Records that {@code count} items of a section did not fit; {@link #finish} names them all. */
        public void cut(int count, String what) {
            cuts.add(count + " " + what);
        }

        public void finish() {
            if (!cuts.isEmpty()) {
                out.append("\n_Cut to stay under ").append(maxBytes / 1024).append(" KB, not shown here: ")
                        .append(String.join(", ", cuts)).append(". The HTML and JSON reports are complete._\n");
            }
        }

        private static int utf8Length(String text) {
            int length = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return length;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
