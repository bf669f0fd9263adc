package org.readoutdiff.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.compare.Verdict;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.storage.ComparisonEntity;
import org.readoutdiff.storage.ComparisonListing;
import org.readoutdiff.storage.SeriesEntity;
import org.readoutdiff.storage.PublicIds;
import org.readoutdiff.storage.StatementEntity;
import org.readoutdiff.storage.StatementListing;
import org.readoutdiff.storage.StoredResult;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** Between the database's entities and the library's records, both ways. */
final class LibraryRecords {

    private LibraryRecords() {
    }

    static StatementEntity entity(StatementUpload upload, Statement statement) {
        StatementEntity entity = new StatementEntity();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StatementMetadata metadata = upload.metadata();
        entity.id = PublicIds.next();
        entity.sha256 = statement.sha256();
        entity.label = statement.label().length() > StatementLibrary.MAX_LABEL
                ? statement.label().substring(0, StatementLibrary.MAX_LABEL) : statement.label();
        entity.issuer = metadata.issuer();
        entity.meeting = metadata.meeting();
        entity.publishedOn = metadata.date();
        entity.sourceUrl = metadata.sourceUrl();
        entity.fileName = upload.isPasted() ? null : StatementRules.baseName(upload.fileName());
        entity.format = upload.isPasted() ? "pasted" : format(upload.fileName());
        entity.byteCount = upload.bytes().length;
        entity.charCount = statement.text().length();
        entity.retrievedAt = metadata.retrievedAt() == null ? now.truncatedTo(ChronoUnit.SECONDS)
                : StatementRules.instant(metadata.retrievedAt());
        entity.storedAt = now;
        entity.content = statement.text();
        return entity;
    }

    static String format(String fileName) {
        String extension = new StatementSource(fileName, new byte[0], null).extension().toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "htm", "xhtml" -> "html";
            case "markdown" -> "md";
            case "", "text" -> "txt";
            default -> extension;
        };
    }

    static Statement asStatement(StoredStatement stored) {
        return new Statement(stored.label(), stored.text(), stored.sha256(), stored.metadata());
    }

    static StoredStatement stored(StatementEntity s, boolean withText) {
        return new StoredStatement(s.id, s.sha256, s.label, metadata(s.issuer, s.meeting, s.publishedOn, s.sourceUrl,
                s.retrievedAt), s.fileName, s.format, s.byteCount, s.charCount, s.storedAt, withText ? s.content : null);
    }

    static StoredStatement stored(StatementListing s) {
        return new StoredStatement(s.id(), s.sha256(), s.label(), metadata(s.issuer(), s.meeting(), s.publishedOn(),
                s.sourceUrl(), s.retrievedAt()), s.fileName(), s.format(), s.byteCount(), s.charCount(), s.storedAt(), null);
    }

    static StatementMetadata metadata(String issuer, String meeting, String date, String sourceUrl,
                                              Instant retrievedAt) {
        return new StatementMetadata(issuer, meeting, date, sourceUrl, retrievedAt == null ? null : retrievedAt.toString());
    }

    static StoredComparison stored(ComparisonEntity c, StoredStatement left, StoredStatement right) {
        return new StoredComparison(c.id, relabelled(left, c.leftLabel), relabelled(right, c.rightLabel),
                options(c),
                c.engineVersion, c.resultMode, c.verdict, c.degraded, c.createdAt, c.json(), c.published);
    }

    /** A stored series; its statements in the series' order, each under its label in the series. */
    static StoredSeries stored(SeriesEntity series, List<StoredStatement> statements) {
        List<StoredStatement> labelled = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            labelled.add(relabelled(statements.get(i), series.members.get(i).label));
        }
        return new StoredSeries(series.id, labelled, options(series),
                series.engineVersion, series.verdict, series.degraded, series.createdAt, series.json());
    }

    /** The options a stored result ran with. */
    private static ComparisonOptions options(StoredResult result) {
        return options(result.requestedMode, result.ignoreCase, result.timeBudgetMillis);
    }

    /** Options as a stored result or a comparison job records them. */
    static ComparisonOptions options(String requestedMode, boolean ignoreCase, long timeBudgetMillis) {
        return ComparisonOptions.defaults()
                .withMode(Mode.parse(requestedMode))
                .withIgnoreCase(ignoreCase)
                .withTimeBudget(Duration.ofMillis(timeBudgetMillis));
    }

    /** Records a result: its options, engine, verdict, whether coarser, the time now, and the JSON. */
    static void result(StoredResult entity, ComparisonOptions options, String engineVersion, Verdict verdict,
                       boolean degraded, ByteArrayOutputStream json) {
        entity.requestedMode = options.mode().label();
        entity.ignoreCase = options.ignoreCase();
        entity.timeBudgetMillis = options.timeBudget().toMillis();
        entity.engineVersion = engineVersion;
        entity.verdict = verdict.label();
        entity.degraded = degraded;
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.json(json.toString(StandardCharsets.UTF_8));
    }

    static StoredStatement relabelled(StoredStatement s, String label) {
        return new StoredStatement(s.id(), s.sha256(), label, s.metadata(), s.fileName(), s.format(), s.byteCount(),
                s.charCount(), s.storedAt(), s.text());
    }

    static ComparisonSummary summary(ComparisonListing c) {
        return new ComparisonSummary(c.id(), c.leftStatementId(), c.leftLabel(), c.rightStatementId(), c.rightLabel(),
                c.mode(), c.verdict(), c.createdAt());
    }

    static StoredStatement without(StoredStatement s) {
        return new StoredStatement(s.id(), s.sha256(), s.label(), s.metadata(), s.fileName(), s.format(), s.byteCount(),
                s.charCount(), s.storedAt(), null);
    }

}
