package org.readoutdiff.service;

import static org.readoutdiff.service.LibraryRecords.entity;
import static org.readoutdiff.service.LibraryRecords.asStatement;
import static org.readoutdiff.service.LibraryRecords.stored;
import static org.readoutdiff.service.LibraryRecords.without;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.accounts.Audit;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.render.Markup;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.report.series.SeriesJsonWriter;
import org.readoutdiff.storage.ComparisonEntity;
import org.readoutdiff.storage.ComparisonRepository;
import org.readoutdiff.storage.SeriesEntity;
import org.readoutdiff.storage.SeriesMember;
import org.readoutdiff.storage.SeriesRepository;
import org.readoutdiff.storage.PublicIds;
import org.readoutdiff.storage.StatementEntity;
import org.readoutdiff.storage.StatementRepository;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * The statement library behind the web service: stores statements (one per distinct file, by
 * the SHA-256 of its bytes), compares stored statements and keeps every comparison with its
 * options, engine version and result. Reading and comparing go through {@link ComparisonService},
 * the facade the command line uses too.
 *
 * <p>A stored comparison's JSON is served as stored. Its HTML and Markdown are rendered when
 * it is made and kept with it ({@link StoredPages}): a GET runs no comparison, whatever its
 * size. A series's pages are still rendered by running the engine again on the stored
 * statements with the stored options.
 */
@ApplicationScoped
public class StatementLibrary {

    static final int MAX_LABEL = 200;
    static final int MAX_FIELD = 200;
    static final int MAX_URL = 2000;
    private static final int MAX_LISTED = 500;

    private final ComparisonService service;
    private final StatementRepository statements;
    private final ComparisonRepository comparisons;
    private final SeriesRepository seriesRepository;
    private final StatementRules rules;
    private final Duration timeBudget;
    private final int maxOthers;
    /** The pages kept with each comparison (a field, so the constructor stays as it was). */
    @jakarta.inject.Inject
    StoredPages pages;
    /** Where heavy comparisons are queued (a field, as {@link #pages}). */
    @jakarta.inject.Inject
    ComparisonJobs jobs;
    /** Whose library this is: the caller's team (accounts, issue 15), and the audit trail. */
    @jakarta.inject.Inject
    Access access;
    @jakarta.inject.Inject
    Audit audit;

    public StatementLibrary(ComparisonService service, StatementRepository statements, ComparisonRepository comparisons,
                            SeriesRepository seriesRepository,
                            @ConfigProperty(name = "readout-diff.web.max-file-bytes") long maxFileBytes,
                            @ConfigProperty(name = "readout-diff.web.max-text-bytes") long maxTextBytes,
                            @ConfigProperty(name = "readout-diff.web.time-budget") Duration timeBudget,
                            @ConfigProperty(name = "readout-diff.series.max-others") int maxOthers) {
        this.service = service;
        this.statements = statements;
        this.comparisons = comparisons;
        this.seriesRepository = seriesRepository;
        this.rules = new StatementRules(maxFileBytes, maxTextBytes);
        this.timeBudget = timeBudget;
        this.maxOthers = maxOthers;
    }

    /** The most statements one base is compared with in a series. */
    public int maxOthers() {
        return maxOthers;
    }

    /** The limits uploads are held to, for pages and error messages. */
    public StatementRules rules() {
        return rules;
    }

    /** The version of the engine that compares now (a stored comparison records its own). */
    public String engineVersion() {
        return service.engineVersion();
    }

    /** The wall-clock budget of one comparison. */
    public Duration timeBudget() {
        return timeBudget;
    }

    /** A statement added to the library, and whether it was new (the same bytes are stored once). */
    public record Added(StoredStatement statement, boolean created) {
    }

