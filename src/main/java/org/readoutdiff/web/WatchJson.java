package org.readoutdiff.web;

import java.util.List;
import org.readoutdiff.service.StoredWatch;

/**
 * A watch as the API gives it (DESIGN § Watches): its settings, its last check and last error,
 * and {@code versions}, oldest first, each {@code {statementId, sha256, fetchedAt, comparisonId}}
 * and more. The webhook address is shown without its path, which often holds a token.
 */
public record WatchJson(String id, String url, String label, String issuer, String meeting, String selector,
                        int intervalMinutes, boolean notifyMinor, String webhook, String createdAt,
                        String nextCheckAt, String lastCheckedAt, String lastChangedAt, String lastOutcome,
                        String lastError, int failures, long checks, int versionCount, String feed,
                        List<Version> versions) {

    /** One version; {@code webhook} is none, pending, sent or failed. */
    public record Version(int number, String statementId, String sha256, String textSha256, String fetchedAt,
                          int httpStatus, String url, String comparisonId, String verdict, boolean notified,
                          String webhook, String webhookError, String permalink, String citation, String warc,
                          List<StoredWatch.Change> changes) {
    }

    public record Listing(int count, List<WatchJson> watches) {
    }

    static WatchJson of(StoredWatch w, boolean withVersions) {
        return new WatchJson(w.id(), w.url(), w.label(), w.issuer(), w.meeting(), w.selector(), w.intervalMinutes(),
                w.notifyMinor(), WatchViews.webhookHost(w.webhookUrl()), text(w.createdAt()), text(w.nextCheckAt()),
                text(w.lastCheckedAt()), text(w.lastChangedAt()), w.lastOutcome(), w.lastError(), w.failures(),
                w.checks(), w.versionCount(), "/watches/" + w.id() + "/feed.atom",
                withVersions ? w.versions().stream().map(v -> new Version(v.number(), v.statementId(), v.sha256(),
                        v.textSha256(), v.fetchedAt().toString(), v.httpStatus(), v.finalUrl(), v.comparisonId(),
                        v.verdict(), v.notified(), v.webhookState(), v.webhookError(),
                        v.comparisonId() == null ? null : "/comparisons/" + v.comparisonId(),
                        "/statements/" + v.statementId() + "/v/" + v.number(),
                        "/watches/" + w.id() + "/versions/" + v.number() + ".warc", v.changes())).toList() : null);
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
