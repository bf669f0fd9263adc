package org.readoutdiff.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.Audit;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.ingest.CssSelectors;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.storage.Gzip;
import org.readoutdiff.storage.PublicIds;
import org.readoutdiff.storage.WatchEntity;
import org.readoutdiff.storage.WatchRepository;
import org.readoutdiff.storage.WatchSnapshotEntity;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Watched pages (issue 14): the one facade the web, the command line and the scheduler use.
 *
 * <p>A check claims the watch in the database first ({@link WatchRepository#claim}), so that of
 * the scheduler of several replicas and a "check now" only one fetches it; then fetches
 * ({@link PageFetcher}), reads the page as an upload is read (with the watch's CSS selector when
 * it has one), and keeps a new version only when the extracted text changed: the statement in
 * the library, the raw bytes with their headers, the two SHA-256s. A new version is compared with
 * the one before in versions mode (a stored comparison with its permalink); a substantive verdict
 * (or any change, when the watch asks) makes it a feed entry and, when a webhook is set, a
 * delivery that is retried with back-off. The due time moves on after every check, from the
 * check's own time; a failure moves it by the interval doubled for each failure in a row.
 */
@ApplicationScoped
public class Watches {

    private static final Logger LOG = Logger.getLogger(Watches.class);
    static final int DEFAULT_INTERVAL = 60;
    static final int MIN_INTERVAL = 5;
    static final int MAX_INTERVAL = 7 * 24 * 60;
    private static final int MAX_SELECTOR = 500;
    private static final int MAX_LISTED = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final WatchRepository watches;
    private final StatementLibrary library;
    private final ComparisonService service;
    private final PageFetcher fetcher;
    private final Duration claim;
    private final Duration maxBackoff;
    private final String webhookUrl;
    private final String webhookSecret;
    private final Duration webhookBackoff;
    private final int webhookAttempts;
    private final String publicUrl;

    /** Whose watches these are (accounts, issue 15), and the audit trail. */
    @jakarta.inject.Inject
    Access access;
    @jakarta.inject.Inject
    Audit audit;

    public Watches(WatchRepository watches, StatementLibrary library, ComparisonService service, PageFetcher fetcher,
                   @ConfigProperty(name = "readout-diff.watch.claim") Duration claim,
                   @ConfigProperty(name = "readout-diff.watch.max-backoff") Duration maxBackoff,
                   @ConfigProperty(name = "readout-diff.watch.webhook-url", defaultValue = " ") String webhookUrl,
                   @ConfigProperty(name = "readout-diff.watch.webhook-secret", defaultValue = " ") String webhookSecret,
                   @ConfigProperty(name = "readout-diff.watch.webhook-backoff") Duration webhookBackoff,
                   @ConfigProperty(name = "readout-diff.watch.webhook-attempts") int webhookAttempts,
                   @ConfigProperty(name = "readout-diff.public-url") String publicUrl) {
        this.watches = watches;
        this.library = library;
        this.service = service;
        this.fetcher = fetcher;
        this.claim = claim;
        this.maxBackoff = maxBackoff;
        this.webhookUrl = StatementRules.blankToNull(webhookUrl);
        this.webhookSecret = StatementRules.blankToNull(webhookSecret);
        this.webhookBackoff = webhookBackoff;
        this.webhookAttempts = Math.max(1, webhookAttempts);
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    // ---- managing watches

    public StoredWatch add(WatchRequest request) throws InputProblem {
        if (request == null || StatementRules.blankToNull(request.url()) == null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "a watch needs \"url\": the address of the page to watch");
        }
        URI url = checkedUrl("url", request.url());
        String webhook = StatementRules.blankToNull(request.webhookUrl());
        if (webhook != null) {
            checkedUrl("webhookUrl", webhook);
        }
        int interval = request.intervalMinutes() == null ? DEFAULT_INTERVAL : request.intervalMinutes();
        if (interval < MIN_INTERVAL || interval > MAX_INTERVAL) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "intervalMinutes must be between " + MIN_INTERVAL
                    + " and " + MAX_INTERVAL + " (a week); " + interval + " was given");
        }
        String selector = StatementRules.blankToNull(request.selector());
        if (selector != null) {
            if (selector.length() > MAX_SELECTOR) {
                throw new InputProblem(InputProblem.Kind.TOO_LARGE, "the selector has " + selector.length()
                        + " characters, more than the limit of " + MAX_SELECTOR);
            }
            String problem = CssSelectors.problem(selector);
            if (problem != null) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, problem);
            }
        }
        String label = StatementRules.blankToNull(request.label());
        // the label, issuer, meeting and URL are held to the rules of any statement's metadata
        StatementUpload fields = library.rules().check(new StatementUpload("watch.html", new byte[] {1},
                label == null ? url.getHost() : label,
                new StatementMetadata(request.issuer(), request.meeting(), null, url.toString(), null)));
        WatchEntity watch = new WatchEntity();
        Instant now = now();
        watch.id = PublicIds.next();
        watch.url = url.toString();
        watch.label = fields.label();
        watch.issuer = fields.metadata().issuer();
        watch.meeting = fields.metadata().meeting();
        watch.selector = selector;
        watch.intervalMinutes = interval;
        watch.notifyMinor = Boolean.TRUE.equals(request.notifyMinor());
        watch.webhookUrl = webhook;
        watch.createdAt = now;
        watch.nextCheckAt = now; // the first check is due at once
        watch.team = access.owningTeam();
        QuarkusTransaction.requiringNew().run(() -> watches.persist(watch));
        audit.record("watch-add", watch.id, watch.url);
        return stored(watch, 0, List.of());
    }

    /** Every watch, oldest first, without its versions (their count only). */
    public List<StoredWatch> list() {
        return QuarkusTransaction.requiringNew().call(() -> watches.list().stream().filter(w -> access.sees(w.team))
                .limit(MAX_LISTED)
                .map(w -> stored(w, watches.countSnapshots(w.id), List.of())).toList());
    }

    /** A watch with its versions, oldest first. */
    public Optional<StoredWatch> watch(String id) {
        if (!PublicIds.plausible(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> watches.find(id).filter(w -> access.sees(w.team))
                .map(w -> {
                    List<StoredWatch.Version> versions = watches.snapshots(w.id).stream().map(Watches::version).toList();
                    return stored(w, versions.size(), versions);
                }));
    }

    /** Removes a watch and its snapshots; the statements and comparisons stay in the library. */
    public boolean remove(String id) {
        if (watch(id).isEmpty()) {
            return false;
        }
        boolean removed = QuarkusTransaction.requiringNew().call(() -> watches.delete(id));
        if (removed) {
            audit.record("watch-remove", id, null);
        }
        return removed;
    }

    // ---- checking

    /**
     * Fetches a watch now, whether due or not, and answers when done, with the watch.
     *
     * @throws InputProblem NOT_FOUND for an unknown id, CONFLICT while another check of it runs
     */
    public StoredWatch check(String id) throws InputProblem {
        if (watch(id).isEmpty()) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no watch with the id '" + id + "'");
        }
        if (!claim(id, false)) {
            throw new InputProblem(InputProblem.Kind.CONFLICT, "the watch '" + id
                    + "' is being checked right now; its result will be on GET /api/watches/" + id);
        }
        runClaimed(id);
        return watch(id).orElseThrow();
    }

    /**
     * Checks every watch that is due (or every watch, when {@code all}), one after another; a
     * watch another instance is checking is left to it. Returns the watches checked here.
     */
    public List<StoredWatch> checkMany(boolean all) {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> all
                ? watches.list().stream().map(w -> w.id).toList() : watches.due(now(), MAX_LISTED));
        List<StoredWatch> checked = new ArrayList<>();
        for (String id : ids) {
            if (claim(id, !all)) {
                runClaimed(id);
                watch(id).ifPresent(checked::add);
            }
        }
        return checked;
    }

    private boolean claim(String id, boolean dueOnly) {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> watches.claim(id, now, now.plus(claim), dueOnly));
    }

    /** What a check needs to know of its watch, read before the fetch (no transaction is held while fetching). */
    private record Target(String id, String url, String label, String issuer, String meeting, String selector,
                          int interval, boolean notifyMinor, String webhookUrl, String etag, String lastModified,
                          String team) {
    }

    private void runClaimed(String id) {
        Target target = QuarkusTransaction.requiringNew().call(() -> watches.find(id).map(w -> new Target(w.id, w.url,
                w.label, w.issuer, w.meeting, w.selector, w.intervalMinutes, w.notifyMinor, w.webhookUrl, w.etag,
                w.lastModified, w.team)).orElse(null));
        if (target == null) {
            return; // removed meanwhile
        }
        Instant started = now();
        try {
            Map<String, String> conditions = new LinkedHashMap<>();
            if (target.etag() != null) {
                conditions.put("If-None-Match", target.etag());
            }
            if (target.lastModified() != null) {
                conditions.put("If-Modified-Since", target.lastModified());
            }
            PageFetcher.Response response = fetcher.get(URI.create(target.url()), conditions);
            if (response.status() == 304) {
                finish(target, started, "not-modified", null);
                return;
            }
            if (response.status() < 200 || response.status() >= 300) {
                throw new FetchProblem("HTTP " + response.status() + " from " + response.url());
            }
            if (response.body().length == 0) {
                throw new FetchProblem("the page at " + response.url() + " was empty");
            }
            keepInTeam(target, started, response);
        } catch (FetchProblem e) {
            fail(target, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "checking watch %s failed", id);
            fail(target, "internal error while checking: " + e);
        }
    }

    /** {@link #keep} on behalf of the watch's team: its statements and comparisons are that team's. */
    private void keepInTeam(Target target, Instant started, PageFetcher.Response response) throws FetchProblem {
        try {
            Access.as(target.team(), () -> {
                keep(target, started, response);
                return null;
            });
        } catch (FetchProblem | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the fetched page; keeps a new version when its text changed, else notes the check. */
    private void keep(Target target, Instant started, PageFetcher.Response response) throws FetchProblem {
        String contentType = response.header("Content-Type");
        String fileName = fileName(contentType, response.url());
        Statement read;
        StatementMetadata metadata = new StatementMetadata(target.issuer(), target.meeting(), null, target.url(),
                response.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            read = service.read(new StatementSource(fileName, response.body(), charset(contentType, fileName),
                    target.selector()), target.label(), metadata);
        } catch (UnreadableStatementException e) {
            throw new FetchProblem(response.url() + ": " + e.getMessage());
        }
        String textSha = sha256(read.text().getBytes(StandardCharsets.UTF_8));
        WatchSnapshotEntity last = QuarkusTransaction.requiringNew().call(() ->
                watches.lastSnapshot(target.id()).orElse(null));
        if (last != null && last.textSha256.equals(textSha)) {
            finish(target, started, "unchanged", response);
            return;
        }
        int number = last == null ? 1 : last.versionNumber + 1;
        StoredStatement statement = library.store(new StatementUpload(fileName, response.body(), target.label(), metadata),
                read);
        WatchSnapshotEntity snapshot = new WatchSnapshotEntity();
        snapshot.id = PublicIds.next();
        snapshot.watchId = target.id();
        snapshot.versionNumber = number;
        snapshot.statementId = statement.id();
        snapshot.fetchedAt = response.receivedAt();
        snapshot.finalUrl = response.url().toString();
        snapshot.httpStatus = response.status();
        snapshot.contentType = contentType == null ? null : truncate(contentType, 200);
        snapshot.headers = response.headers().stream().map(h -> h.getKey() + ": " + h.getValue())
                .collect(Collectors.joining("\n"));
        snapshot.bodySha256 = sha256(response.body());
        snapshot.textSha256 = textSha;
        snapshot.bodyGz = Gzip.compress(response.body());
        snapshot.webhookState = "none";
        if (last != null) {
            try {
                StoredComparison comparison = library.compare(
                        ComparisonSide.stored(last.statementId, versionLabel(target.label(), last.versionNumber, last.fetchedAt)),
                        ComparisonSide.stored(statement.id(), versionLabel(target.label(), number, snapshot.fetchedAt)),
                        ComparisonOptions.defaults().withMode(Mode.VERSIONS));
                snapshot.comparisonId = comparison.id();
                snapshot.verdict = comparison.verdict();
                snapshot.changesJson = WatchChanges.of(comparison.json());
                snapshot.notify = comparison.verdict().equals("substantive")
                        || target.notifyMinor() && !comparison.verdict().equals("identical");
                if (snapshot.notify && webhookTarget(target.webhookUrl()) != null) {
                    snapshot.webhookState = "pending";
                    snapshot.webhookNextAt = snapshot.fetchedAt;
                }
            } catch (InputProblem e) {
                throw new FetchProblem("comparing with version " + last.versionNumber + " failed: " + e.getMessage());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            watches.persist(snapshot);
            watches.find(target.id()).ifPresent(w -> {
                succeeded(w, started, "new-version", response);
                w.lastChangedAt = snapshot.fetchedAt;
            });
        });
        if (snapshot.webhookState.equals("pending")) {
            deliver(snapshot.id);
        }
    }

    private void finish(Target target, Instant started, String outcome, PageFetcher.Response response) {
        QuarkusTransaction.requiringNew().run(() -> watches.find(target.id())
                .ifPresent(w -> succeeded(w, started, outcome, response)));
    }

    private static void succeeded(WatchEntity w, Instant started, String outcome, PageFetcher.Response response) {
        w.lastCheckedAt = now();
        w.lastOutcome = outcome;
        w.lastError = null;
        w.failures = 0;
        w.checks++;
        w.nextCheckAt = started.plus(Duration.ofMinutes(w.intervalMinutes));
        w.claimedUntil = null;
        if (response != null) {
            w.etag = truncate(response.header("ETag"), 1000);
            w.lastModified = truncate(response.header("Last-Modified"), 200);
        }
    }

    private void fail(Target target, String message) {
        QuarkusTransaction.requiringNew().run(() -> watches.find(target.id()).ifPresent(w -> {
            w.lastCheckedAt = now();
            w.lastOutcome = "error";
            w.lastError = truncate(message, 2000);
            w.failures++;
            w.checks++;
            w.nextCheckAt = w.lastCheckedAt.plus(backoff(Duration.ofMinutes(w.intervalMinutes), w.failures, maxBackoff));
            w.claimedUntil = null;
        }));
    }

    /** The wait after the n-th failure in a row: the interval, doubled for each failure after the first, capped. */
    static Duration backoff(Duration interval, int failures, Duration cap) {
        Duration wait = interval.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    // ---- webhooks

    /** Delivers every webhook that is due (first tries and retries), one after another; returns how many were tried. */
    public int deliverDueWebhooks() {
        List<String> due = QuarkusTransaction.requiringNew().call(() -> watches.webhooksDue(now(), MAX_LISTED));
        for (String id : due) {
            deliver(id);
        }
        return due.size();
    }

    private void deliver(String snapshotId) {
        Instant now = now();
        boolean mine = QuarkusTransaction.requiringNew().call(() -> watches.claimWebhook(snapshotId, now, now.plus(claim)));
        if (!mine) {
            return;
        }
        Delivery delivery = QuarkusTransaction.requiringNew().call(() -> watches.snapshot(snapshotId).flatMap(s ->
                watches.find(s.watchId).map(w -> new Delivery(webhookTarget(w.webhookUrl), payload(w, s)))).orElse(null));
        if (delivery == null || delivery.url() == null) {
            QuarkusTransaction.requiringNew().run(() -> watches.snapshot(snapshotId).ifPresent(s -> {
                s.webhookState = "none";
                s.webhookClaimedUntil = null;
            }));
            return;
        }
        String error = null;
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("X-Readout-Diff-Event", "watch.change");
            headers.put("X-Readout-Diff-Delivery", snapshotId);
            if (webhookSecret != null) {
                headers.put("X-Readout-Diff-Signature", "sha256=" + hmac(webhookSecret, delivery.body()));
            }
            PageFetcher.Response response = fetcher.post(URI.create(delivery.url()), headers, delivery.body());
            if (response.status() < 200 || response.status() >= 300) {
                error = "HTTP " + response.status() + " from " + delivery.url();
            }
        } catch (FetchProblem e) {
            error = e.getMessage();
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> watches.snapshot(snapshotId).ifPresent(s -> {
            s.webhookAttempts++;
            s.webhookClaimedUntil = null;
            s.webhookLastError = truncate(failure, 2000);
            if (failure == null) {
                s.webhookState = "sent";
                s.webhookNextAt = null;
            } else if (s.webhookAttempts >= webhookAttempts) {
                s.webhookState = "failed";
                s.webhookNextAt = null;
            } else {
                // 1, 4, 16, 64 ... times the first back-off
                s.webhookNextAt = now().plus(webhookBackoff.multipliedBy(1L << Math.min(2 * (s.webhookAttempts - 1), 20)));
            }
        }));
        if (failure != null) {
            LOG.warnf("webhook of watch version %s not delivered: %s", snapshotId, failure);
        }
    }

    private record Delivery(String url, byte[] body) {
    }

    private String webhookTarget(String own) {
        return own != null ? own : webhookUrl;
    }

    /** The webhook's JSON: the verdict, counts, changes and permalinks of one new version. */
    private byte[] payload(WatchEntity w, WatchSnapshotEntity s) {
        ObjectNode root = WatchChanges.JSON.createObjectNode();
        root.put("event", "watch.change");
        ObjectNode watch = root.putObject("watch");
        watch.put("id", w.id);
        watch.put("url", w.url);
        watch.put("label", w.label);
        watch.put("issuer", w.issuer);
        watch.put("meeting", w.meeting);
        root.put("version", s.versionNumber);
        root.put("statementId", s.statementId);
        root.put("sha256", s.bodySha256);
        root.put("textSha256", s.textSha256);
        root.put("fetchedAt", s.fetchedAt.toString());
        root.put("verdict", s.verdict);
        root.set("counts", WatchChanges.counts(s.changesJson));
        root.set("changes", WatchChanges.JSON.valueToTree(WatchChanges.changes(s.changesJson)));
        root.put("comparisonId", s.comparisonId);
        root.put("permalink", publicUrl + "/comparisons/" + s.comparisonId);
        root.put("statement", publicUrl + "/statements/" + s.statementId + "/v/" + s.versionNumber);
        try {
            return WatchChanges.JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- feeds, snapshots

    /** Versions that notify, newest first: of one watch, or of all when {@code watchId} is null. */
    public List<StoredWatch.Entry> feed(String watchId, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<StoredWatch.Entry> entries = new ArrayList<>();
            Map<String, StoredWatch> byId = new LinkedHashMap<>();
            for (WatchSnapshotEntity s : watches.notifying(watchId, limit)) {
                StoredWatch owner = byId.computeIfAbsent(s.watchId, id -> watches.find(id).filter(w -> access.sees(w.team))
                        .map(w -> stored(w, watches.countSnapshots(w.id), List.of())).orElse(null));
                if (owner != null) {
                    entries.add(new StoredWatch.Entry(owner, version(s)));
                }
            }
            return entries;
        });
    }

    /** A snapshot as one WARC response record; empty for an unknown id. */
    public Optional<byte[]> warc(String snapshotId) {
        if (!PublicIds.plausible(snapshotId)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> watches.snapshot(snapshotId)
                .filter(s -> watches.find(s.watchId).map(w -> access.sees(w.team)).orElse(false))
                .map(s -> WarcExport.record(
                s.finalUrl, s.fetchedAt, s.httpStatus, s.headers, s.contentType, Gzip.decompressBytes(s.bodyGz))));
    }

    /** The snapshots whose text is this statement (a statement fetched by a watch), earliest first. */
    public List<StoredWatch.Version> snapshotsOf(String statementId) {
        if (!PublicIds.plausible(statementId)) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> watches.snapshotsOfStatement(statementId).stream()
                .map(Watches::version).toList());
    }

    /** The versions of the watch that fetched this statement, oldest first; empty when no watch did. */
    public List<StoredWatch.Version> versionsAround(String statementId) {
        if (!PublicIds.plausible(statementId)) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> watches.snapshotsOfStatement(statementId).stream()
                .findFirst().map(s -> watches.snapshots(s.watchId).stream().map(Watches::version).toList())
                .orElse(List.of()));
    }

    /** The watch that fetched this statement, or null. */
    public String watchIdOf(String statementId) {
        if (!PublicIds.plausible(statementId)) {
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> watches.snapshotsOfStatement(statementId).stream()
                .findFirst().map(s -> s.watchId).orElse(null));
    }

    // ---- records

    private static StoredWatch stored(WatchEntity w, int versionCount, List<StoredWatch.Version> versions) {
        return new StoredWatch(w.id, w.url, w.label, w.issuer, w.meeting, w.selector, w.intervalMinutes, w.notifyMinor,
                w.webhookUrl, w.createdAt, w.nextCheckAt, w.lastCheckedAt, w.lastChangedAt, w.lastOutcome, w.lastError,
                w.failures, w.checks, versionCount, versions);
    }

    private static StoredWatch.Version version(WatchSnapshotEntity s) {
        return new StoredWatch.Version(s.versionNumber, s.id, s.statementId, s.bodySha256, s.textSha256, s.fetchedAt,
                s.httpStatus, s.finalUrl, s.comparisonId, s.verdict, s.notify, s.webhookState, s.webhookLastError,
                WatchChanges.changes(s.changesJson));
    }

    static String versionLabel(String label, int number, Instant fetchedAt) {
        String suffix = " · version " + number + " (" + MINUTES.format(fetchedAt) + ")";
        return truncate(label, StatementLibrary.MAX_LABEL - suffix.length()) + suffix;
    }

    private static URI checkedUrl(String field, String url) throws InputProblem {
        if (url.length() > StatementLibrary.MAX_URL) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE, field + " has " + url.length()
                    + " characters, more than the limit of " + StatementLibrary.MAX_URL);
        }
        try {
            return PageFetcher.checkedUrl(url);
        } catch (FetchProblem e) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, field + ": " + e.getMessage());
        }
    }

    /** A file name whose extension tells the reader what the page is: from its Content-Type, else its path. */
    static String fileName(String contentType, URI url) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return "page.html";
        }
        if (type.contains("pdf")) {
            return "page.pdf";
        }
        if (type.contains("wordprocessingml")) {
            return "page.docx";
        }
        if (type.startsWith("text/plain")) {
            return "page.txt";
        }
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        for (String extension : new String[] {"pdf", "docx", "txt", "md"}) {
            if (path.endsWith("." + extension)) {
                return "page." + extension;
            }
        }
        return "page.html";
    }

    /** The charset a Content-Type declares, for HTML (where jsoup otherwise looks at the page's own meta). */
    static String charset(String contentType, String fileName) {
        if (contentType == null || !fileName.endsWith(".html")) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = p.substring(8).replace("\"", "").strip();
                return java.nio.charset.Charset.isSupported(value) ? value : null;
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
