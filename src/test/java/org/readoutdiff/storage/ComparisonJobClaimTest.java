package org.readoutdiff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Claims of comparison jobs (V6__replicas.sql) on the database the application runs on: H2 by
 * default, PostgreSQL in CI's second pass. The jobs here are dated in 2000, so they are the oldest
 * and a claim takes them before any job another test left; each test ends its jobs.
 */
@QuarkusTest
class ComparisonJobClaimTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    StatementRepository statements;

    @Inject
    ComparisonJobRepository jobs;

    @Inject
    Database database;

    @Test
    void aJobIsClaimedOnceAndTakenOverWhenItsLeaseRunsOut() {
        String id = queued(1);
        Instant now = Instant.now();
        ComparisonJobEntity first = claim("replica-a", now).orElseThrow();
        assertEquals(id, first.id);
        assertEquals(1, first.attempts);
        assertEquals("replica-a", first.claimedBy);
        assertNotEquals(Optional.of(id), claim("replica-b", now).map(j -> j.id), "a held job is not claimed again");

        assertEquals(0, tx(() -> jobs.renew("replica-b", List.of(id), now.plus(LEASE))), "only its holder renews it");
        assertEquals(1, tx(() -> jobs.renew("replica-a", List.of(id), now.plus(LEASE))));

        Instant later = now.plus(LEASE).plusSeconds(1);
        ComparisonJobEntity second = claim("replica-b", later).orElseThrow();
        assertEquals(id, second.id, "a lease that ran out lets another replica take the job");
        assertEquals(2, second.attempts);
        assertFalse(tx(() -> jobs.finish(id, "replica-a", ComparisonJobEntity.DONE, null, later)),
                "the replica that lost the job cannot end it");
        assertTrue(tx(() -> jobs.finish(id, "replica-b", ComparisonJobEntity.DONE, null, later)));
        ComparisonJobEntity done = tx(() -> jobs.find(id).orElseThrow());
        assertEquals(ComparisonJobEntity.DONE, done.state);
        assertNull(done.leaseUntil);
    }

    @Test
    void aJobWhoseReplicaDiedTooOftenIsGivenUp() {
        String id = queued(2);
        Instant now = Instant.now();
        assertEquals(id, tx(() -> jobs.claim("replica-a", now, now.plusSeconds(1), 2)).orElseThrow().id);
        Instant later = now.plusSeconds(2);
        assertEquals(id, tx(() -> jobs.claim("replica-b", later, later.plusSeconds(1), 2)).orElseThrow().id);
        Instant end = later.plusSeconds(2);
        assertNotEquals(Optional.of(id), tx(() -> jobs.claim("replica-c", end, end.plusSeconds(1), 2)).map(j -> j.id),
                "not claimed a third time");
        assertTrue(tx(() -> jobs.abandon(end, 2, "gave up")) >= 1);
        ComparisonJobEntity failed = tx(() -> jobs.find(id).orElseThrow());
        assertEquals(ComparisonJobEntity.FAILED, failed.state);
        assertEquals("gave up", failed.error);
    }

    @Test
    void aReplicaThatStopsHandsItsJobBack() {
        String id = queued(5);
        Instant now = Instant.now();
        assertEquals(id, claim("replica-a", now).orElseThrow().id);
        assertEquals(0, tx(() -> jobs.release("replica-b", List.of(id))), "only its holder hands it back");
        assertEquals(1, tx(() -> jobs.release("replica-a", List.of(id))));
        ComparisonJobEntity back = tx(() -> jobs.find(id).orElseThrow());
        assertEquals(ComparisonJobEntity.QUEUED, back.state);
        assertNull(back.claimedBy);
        ComparisonJobEntity again = claim("replica-b", now).orElseThrow();
        assertEquals(id, again.id, "claimed again at once, without waiting for the lease");
        assertEquals(2, again.attempts);
        assertFalse(tx(() -> jobs.finish(id, "replica-a", ComparisonJobEntity.DONE, null, now)));
        assertTrue(tx(() -> jobs.finish(id, "replica-b", ComparisonJobEntity.DONE, null, now)));
    }

    /**
     * Two claims at the same moment: the second skips the row the first has locked. On PostgreSQL
     * it takes the next job; H2 applies FETCH FIRST before skipping and finds none (H2 runs in one
     * process, whose claims are made one at a time).
     */
    @Test
    void aSecondClaimAtTheSameMomentSkipsTheLockedJob() throws Exception {
        String older = queued(3);
        String newer = queued(4);
        Instant now = Instant.now();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> tx(() -> {
            String id = jobs.claim("replica-a", now, now.plus(LEASE), 3).orElseThrow().id;
            claimed.countDown();
            release.await(20, TimeUnit.SECONDS);
            return id;
        }));
        assertTrue(claimed.await(20, TimeUnit.SECONDS));
        Optional<String> second = claim("replica-b", now).map(j -> j.id);
        release.countDown();
        assertEquals(older, first.get(20, TimeUnit.SECONDS));
        if (database.kind().equals(DatabaseChoice.POSTGRESQL)) {
            assertEquals(Optional.of(newer), second);
        } else {
            assertEquals(Optional.empty(), second);
        }
        tx(() -> database.entityManager().createQuery("update ComparisonJobEntity j set j.state = 'done', "
                + "j.leaseUntil = null where j.id in :ids").setParameter("ids", List.of(older, newer)).executeUpdate());
    }

    private Optional<ComparisonJobEntity> claim(String replica, Instant now) {
        return tx(() -> jobs.claim(replica, now, now.plus(LEASE), 3));
    }

    /** A queued job dated {@code order} milliseconds into 2000. */
    private String queued(int order) {
        ComparisonJobEntity job = new ComparisonJobEntity();
        job.id = PublicIds.next();
        job.comparisonId = PublicIds.next();
        job.leftStatementId = TestStatements.store(statements, "left of " + job.id);
        job.rightStatementId = TestStatements.store(statements, "right of " + job.id);
        job.leftLabel = "left";
        job.rightLabel = "right";
        job.requestedMode = "auto";
        job.timeBudgetMillis = 10_000;
        job.state = ComparisonJobEntity.QUEUED;
        job.createdAt = Instant.parse("2000-01-01T00:00:00Z").plusMillis(order).truncatedTo(ChronoUnit.MILLIS);
        tx(() -> {
            jobs.persist(job);
            return null;
        });
        return job.id;
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
