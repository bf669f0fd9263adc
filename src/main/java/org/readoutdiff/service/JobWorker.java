package org.readoutdiff.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.readoutdiff.accounts.Access;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.storage.ComparisonJobEntity;
import org.readoutdiff.storage.ComparisonJobRepository;

/**
 * This replica's share of the comparison jobs: {@code readout-diff.jobs.workers} threads, each
 * running one claimed job at a time. Every {@code readout-diff.jobs.poll} (and whenever this
 * replica queues a job) it claims jobs while a worker is free, renews the leases of the jobs it
 * runs, and gives up jobs whose replica died {@code readout-diff.jobs.max-attempts} times. Its
 * only state is which jobs it runs now; the jobs themselves are in the database, so those of a
 * replica that dies are claimed again by another once their lease runs out.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final StatementLibrary library;
    private final ComparisonJobRepository jobs;
    private final String replica;
    private final Duration lease;
    private final int maxAttempts;
    private final Semaphore free;
    private final ExecutorService workers;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** Set once the service stops: no job is claimed after this replica handed its jobs back. */
    private volatile boolean stopping;

    public JobWorker(StatementLibrary library, ComparisonJobRepository jobs,
                     @ConfigProperty(name = "readout-diff.replica-name") Optional<String> replica,
                     @ConfigProperty(name = "readout-diff.jobs.lease") Duration lease,
                     @ConfigProperty(name = "readout-diff.jobs.max-attempts") int maxAttempts,
                     @ConfigProperty(name = "readout-diff.jobs.workers") int workers) {
        this.library = library;
        this.jobs = jobs;
        this.replica = replica.filter(name -> !name.isBlank()).orElseGet(ReplicaName::ofThisProcess);
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.free = new Semaphore(workers);
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "readout-diff-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The name this replica claims jobs under. */
    public String replica() {
        return replica;
    }

    @Scheduled(identity = "readout-diff-job-tick", every = "${readout-diff.jobs.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (stopping) {
            return;
        }
        try {
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> {
                jobs.renew(replica, List.copyOf(running), now.plus(lease));
                int abandoned = jobs.abandon(now, maxAttempts, "the comparison stopped its service " + maxAttempts
                        + " times; it is not tried again");
                if (abandoned > 0) {
                    LOG.warnf("gave up %d comparison job(s) whose service stopped %d times", abandoned, maxAttempts);
                }
            });
            claimWhileFree();
        } catch (RuntimeException e) {
            LOG.error("the job tick failed; the next tick tries again", e);
        }
    }

    /**
     * Claims jobs while a worker is free and starts them. One claim at a time in this process
     * (see ComparisonJobRepository on H2). Never once the service stops: a worker that ends its
     * job then would otherwise claim another just after the running jobs were handed back, and
     * leave it claimed until its lease runs out.
     */
    synchronized void claimWhileFree() {
        while (!stopping && free.tryAcquire()) {
            Optional<ComparisonJobEntity> claimed;
            try {
                Instant now = Instant.now();
                claimed = QuarkusTransaction.requiringNew().call(() ->
                        jobs.claim(replica, now, now.plus(lease), maxAttempts));
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                free.release();
                return;
            }
            ComparisonJobEntity job = claimed.get();
            running.add(job.id);
            workers.execute(() -> run(job));
        }
    }

    private void run(ComparisonJobEntity job) {
        try {
            ComparisonOptions options = LibraryRecords.options(job.requestedMode, job.ignoreCase, job.timeBudgetMillis);
            // for the team that queued it: its statements and comparison are that team's
            Access.as(job.ownerTeam, "comparison job " + job.id, () -> library.compareForJob(job.comparisonId,
                    job.leftStatementId, job.leftLabel, job.rightStatementId, job.rightLabel, options, () -> {
                        if (!jobs.finish(job.id, replica, ComparisonJobEntity.DONE, null, Instant.now())) {
                            throw new TakenOver();
                        }
                    }));
        } catch (TakenOver e) {
            LOG.infof("comparison job %s was taken over by another replica; its result is theirs", job.id);
        } catch (InputProblem e) {
            fail(job, e.getMessage());
        } catch (Exception e) {
            if (stopping) {
                // the job was handed back as the service stopped; its next claim runs it again
                LOG.infof("comparison job %s stopped with its service (%s)", job.id, e.getMessage());
                return;
            }
            LOG.errorf(e, "comparison job %s failed", job.id);
            fail(job, "the comparison failed with an internal error; the service's log has the details");
        } finally {
            running.remove(job.id);
            free.release();
        }
        try {
            claimWhileFree();
        } catch (RuntimeException e) {
            LOG.error("claiming the next job failed; the next tick tries again", e);
        }
    }

    private void fail(ComparisonJobEntity job, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    jobs.finish(job.id, replica, ComparisonJobEntity.FAILED, error, Instant.now()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not mark comparison job %s failed; it is claimed again when its lease runs out", job.id);
        }
    }

    /** On a clean stop the jobs this replica runs go back to the queue, for another replica now. */
    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            stopping = true; // after a claim under way, before any other: the hand-back below sees them all
        }
        // Handed back first: a worker stopped mid-job then finds the job no longer its own, and
        // neither stores a result nor marks the job failed.
        if (!running.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> jobs.release(replica, List.copyOf(running)));
            } catch (RuntimeException e) {
                LOG.warn("could not hand back the running jobs; their leases will run out", e);
            }
        }
        workers.shutdownNow();
    }

    /** The job was no longer this replica's when its result was to be stored. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super(null, null, false, false);
        }
    }
}