    public Added add(StatementUpload upload) throws InputProblem {
        StatementUpload checked = rules.check(upload);
        Statement statement = read(checked);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Added added = findOrInsert(checked, statement);
                if (added.created()) {
                    audit.record("upload", added.statement().id(), added.statement().label());
                }
                return added;
            });
        } catch (RuntimeException e) {
            // Two uploads of the same bytes at once: the unique SHA-256 lets one in; the other reads it.
            String team = access.owningTeam();
            Optional<StoredStatement> raced = QuarkusTransaction.requiringNew()
                    .call(() -> statements.findBySha256(statement.sha256(), team).map(s -> stored(s, true)));
            return new Added(raced.orElseThrow(() -> e), false);
        }
    }

    /**
     * Stores a statement already read from its upload (a watched page, read with the watch's CSS
     * selector); the same bytes are stored once, as for {@link #add}.
     */
    public StoredStatement store(StatementUpload upload, Statement statement) {
        return inOneTransaction(() -> findOrInsert(upload, statement).statement());
    }

    private Added findOrInsert(StatementUpload upload, Statement statement) {
        Optional<StoredStatement> existing = fillIn(statement.sha256(), upload.metadata());
        if (existing.isPresent()) {
            return new Added(existing.get(), false);
        }
        StatementEntity entity = entity(upload, statement);
        entity.team = access.owningTeam();
        statements.persist(entity);
        return new Added(stored(entity, true), true);
    }

    public Optional<StoredStatement> statement(String id) {
        if (!PublicIds.plausible(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> visible(id).map(s -> stored(s, true)));
    }

    /** The statement with this id if the caller's team owns it. */
    private Optional<StatementEntity> visible(String id) {
        return statements.find(id).filter(s -> access.sees(s.team));
    }

    /** Statements, newest first; a null or blank filter matches all. */
    public List<StoredStatement> statements(String meeting, String issuer) {
        String team = access.teamFilter();
        return QuarkusTransaction.requiringNew().call(() -> statements
                .list(StatementRules.blankToNull(meeting), StatementRules.blankToNull(issuer), team, MAX_LISTED)
                .stream().map(LibraryRecords::stored).toList());
    }

    public List<String> meetings() {
        String team = access.teamFilter();
        return QuarkusTransaction.requiringNew().call(() -> statements.meetings(team));
    }

    public List<String> issuers() {
        String team = access.teamFilter();
        return QuarkusTransaction.requiringNew().call(() -> statements.issuers(team));
    }

    /** The versions of a statement over time, oldest first (see StatementRepository#versions). */
    public List<StoredStatement> versions(String id) {
        if (!PublicIds.plausible(id)) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> visible(id)
                .map(s -> statements.versions(s).stream().map(LibraryRecords::stored).toList())
                .orElse(List.of()));
    }

    /** Comparisons that involve a statement, newest first. */
    public List<ComparisonSummary> comparisonsOf(String statementId) {
        if (!PublicIds.plausible(statementId)) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> visible(statementId).isEmpty() ? List.<ComparisonSummary>of()
                : comparisons.involving(statementId, 100).stream().map(LibraryRecords::summary).toList());
    }

    /** Compares two uploads, adding both to the library first. */
    public StoredComparison compare(StatementUpload left, StatementUpload right, ComparisonOptions options)
            throws InputProblem {
        return compare(ComparisonSide.upload(left), ComparisonSide.upload(right), options);
    }

    /** Compares two stored statements under their own labels. */
    public StoredComparison compare(String leftId, String rightId, ComparisonOptions options) throws InputProblem {
        return compare(ComparisonSide.stored(leftId, null), ComparisonSide.stored(rightId, null), options);
    }

    /**
     * Compares two sides and stores the comparison with the uploads it adds to the library. All
     * or nothing: every side is checked and read first (extraction runs outside any transaction),
     * and only then are the new statements and the comparison stored, in one transaction; a
     * request refused for its second side leaves no trace of its first.
     */
    public StoredComparison compare(ComparisonSide left, ComparisonSide right, ComparisonOptions options)
            throws InputProblem {
        return compareOrQueue(left, right, options, Queue.NEVER).comparison();
    }

    /** A comparison made in the request, or the id of the job that makes it (exactly one of the two). */
    public record Outcome(StoredComparison comparison, String jobId) {
    }

    /** Which comparisons become jobs: none, the heavy ones, or all. */
    public enum Queue {
        NEVER, IF_HEAVY, ALWAYS
    }

    /**
     * As {@link #compare(ComparisonSide, ComparisonSide, ComparisonOptions)}, but a heavy
     * comparison (see {@link ComparisonJobs#heavy}) with {@link Queue#IF_HEAVY}, or any with
     * {@link Queue#ALWAYS}, is not made here:
     * its statements are stored and a job is queued for whichever replica has a free worker.
     */
    public Outcome compareOrQueue(ComparisonSide left, ComparisonSide right, ComparisonOptions options, Queue queue)
            throws InputProblem {
        Resolved leftStatement = prefixed("left statement", () -> resolve(left));
        Resolved rightStatement = prefixed("right statement", () -> resolve(right));
        String leftName = label(left.label(), leftStatement.statement().label());
        String rightName = label(right.label(), rightStatement.statement().label());
        boolean heavy = jobs.heavy(leftStatement.statement().charCount() + rightStatement.statement().charCount());
        if (queue == Queue.NEVER || queue == Queue.IF_HEAVY && !heavy) {
            return new Outcome(compare(PublicIds.next(), leftStatement, leftName, rightStatement, rightName,
                    bounded(options), () -> { }), null);
        }
        ComparisonOptions jobOptions = jobs.bounded(options);
        return new Outcome(null, inOneTransaction(() -> jobs.enqueue(store(leftStatement).id(), leftName,
                store(rightStatement).id(), rightName, jobOptions)));
    }

    /**
     * A job's comparison of two stored statements, stored under the id the job gave it. In the
     * transaction that stores it {@code claimCheck} runs first, and throws when the job is no longer
     * this replica's; then nothing is stored.
     */
    StoredComparison compareForJob(String comparisonId, String leftId, String leftLabel, String rightId,
                                   String rightLabel, ComparisonOptions options, Runnable claimCheck)
            throws InputProblem {
        Resolved left = resolve(ComparisonSide.stored(leftId, null));
        Resolved right = resolve(ComparisonSide.stored(rightId, null));
        return compare(comparisonId, left, leftLabel, right, rightLabel, options, claimCheck);
    }

    /**
     * A side checked and read, not stored yet: a stored statement, or an upload with its text and
     * the statement it is shown as (the stored one with the same bytes, else one made from it).
     */
    private record Resolved(StoredStatement statement, StatementUpload upload, Statement read) {
    }

    /** A side checked and read, with its text; nothing is stored. */
    private Resolved resolve(ComparisonSide side) throws InputProblem {
        if (side instanceof ComparisonSide.Upload upload) {
            StatementUpload checked = rules.check(upload.upload());
            Statement statement = read(checked);
            String team = access.owningTeam();
            StoredStatement known = QuarkusTransaction.requiringNew().call(() ->
                    statements.findBySha256(statement.sha256(), team).map(s -> stored(s, true)).orElse(null));
            return new Resolved(known != null ? known : stored(entity(checked, statement), true), checked, statement);
        }
        String id = ((ComparisonSide.Stored) side).statementId();
        StoredStatement found = QuarkusTransaction.requiringNew().call(() -> find(id));
        if (found == null) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no statement with the id '" + id + "'");
        }
        return new Resolved(found, null, null);
    }

    /** Inside the request's one transaction: the side's statement in the library, an upload added now. */
    private StoredStatement store(Resolved side) {
        return side.upload() == null ? side.statement() : findOrInsert(side.upload(), side.read()).statement();
    }

    /**
     * Runs {@code work} in one new transaction; once more if it fails, as it does when another
     * request has just stored the same bytes (the unique SHA-256): the second run finds them.
     */
    private static <T> T inOneTransaction(java.util.concurrent.Callable<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            return QuarkusTransaction.requiringNew().call(work);
        }
    }

    private StoredStatement find(String id) {
        return PublicIds.plausible(id) ? visible(id).map(s -> stored(s, true)).orElse(null) : null;
    }

    /**
     * Compares two sides (with their text) under their labels and stores the comparison as
     * {@code id} with any uploads, in one transaction, which first runs {@code beforeStoring}.
     */
    private StoredComparison compare(String id, Resolved leftSide, String leftName, Resolved rightSide,
                                     String rightName, ComparisonOptions bounded, Runnable beforeStoring) {
        StoredStatement left = leftSide.statement();
        StoredStatement right = rightSide.statement();
        Comparison comparison = service.compare(asStatement(left).withLabel(leftName),
                asStatement(right).withLabel(rightName), bounded);
        ByteArrayOutputStream json = new ByteArrayOutputStream(16_384);
        new ComparisonJsonWriter(false).write(comparison, id, json);
        ComparisonEntity entity = new ComparisonEntity();
        entity.id = id;
        entity.leftLabel = leftName;
        entity.rightLabel = rightName;
        entity.resultMode = comparison.mode().label();
        entity.team = access.owningTeam();
        LibraryRecords.result(entity, bounded, comparison.engineVersion(), comparison.summary().verdict(),
                comparison.limits().degraded(), json);
        List<org.readoutdiff.storage.RenderingEntity> kept = pages.render(id, comparison);
        return inOneTransaction(() -> {
            beforeStoring.run();
            StoredStatement storedLeft = store(leftSide);
            StoredStatement storedRight = store(rightSide);
            entity.leftStatementId = storedLeft.id();
            entity.rightStatementId = storedRight.id();
            comparisons.persist(entity);
            pages.persist(kept);
            audit.record("compare", id, storedLeft.id() + " with " + storedRight.id());
            return stored(entity, without(storedLeft), without(storedRight));
        });
    }

    public Optional<StoredComparison> comparison(String id) {
        if (!PublicIds.plausible(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> comparisons.find(id)
                .filter(c -> c.published || access.sees(c.team)).map(c -> stored(c,
                statements.find(c.leftStatementId).map(s -> stored(s, true)).orElseThrow(),
                statements.find(c.rightStatementId).map(s -> stored(s, true)).orElseThrow())));
    }

    /**
     * Publishes or unpublishes a comparison of the caller's team: a published one's permalink is
     * readable without an account. False when the caller's team has no comparison with this id.
     */
    public boolean publish(String id, boolean published) {
        if (!PublicIds.plausible(id)) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> comparisons.find(id)
                .filter(c -> access.sees(c.team))
                .map(c -> {
                    c.published = published;
                    audit.record(published ? "publish" : "unpublish", id, null);
                    return true;
                }).orElse(false));
    }

    /** Whether the caller's team owns this comparison (and so may publish it), not only reads it. */
    public boolean owns(StoredComparison comparison) {
        return QuarkusTransaction.requiringNew().call(() -> comparisons.find(comparison.id())
                .map(c -> access.sees(c.team)).orElse(false));
    }

    /**
     * Part {@code part} (from 1) of a stored comparison's HTML report, as kept with it (see
     * {@link StoredPages}); empty when the report has no such part.
     */
    public Optional<StoredPages.ReportPart> page(StoredComparison comparison, int part) throws Exception {
        return pages.html(comparison, part);
    }

    /** A part of a report as the site serves it: with the site's header, which the site rendered. */
    public String servedPage(StoredPages.ReportPart part, String siteHeader) {
        return pages.served(part, new Markup(siteHeader));
    }

    /** The Content-Security-Policy header of {@link #servedPage}. */
    public String servedPagePolicy() {
        return pages.servedPolicy();
    }

    /**
     * Writes a stored comparison: JSON exactly as stored; HTML (its first part) and Markdown as
     * kept with it; the other formats from the engine run again on the stored statements with
     * the stored options.
     */
    public void write(StoredComparison comparison, ReportFormat format, OutputStream out) {
        if (format == ReportFormat.JSON) {
            writeStored(comparison.json(), out);
            return;
        }
        if (format == ReportFormat.HTML || format == ReportFormat.MD) {
            try {
                writeStored(format == ReportFormat.HTML ? pages.served(pages.html(comparison, 1).orElseThrow(), Markup.NONE)
                        : pages.markdown(comparison).content(), out);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        Statement left = asStatement(comparison.left());
        Statement right = asStatement(comparison.right());
        service.write(service.compare(left, right, comparison.options()), format, out);
    }

    /** Compares one base statement with several stored ones, all by id, under their own labels. */
    public StoredSeries compareSeries(String baseId, List<String> otherIds, ComparisonOptions options)
            throws InputProblem {
        List<ComparisonSide> others = new ArrayList<>();
        for (String id : otherIds) {
            others.add(ComparisonSide.stored(id, null));
        }
        return compareSeries(ComparisonSide.stored(baseId, null), others, options);
    }

    /**
     * Compares one base with two or more others (at most {@link #maxOthers()}). The series is stored
     * with its JSON and the uploads it adds to the library, all in one transaction after every
     * side has been checked and read (all or nothing, as for a comparison of two); its pages are
     * rendered by running the engine again on the stored statements, as for a comparison of two.
     */
    public StoredSeries compareSeries(ComparisonSide base, List<ComparisonSide> others, ComparisonOptions options)
            throws InputProblem {
        if (others.size() < 2) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "a series needs a base and at least 2 other "
                    + "statements; " + others.size() + " other " + (others.size() == 1 ? "was" : "were")
                    + " given (to compare two statements, make a comparison)");
        }
        if (others.size() > maxOthers) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE, "a series compares the base with at most "
                    + maxOthers + " other statements; " + others.size() + " were given");
        }
        List<ComparisonSide> sides = new ArrayList<>();
        sides.add(base);
        sides.addAll(others);
        List<Resolved> resolved = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Statement> texts = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            ComparisonSide side = sides.get(i);
            Resolved statement = prefixed(i == 0 ? "base statement" : "other statement " + i, () -> resolve(side));
            String name = label(side.label(), statement.statement().label());
            resolved.add(statement);
            names.add(name);
            texts.add(asStatement(statement.statement()).withLabel(name));
        }
        ComparisonOptions bounded = bounded(options);
        SeriesComparison comparison = service.compareSeries(texts.get(0), texts.subList(1, texts.size()), bounded);
        String id = PublicIds.next();
        ByteArrayOutputStream json = new ByteArrayOutputStream(65_536);
        new SeriesJsonWriter(false).write(comparison, id, json);
        SeriesEntity entity = new SeriesEntity();
        entity.id = id;
        entity.team = access.owningTeam();
        LibraryRecords.result(entity, bounded, comparison.engineVersion(), comparison.verdict(),
                comparison.limits().degraded(), json);
        return inOneTransaction(() -> {
            List<StoredStatement> members = new ArrayList<>();
            entity.members.clear();
            for (int i = 0; i < resolved.size(); i++) {
                StoredStatement statement = LibraryRecords.relabelled(without(store(resolved.get(i))), names.get(i));
                members.add(statement);
                entity.members.add(new SeriesMember(statement.id(), statement.label()));
            }
            seriesRepository.persist(entity);
            audit.record("compare-series", id, members.size() + " statements");
            return LibraryRecords.stored(entity, members);
        });
    }

    public Optional<StoredSeries> series(String id) {
        if (!PublicIds.plausible(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> seriesRepository.find(id).filter(series -> access.sees(series.team))
                .map(series -> LibraryRecords.stored(series,
                series.members.stream().map(m -> statements.find(m.statementId).map(s -> stored(s, true)).orElseThrow())
                        .toList())));
    }

    /** Writes a stored series: JSON exactly as stored; the other formats from the engine run again. */
    public void write(StoredSeries series, ReportFormat format, OutputStream out) {
        if (format == ReportFormat.JSON) {
            writeStored(series.json(), out);
            return;
        }
        List<Statement> texts = series.statements().stream().map(LibraryRecords::asStatement).toList();
        service.write(service.compareSeries(texts.get(0), texts.subList(1, texts.size()), series.options()), format, out);
    }

    /**
     * A stored series's report as the site serves it, from the engine run again: with the site's
     * header, which the site rendered.
     */
    public String servedSeries(StoredSeries series, String siteHeader) {
        List<Statement> texts = series.statements().stream().map(LibraryRecords::asStatement).toList();
        return service.servedSeries(service.compareSeries(texts.get(0), texts.subList(1, texts.size()), series.options()),
                new Markup(siteHeader));
    }

    /** The Content-Security-Policy header of {@link #servedSeries}. */
    public String servedSeriesPolicy() {
        return service.servedSeriesPolicy();
    }

    private static void writeStored(String json, OutputStream out) {
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(String given, String own) throws InputProblem {
        String label = StatementRules.blankToNull(given);
        if (label != null && label.length() > MAX_LABEL) {
            throw new InputProblem(InputProblem.Kind.TOO_LARGE,
                    "the label has " + label.length() + " characters, more than the limit of " + MAX_LABEL);
        }
        return label == null ? own : label;
    }

    private ComparisonOptions bounded(ComparisonOptions options) {
        Duration budget = options.timeBudget().compareTo(timeBudget) < 0 ? options.timeBudget() : timeBudget;
        return options.withTimeBudget(budget);
    }

    private Statement read(StatementUpload upload) throws InputProblem {
        String name = upload.isPasted() ? "pasted text" : upload.fileName();
        try {
            Statement read = service.read(new StatementSource(name, upload.bytes(), null), upload.label(), upload.metadata());
            return upload.isPasted() && StatementRules.blankToNull(upload.label()) == null
                    ? read.withLabel("pasted text") : read;
        } catch (UnreadableStatementException e) {
            InputProblem.Kind kind = switch (e.reason()) {
                case BAD_CONTENT -> InputProblem.Kind.BAD_INPUT;
                case TOO_LARGE -> InputProblem.Kind.TOO_LARGE;
                case UNSUPPORTED_TYPE -> InputProblem.Kind.UNSUPPORTED_TYPE;
            };
            throw new InputProblem(kind, e.getMessage());
        }
    }

    /** The stored statement with these bytes, its empty metadata fields filled from this upload. */
    private Optional<StoredStatement> fillIn(String sha256, StatementMetadata metadata) {
        return statements.findBySha256(sha256, access.owningTeam()).map(existing -> {
            existing.issuer = existing.issuer != null ? existing.issuer : metadata.issuer();
            existing.meeting = existing.meeting != null ? existing.meeting : metadata.meeting();
            existing.publishedOn = existing.publishedOn != null ? existing.publishedOn : metadata.date();
            existing.sourceUrl = existing.sourceUrl != null ? existing.sourceUrl : metadata.sourceUrl();
            return stored(existing, true);
        });
    }

    private interface Step<T> {
        T run() throws InputProblem;
    }

    /** Names the side in a message about one of several statements ("left statement: ..."). */
    private static <T> T prefixed(String side, Step<T> step) throws InputProblem {
        try {
            return step.run();
        } catch (InputProblem e) {
            throw new InputProblem(e.kind(), side + ": " + e.getMessage());
        }
    }
}
