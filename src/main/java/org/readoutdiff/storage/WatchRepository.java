package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Watches and their snapshots in the active database. Callers run these inside a transaction.
 *
 * <p>Claims are single UPDATE statements whose WHERE clause holds only while the row is free: on
 * H2 and on PostgreSQL alike the row is locked by the first UPDATE and the second one, after the
 * first commits, finds the condition false and changes nothing. So of several replicas (or of the
 * scheduler and a "check now") exactly one gets the watch, and a claim left by an instance that
 * died runs out at {@code claimed_until}.
 */
@ApplicationScoped
public class WatchRepository {

    private final Database database;

    public WatchRepository(Database database) {
        this.database = database;
    }

    public Optional<WatchEntity> find(String id) {
        return Optional.ofNullable(em().find(WatchEntity.class, id));
    }

    public void persist(WatchEntity watch) {
        em().persist(watch);
        em().flush();
    }

    /** Every watch, oldest first. */
    public List<WatchEntity> list() {
        return em().createQuery("from WatchEntity w order by w.createdAt, w.id", WatchEntity.class).getResultList();
    }

    /** The ids of the watches due at {@code now} and not claimed, soonest due first. */
    public List<String> due(Instant now, int limit) {
        return em().createQuery("select w.id from WatchEntity w where w.nextCheckAt <= :now "
                        + "and (w.claimedUntil is null or w.claimedUntil < :now) order by w.nextCheckAt, w.id", String.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Claims a watch until {@code until}: when {@code dueOnly}, only if it is due at {@code now};
     * in any case only if no one else holds it. True when this caller has it.
     */
    public boolean claim(String id, Instant now, Instant until, boolean dueOnly) {
        return em().createQuery("update WatchEntity w set w.claimedUntil = :until where w.id = :id "
                        + (dueOnly ? "and w.nextCheckAt <= :now " : "")
                        + "and (w.claimedUntil is null or w.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", id).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Deletes a watch and its snapshots (the statements and comparisons stay in the library). */
    public boolean delete(String id) {
        em().createQuery("delete from WatchSnapshotEntity s where s.watchId = :id").setParameter("id", id).executeUpdate();
        return em().createQuery("delete from WatchEntity w where w.id = :id").setParameter("id", id).executeUpdate() == 1;
    }

    public void persist(WatchSnapshotEntity snapshot) {
        em().persist(snapshot);
        em().flush();
    }

    public Optional<WatchSnapshotEntity> snapshot(String id) {
        return Optional.ofNullable(em().find(WatchSnapshotEntity.class, id));
    }

    /** A watch's versions, oldest first. */
    public List<WatchSnapshotEntity> snapshots(String watchId) {
        return em().createQuery("from WatchSnapshotEntity s where s.watchId = :id order by s.versionNumber",
                WatchSnapshotEntity.class).setParameter("id", watchId).getResultList();
    }

    /** A watch's latest version, if any. */
    public Optional<WatchSnapshotEntity> lastSnapshot(String watchId) {
        return em().createQuery("from WatchSnapshotEntity s where s.watchId = :id order by s.versionNumber desc",
                WatchSnapshotEntity.class).setParameter("id", watchId).setMaxResults(1).getResultStream().findFirst();
    }

    /** How many versions a watch has (without reading them). */
    public int countSnapshots(String watchId) {
        return em().createQuery("select count(s) from WatchSnapshotEntity s where s.watchId = :id", Long.class)
                .setParameter("id", watchId).getSingleResult().intValue();
    }

    /** The snapshots whose text is this statement, earliest first. */
    public List<WatchSnapshotEntity> snapshotsOfStatement(String statementId) {
        return em().createQuery("from WatchSnapshotEntity s where s.statementId = :id order by s.fetchedAt, s.id",
                WatchSnapshotEntity.class).setParameter("id", statementId).getResultList();
    }

    /** Versions that notify (feed entries), newest first; of one watch, or of all when {@code watchId} is null. */
    public List<WatchSnapshotEntity> notifying(String watchId, int limit) {
        var query = em().createQuery("from WatchSnapshotEntity s where s.notify = true"
                        + (watchId == null ? "" : " and s.watchId = :id") + " order by s.fetchedAt desc, s.id",
                WatchSnapshotEntity.class);
        if (watchId != null) {
            query.setParameter("id", watchId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Webhook deliveries due at {@code now} and not claimed. */
    public List<String> webhooksDue(Instant now, int limit) {
        return em().createQuery("select s.id from WatchSnapshotEntity s where s.webhookState = 'pending' "
                        + "and s.webhookNextAt <= :now and (s.webhookClaimedUntil is null or s.webhookClaimedUntil < :now) "
                        + "order by s.webhookNextAt, s.id", String.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Claims a pending webhook delivery that is due; true when this caller has it. */
    public boolean claimWebhook(String snapshotId, Instant now, Instant until) {
        return em().createQuery("update WatchSnapshotEntity s set s.webhookClaimedUntil = :until where s.id = :id "
                        + "and s.webhookState = 'pending' and s.webhookNextAt <= :now "
                        + "and (s.webhookClaimedUntil is null or s.webhookClaimedUntil < :now)")
                .setParameter("until", until).setParameter("id", snapshotId).setParameter("now", now)
                .executeUpdate() == 1;
    }

    private EntityManager em() {
        return database.entityManager();
    }
}
