package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readoutdiff.service.WorkLimit;

/**
 * Heavy work is bounded: with every run and every queue place taken, the next comparison is
 * refused at once with 503 and Retry-After (JSON under /api, a page for the form), while the
 * health check and small pages are still answered; a request that waits in the queue runs when
 * a run frees up.
 */
@QuarkusTest
class WorkLimitTest {

    @Inject
    WorkLimit limit;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAll() throws InterruptedException {
        release.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    /**
     * Takes every run of the lane these tests' readout-sized requests use (they block until the
     * test ends), then every queue place if asked.
     */
    private void occupy(boolean queueToo) throws InterruptedException {
        WorkLimit lane = limit.lane(1_000);
        CountDownLatch started = new CountDownLatch(lane.permits());
        for (int i = 0; i < lane.permits(); i++) {
            threads.submit(() -> lane.call(() -> {
                started.countDown();
                return release.await(60, TimeUnit.SECONDS);
            }));
        }
        assertTrue(started.await(10, TimeUnit.SECONDS), "the runs are taken");
        if (queueToo) {
            for (int i = 0; i < lane.queueLength(); i++) {
                threads.submit(() -> lane.call(() -> true));
            }
            Thread.sleep(300); // they are waiting in the queue now
        }
    }

    private static Map<String, Object> request() {
        String unique = UUID.randomUUID().toString();
        return Map.of("left", Map.of("text", "The two sides agreed. " + unique),
                "right", Map.of("text", "The two sides disagreed. " + unique));
    }

    @Test
    void sizedFromTheCoresAndTheHeap() {
        long mb = 1024L * 1024;
        assertEquals(1, WorkLimit.automatic(2, 1024 * mb), "two cores: one left for the rest");
        assertEquals(3, WorkLimit.automatic(4, 8192 * mb));
        assertEquals(2, WorkLimit.automatic(8, 1024 * mb), "bounded by the heap");
        assertEquals(1, WorkLimit.automatic(1, 4096 * mb), "at least one");
        assertEquals(1, WorkLimit.automatic(4, 100 * mb), "at least one");
        assertEquals(3, WorkLimit.automatic(4, Long.MAX_VALUE));
        assertTrue(limit.permits() >= 1 && limit.queueLength() >= 0);
    }

    @Test
    void aWaitInTheQueueEndsInARefusalWhenNoRunFreesUp() throws Exception {
        WorkLimit one = new WorkLimit(1, 1, java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(7));
        CountDownLatch started = new CountDownLatch(1);
        threads.submit(() -> one.call(() -> {
            started.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(!one.full(), "one place in the queue is free");
        WorkLimit.Busy busy = org.junit.jupiter.api.Assertions.assertThrows(WorkLimit.Busy.class, () -> one.call(() -> 1));
        assertEquals(7, busy.retryAfterSeconds(), "after waiting 200 ms in the queue");
    }

    @Test
    void beyondTheQueueTheAnswerIs503WithRetryAfter() throws Exception {
        occupy(true);
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(request())
                .post("/api/comparisons")
                .then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .contentType(ContentType.JSON)
                .body("status", equalTo(503))
                .body("message", containsString("try again"));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused at once, not after a wait");
        given().multiPart("leftText", "One. " + UUID.randomUUID()).multiPart("rightText", "Two.")
                .header("Origin", "http://localhost")
                .redirects().follow(false)
                .post("/comparisons")
                .then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .contentType(containsString("text/html"))
                .body(containsString("try again"));
        // Meanwhile the small requests are answered.
        given().get("/q/health").then().statusCode(200);
        given().get("/api/statements").then().statusCode(200);
    }

    @Test
    void aRequestInTheQueueRunsWhenARunFreesUp() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(limit.queueLength() > 0);
        occupy(false);
        Future<Integer> queued = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(request()).post("/api/comparisons").statusCode(), threads);
        Thread.sleep(500);
        assertTrue(!queued.isDone(), "it waits while every run is taken");
        release.countDown();
        assertEquals(201, queued.get(30, TimeUnit.SECONDS));
    }
}
