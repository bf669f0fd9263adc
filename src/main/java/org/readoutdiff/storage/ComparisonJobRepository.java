package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Comparison jobs in the active database. Callers run these inside a transaction.
 *
 * <p>A claim takes the oldest claimable job (queued, or running under a lease that ran out) with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}: on PostgreSQL two replicas claiming at the same
 * moment lock two different rows, and neither waits for the other. H2 2.4 accepts the same
 * clause, but applies {@code FETCH FIRST} before skipping, so a second concurrent claimer there
 * finds nothing; H2 is one process, whose claims {@code service.JobWorker} makes one at a time.
 * Every later change of a running job names its holder ({@code claimed_by}), so a replica whose
 * lease was taken over changes nothing.
 */
@ApplicationScoped
public class ComparisonJobRepository {

    private static final String CLAIMABLE = "SELECT id FROM comparison_job WHERE state = 'queued' "
            + "OR (state = 'running' AND lease_until < :now AND attempts < :maxAttempts) "
            + "ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

    private final Database database;

    public ComparisonJobRepository(Database database) {
        this.database = database;
    }

    public Optional<ComparisonJobEntity> find(String id) {
        return Optional.ofNullable(em().find(ComparisonJobEntity.class, id));
    }

    public void persist(ComparisonJobEntity job) {
        em().persist(job);
        em().flush();
    }

    /**
     * Claims the oldest claimable job for {@code replica} until {@code leaseUntil}; empty when
     * there is none (or, on H2, when another thread of this process holds the one there is).
     */
    public Optional<ComparisonJobEntity> claim(String replica, Instant now, Instant leaseUntil, int maxAttempts) {
        @SuppressWarnings("unchecked")
        List<String> ids = em().createNativeQuery(CLAIMABLE, String.class)
                .setParameter("now", now).setParameter("maxAttempts", maxAttempts).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        ComparisonJobEntity job = em().find(ComparisonJobEntity.class, ids.get(0));
        job.state = ComparisonJobEntity.RUNNING;
        job.claimedBy = replica;
        job.leaseUntil = leaseUntil;
        job.startedAt = now;
        job.attempts++;
        em().flush();
        return Optional.of(job);
    }

    /** Extends the leases of the jobs {@code replica} runs; how many it still holds. */
    public int renew(String replica, List<String> ids, Instant leaseUntil) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em().createQuery("update ComparisonJobEntity j set j.leaseUntil = :until where j.id in :ids "
                        + "and j.claimedBy = :replica and j.state = 'running'")
                .setParameter("until", leaseUntil).setParameter("ids", ids).setParameter("replica", replica)
                .executeUpdate();
    }

    /**
     * Ends a job that {@code replica} holds as done or failed; false when it no longer holds it (its
     * lease ran out and another replica took the job over), and then nothing changed.
     */
    public boolean finish(String id, String replica, String state, String error, Instant now) {
        return em().createQuery("update ComparisonJobEntity j set j.state = :state, j.error = :error, "
                        + "j.finishedAt = :now, j.leaseUntil = null where j.id = :id and j.claimedBy = :replica "
                        + "and j.state = 'running'")
                .setParameter("state", state).setParameter("error", error).setParameter("now", now)
                .setParameter("id", id).setParameter("replica", replica).executeUpdate() == 1;
    }

    /** Puts the running jobs {@code replica} holds back in the queue (it is stopping). */
    public int release(String replica, List<String> ids) {
        return em().createQuery("update ComparisonJobEntity j set j.state = 'queued', j.claimedBy = null, "
                        + "j.leaseUntil = null where j.id in :ids and j.claimedBy = :replica and j.state = 'running'")
                .setParameter("ids", ids).setParameter("replica", replica).executeUpdate();
    }

    /**
     * Gives up the running jobs whose lease ran out after {@code maxAttempts} claims: each time,
     * the replica that ran it died (a comparison that kills its replica is not tried forever).
     */
    public int abandon(Instant now, int maxAttempts, String error) {
        return em().createQuery("update ComparisonJobEntity j set j.state = 'failed', j.error = :error, "
                        + "j.finishedAt = :now, j.leaseUntil = null where j.state = 'running' "
                        + "and j.leaseUntil < :now and j.attempts >= :maxAttempts")
                .setParameter("error", error).setParameter("now", now).setParameter("maxAttempts", maxAttempts)
                .executeUpdate();
    }

    private EntityManager em() {
        return database.entityManager();
    }
}
