package org.readoutdiff.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.report.VisibleText;
import org.readoutdiff.service.SentenceCitation;
import org.readoutdiff.service.StoredWatch;

/** What the watch pages, the citation page and the Atom feeds show, as plain values (escaped by Qute). */
public final class WatchViews {

    private WatchViews() {
    }

    public record Row(String id, String label, String url, boolean urlIsLink, String issuer, String meeting,
                      String interval, String lastChecked, String outcome, boolean failing, String lastError,
                      String nextCheck, int versions, String lastChanged) {
    }

    public record Listing(java.util.List<Row> watches, int defaultInterval, int minInterval) {
    }

    public record Change(String kind, String before, String after, String sentence, boolean substantive) {
    }

    public record Version(int number, String snapshotId, String statementId, String fetched, String sha256,
                          String textSha256, String comparisonId, String verdict, boolean substantive,
                          boolean notified, String webhook, java.util.List<Change> changes) {
    }

    public record Page(Row watch, String selector, String notifies, String webhook, java.util.List<Version> versions) {
    }

    public record VersionLink(int number, String statementId, boolean current, String fetched) {
    }

    public record SentenceRow(String id, String text, String appears, String missing) {
    }

    public record Citation(String statementId, String label, String sourceUrl, boolean sourceIsLink, String watchId,
                           int number, String sha256, String textSha256, String fetched,
                           java.util.List<VersionLink> versions, java.util.List<SentenceRow> sentences) {
    }

    public record FeedEntry(String id, String title, String link, String updated, String summary, String content) {
    }

    public record Feed(String id, String title, String self, String alternate, String updated,
                       java.util.List<FeedEntry> entries) {
    }

    static Row row(StoredWatch w) {
        String outcome = switch (w.lastOutcome() == null ? "" : w.lastOutcome()) {
            case "new-version" -> "new version";
            case "unchanged" -> "unchanged";
            case "not-modified" -> "not modified (304)";
            case "error" -> "failed" + (w.failures() > 1 ? " " + w.failures() + " times in a row" : "");
            default -> "not checked yet";
        };
        return new Row(w.id(), w.label(), w.url(), ReportViews.link(w.url()) != null, w.issuer(), w.meeting(),
                interval(w.intervalMinutes()), Views.time(w.lastCheckedAt()), outcome, "error".equals(w.lastOutcome()),
                w.lastError(), Views.time(w.nextCheckAt()), w.versionCount(), Views.time(w.lastChangedAt()));
    }

    static Page page(StoredWatch w) {
        java.util.List<Version> versions = new ArrayList<>();
        for (StoredWatch.Version v : w.versions()) {
            versions.add(0, version(v));
        }
        String notifies = w.notifyMinor() ? "every change (format-only and boilerplate too)" : "substantive changes";
        return new Page(row(w), w.selector(), notifies, webhookHost(w.webhookUrl()), versions);
    }

    static Version version(StoredWatch.Version v) {
        return new Version(v.number(), v.snapshotId(), v.statementId(), Views.time(v.fetchedAt()), v.sha256(),
                v.textSha256(), v.comparisonId(), v.verdict() == null ? "first version" : v.verdict(),
                "substantive".equals(v.verdict()), v.notified(), v.webhookState(),
                v.changes().stream().map(c -> new Change(c.kind(), c.before(), c.after(), c.sentence(), c.substantive()))
                        .toList());
    }

    /** A webhook address shown without its path, which often holds a token. */
    static String webhookHost(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getAuthority() + "/…";
        } catch (IllegalArgumentException e) {
            return "(set)";
        }
    }

    static Citation citation(SentenceCitation c) {
        java.util.List<VersionLink> versions = c.versions().stream().map(v -> new VersionLink(v.number(),
                v.statementId(), v.number() == c.number(), Views.time(v.fetchedAt()))).toList();
        java.util.List<SentenceRow> sentences = new ArrayList<>();
        for (SentenceCitation.Sentence s : c.sentences()) {
            StringBuilder appears = new StringBuilder();
            StringBuilder missing = new StringBuilder();
            for (int i = 0; i < s.appearsIn().size(); i++) {
                StringBuilder to = s.appearsIn().get(i) ? appears : missing;
                to.append(to.length() == 0 ? "" : ", ").append(c.versions().get(i).number());
            }
            sentences.add(new SentenceRow(s.id(), s.text(), appears.toString(), missing.toString()));
        }
        return new Citation(c.statementId(), c.label(), c.sourceUrl(), ReportViews.link(c.sourceUrl()) != null,
                c.watchId(), c.number(), c.sha256(), c.textSha256(), Views.time(c.fetchedAt()), versions, sentences);
    }

    static FeedEntry entry(StoredWatch.Entry e, String base) {
        StoredWatch.Version v = e.version();
        java.util.List<StoredWatch.Change> told = v.changes().stream().filter(StoredWatch.Change::substantive).toList();
        if (told.isEmpty()) {
            told = v.changes();
        }
        long removed = told.stream().filter(c -> c.kind().equals("removed")).count();
        long added = told.stream().filter(c -> c.kind().equals("added")).count();
        long edits = told.size() - removed - added;
        String summary = String.format(Locale.ROOT, "%s: %d change%s inside sentences, %d sentence%s removed, %d added "
                        + "(version %d, fetched %s)", v.verdict(), edits, edits == 1 ? "" : "s", removed,
                removed == 1 ? "" : "s", added, v.number(), Views.time(v.fetchedAt()));
        StringBuilder content = new StringBuilder(summary).append("\n\n");
        for (StoredWatch.Change c : told) {
            switch (c.kind()) {
                case "removed" -> content.append("Removed: \"").append(c.before()).append("\"\n");
                case "added" -> content.append("Added: \"").append(c.after()).append("\"\n");
                default -> content.append(c.kind()).append(": \"").append(c.before()).append("\" → \"").append(c.after())
                        .append("\"\n    in: \"").append(c.sentence()).append("\"\n");
            }
        }
        String link = base + "/comparisons/" + v.comparisonId();
        content.append("\nReport: ").append(link).append("\nVersion: ").append(base).append("/statements/")
                .append(v.statementId()).append("/v/").append(v.number()).append("\nSHA-256 of the page: ")
                .append(v.sha256()).append('\n');
        return new FeedEntry("urn:readout-diff:watch-version:" + v.snapshotId(),
                xml(e.watch().label() + ": " + v.verdict() + " change (version " + v.number() + ")"), link,
                v.fetchedAt().toString(), xml(summary), xml(content.toString()));
    }

    static Feed feed(String id, String title, String self, String alternate, java.util.List<StoredWatch.Entry> entries,
                     String base) {
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).version().fetchedAt();
        return new Feed(id, xml(title), self, alternate, updated.toString(),
                entries.stream().map(e -> entry(e, base)).toList());
    }

    /**
     * Text as XML 1.0 may carry it: invisible characters shown as ⟨U+…⟩ (as on every page), and
     * the control characters XML forbids written the same way rather than breaking the feed.
     */
    static String xml(String text) {
        String visible = VisibleText.of(text);
        StringBuilder out = new StringBuilder(visible.length());
        visible.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (allowed) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(Locale.ROOT, "\u27e8U+%04X\u27e9", cp));
            }
        });
        return out.toString();
    }

    static String interval(int minutes) {
        if (minutes % 1440 == 0) {
            return minutes / 1440 + (minutes == 1440 ? " day" : " days");
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + (minutes == 60 ? " hour" : " hours");
        }
        return minutes + " minutes";
    }
}
