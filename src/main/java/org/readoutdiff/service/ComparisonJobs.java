package org.readoutdiff.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.storage.ComparisonJobEntity;
import org.readoutdiff.storage.ComparisonJobRepository;
import org.readoutdiff.storage.PublicIds;

/**
 * Heavy comparisons as jobs in the database (docs/web.md: "Several replicas"): which comparison is
 * heavy, queuing one, and waiting (bounded) for whichever replica runs it ({@link JobWorker}).
 * A comparison whose two statements have more than {@code readout-diff.jobs.heavy-chars}
 * characters is heavy; it runs with the time budget {@code readout-diff.jobs.time-budget}.
 */
@ApplicationScoped
public class ComparisonJobs {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Logger LOG = Logger.getLogger(ComparisonJobs.class);

    private final ComparisonJobRepository jobs;
    private final JobWorker worker;
    private final long heavyChars;
    private final Duration timeBudget;
    private final Access access;

    public ComparisonJobs(ComparisonJobRepository jobs, JobWorker worker,
                          @ConfigProperty(name = "readout-diff.jobs.heavy-chars") long heavyChars,
                          @ConfigProperty(name = "readout-diff.jobs.time-budget") Duration timeBudget, Access access) {
        this.jobs = jobs;
        this.worker = worker;
        this.heavyChars = heavyChars;
        this.timeBudget = timeBudget;
        this.access = access;
    }

    /** Whether a comparison of statements with this many characters in all runs as a job. */
    public boolean heavy(long chars) {
        return chars > heavyChars;
    }

    /** The options a job runs with: the requested ones, the time budget at most the jobs' budget. */
    ComparisonOptions bounded(ComparisonOptions options) {
        return options.timeBudget().compareTo(timeBudget) < 0 ? options : options.withTimeBudget(timeBudget);
    }

    /**
     * Queues a comparison of two stored statements for the caller's team, which the job's result
     * will belong to; inside the caller's transaction. The job's id.
     */
    String enqueue(String leftId, String leftLabel, String rightId, String rightLabel, ComparisonOptions options) {
        ComparisonJobEntity job = new ComparisonJobEntity();
        job.id = PublicIds.next();
        job.comparisonId = PublicIds.next();
        job.leftStatementId = leftId;
        job.leftLabel = leftLabel;
        job.rightStatementId = rightId;
        job.rightLabel = rightLabel;
        job.requestedMode = options.mode().label();
        job.ignoreCase = options.ignoreCase();
        job.timeBudgetMillis = options.timeBudget().toMillis();
        job.state = ComparisonJobEntity.QUEUED;
        job.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        job.ownerTeam = access.owningTeam();
        jobs.persist(job);
        return job.id;
    }

    /** A job the caller's team queued (another team's is not there, as its comparison would not be). */
    public Optional<StoredJob> job(String id) {
        if (!PublicIds.plausible(id)) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> jobs.find(id).filter(j -> access.sees(j.ownerTeam))
                .map(ComparisonJobs::stored));
    }

    /**
     * Offers a newly queued job to this replica's workers, then waits at most {@code wait} for it
     * to end (on any replica). The job as it is then.
     */
    public StoredJob await(String id, Duration wait) {
        try {
            worker.claimWhileFree();
        } catch (RuntimeException e) {
            // The job is queued all the same: the next tick of any replica claims it.
            LOG.warn("claiming a new job right away failed", e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        StoredJob job = job(id).orElseThrow();
        while (!job.done() && !job.failed() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            job = job(id).orElseThrow();
        }
        return job;
    }

    static StoredJob stored(ComparisonJobEntity j) {
        return new StoredJob(j.id, j.state, j.comparisonId, j.claimedBy, j.attempts, j.createdAt, j.startedAt,
                j.finishedAt, j.error, j.ownerTeam);
    }
}
