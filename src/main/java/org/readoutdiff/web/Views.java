package org.readoutdiff.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.service.ComparisonSummary;
import org.readoutdiff.service.StoredStatement;

/** What the Qute pages show, as plain values (formatted here, escaped by Qute). */
public final class Views {

    private Views() {
    }

    /** The limits a person needs to know before uploading. */
    public record Limits(String fileSize, String textSize, int labelChars, String types, String timeBudget) {
    }

    public record Home(Limits limits, List<Side> sides, List<Option> modes, List<StatementRow> recent) {
    }

    /** One of the two statement fieldsets of the form; {@code name} prefixes its field names. */
    public record Side(String name, String legend, String labelHint) {
    }

    public record Option(String value, String text, boolean selected) {
    }

    public record StatementRow(String id, String label, String issuer, String meeting, String date, String sourceUrl,
                               boolean sourceIsLink, String retrieved, String format, String size, String sha256) {
    }

    public record Library(List<StatementRow> statements, List<Option> meetings, List<Option> issuers,
                          List<Option> choices, List<Option> modes, boolean filtered) {
    }

    public record VersionRow(StatementRow statement, boolean current, String previousId) {
    }

    public record ComparisonRow(String id, String leftLabel, String rightLabel, String mode, String verdict,
                                String created) {
    }

    public record StatementPage(StatementRow statement, String fileName, String characters, List<String> paragraphs,
                                List<VersionRow> versions, List<ComparisonRow> comparisons, List<Option> others,
                                List<Option> modes) {
    }

    public record Problem(int status, String title, String message) {
    }

    /** A comparison job that is not done yet (docs/web.md: "Several replicas"). */
    public record JobPage(String id, String state, String claimedBy, String createdAt, String comparisonId,
                          int reloadSeconds) {
    }

    /** The strip above a report: where it came from and its other formats. */
    public record ReportHeader(String id, String created, String engineVersion, String storedEngineVersion,
                               boolean recomputed, String leftId, String rightId, Publishing publishing) {
    }

    /**
     * The publish toggle of a report: shown with accounts on, to the team that owns the comparison
     * (an editor may use it); anyone else who sees a published report is told it is published.
     */
    public record Publishing(boolean accounts, boolean published, boolean owner, boolean editor) {
    }

    /** The page with the publish toggle of one comparison. */
    public record PublishingPage(String id, String leftLabel, String rightLabel, boolean published) {
    }

    /** The form of a series: the base and the slots for others, or stored statements to choose from. */
    public record SeriesForm(Limits limits, Side base, List<Side> others, int maxOthers, List<Option> choices,
                          int choiceRows, List<Option> modes) {
    }

    /** The strip above a series's report; {@code statements} are ids (value) and short names (text). */
    public record SeriesHeader(String id, String created, String engineVersion, String storedEngineVersion,
                            boolean recomputed, List<Option> statements) {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static StatementRow row(StoredStatement s) {
        String url = s.metadata().sourceUrl();
        boolean link = ReportViews.link(url) != null;
        return new StatementRow(s.id(), s.label(), s.metadata().issuer(), s.metadata().meeting(), s.metadata().date(),
                url, link, time(s.metadata().retrievedAt()), s.format(), size(s.byteCount()), s.sha256());
    }

    static ComparisonRow row(ComparisonSummary c) {
        return new ComparisonRow(c.id(), c.leftLabel(), c.rightLabel(), c.mode(), c.verdict(), time(c.createdAt()));
    }

    static List<Option> modes(Mode selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("auto", "worked out from the texts", selected == Mode.AUTO));
        options.add(new Option("versions", "versions of one statement", selected == Mode.VERSIONS));
        options.add(new Option("counterparts", "counterparts (two accounts)", selected == Mode.COUNTERPARTS));
        return options;
    }

    static List<Option> choices(List<StoredStatement> statements) {
        return statements.stream().map(s -> new Option(s.id(), choiceText(s), false)).toList();
    }

    static String choiceText(StoredStatement s) {
        StringBuilder text = new StringBuilder(s.label());
        for (String part : new String[] {s.metadata().issuer(), s.metadata().meeting(), s.metadata().date()}) {
            if (part != null) {
                text.append(" · ").append(part);
            }
        }
        return text.toString();
    }

    static String time(String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            return MINUTES.format(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    static String time(Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }

    static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f KB", Math.max(1, Math.ceil(bytes / 1e3)));
    }
}
