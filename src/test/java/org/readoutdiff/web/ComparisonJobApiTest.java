package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.readoutdiff.storage.ComparisonJobEntity;
import org.readoutdiff.storage.ComparisonJobRepository;
import org.readoutdiff.storage.PublicIds;

/**
 * Comparisons that run as jobs (docs/web.md: "Several replicas"): asked for with Prefer: respond-async
 * (202, then GET /api/jobs/{id} until done), and a heavy one, which the request (API or form) waits
 * for and answers as any other; the job's page while it runs and after it failed.
 */
@QuarkusTest
class ComparisonJobApiTest {

    @Inject
    ComparisonJobRepository jobRepository;

    @Test
    void respondAsyncAnswers202AndTheJobEndsWithTheComparison() throws InterruptedException {
        String unique = "\n\nRun " + UUID.randomUUID() + ".\n";
        Response accepted = given().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(Map.of("left", ComparisonApiTest.side(ComparisonApiTest.fixture(
                                "versions/word-substitutions/left.txt") + unique, "original"),
                        "right", ComparisonApiTest.side(ComparisonApiTest.fixture(
                                "versions/word-substitutions/right.txt") + unique, "edited"),
                        "mode", "versions"))
                .post("/api/comparisons")
                .then().statusCode(202).contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/jobs/[A-Za-z0-9]{16}"))
                .header("Retry-After", "2")
                .body("state", oneOf("queued", "running", "done"))
                .extract().response();
        String jobId = accepted.path("id");
        String comparisonId = accepted.path("comparisonId");

        Response done = waitForJob(jobId);
        assertEquals("done", done.path("state"));
        assertEquals(comparisonId, done.path("comparisonId"));
        assertEquals("/api/comparisons/" + comparisonId, done.path("comparison"));
        assertEquals(Integer.valueOf(1), done.path("attempts"));
        assertFalse(done.headers().hasHeaderWithName("Retry-After"), "a finished job is not polled again");
        given().get("/api/comparisons/" + comparisonId).then().statusCode(200)
                .body("id", equalTo(comparisonId))
                .body("left.label", equalTo("original"))
                .body("summary.verdict", equalTo("substantive"))
                .body("summary.substantiveChanges", equalTo(4));
        given().get("/comparisons/" + comparisonId).then().statusCode(200);
    }

    @Test
    void aHeavyComparisonIsAJobThatTheRequestWaitsFor() {
        // Over readout-diff.jobs.heavy-chars (300,000) in all: 160,000 characters a side.
        String unique = "Run " + UUID.randomUUID() + ".\n\n";
        String left = unique + numberedParagraphs(160_000, "agreed");
        String right = unique + numberedParagraphs(160_000, "decided");
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", left, "label", "long left"),
                        "right", Map.of("text", right, "label", "long right"), "mode", "versions"))
                .post("/api/comparisons")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/comparisons/[A-Za-z0-9]{16}"))
                .body("left.label", equalTo("long left"))
                .extract().response();
        String again = given().get("/api/comparisons/" + created.path("id")).then().statusCode(200).extract().asString();
        assertEquals(created.asString(), again);
    }

    @Test
    void aHeavyComparisonFromTheFormIsSentToItsReport() {
        String unique = "Run " + UUID.randomUUID() + ".\n\n";
        String location = given().redirects().follow(false)
                .multiPart("leftText", unique + numberedParagraphs(160_000, "agreed"))
                .multiPart("rightText", unique + numberedParagraphs(160_000, "decided"))
                .multiPart("mode", "versions")
                .post("/comparisons")
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/comparisons/[A-Za-z0-9]{16}"), location);
    }

    @Test
    void theJobPageReloadsUntilTheJobEndsAndThenShowsWhatBecameOfIt() {
        ComparisonJobEntity job = new ComparisonJobEntity();
        job.id = PublicIds.next();
        job.comparisonId = PublicIds.next();
        String left = given().contentType(ContentType.JSON).body(Map.of("text", "Job page left " + job.id + "."))
                .post("/api/statements").then().statusCode(201).extract().path("id");
        job.leftStatementId = left;
        job.rightStatementId = left;
        job.leftLabel = "left";
        job.rightLabel = "right";
        job.requestedMode = "auto";
        job.timeBudgetMillis = 10_000;
        // Held by a replica elsewhere for an hour: this test's service never claims it.
        job.state = ComparisonJobEntity.RUNNING;
        job.claimedBy = "elsewhere";
        job.attempts = 1;
        job.createdAt = Instant.now();
        job.leaseUntil = job.createdAt.plusSeconds(3600);
        QuarkusTransaction.requiringNew().run(() -> jobRepository.persist(job));

        given().get("/jobs/" + job.id).then().statusCode(200).contentType(ContentType.HTML)
                .header("Refresh", "2")
                .body(containsString("job " + job.id + ", running on elsewhere"))
                .body(containsString("href=\"/comparisons/" + job.comparisonId + "\""));
        given().get("/api/jobs/" + job.id).then().statusCode(200).header("Retry-After", "2")
                .body("state", equalTo("running")).body("claimedBy", equalTo("elsewhere"))
                .body("comparison", nullValue());

        assertTrue(QuarkusTransaction.requiringNew().call(() -> jobRepository.finish(job.id, "elsewhere",
                ComparisonJobEntity.FAILED, "the comparison <failed> for a test", Instant.now())));
        given().get("/jobs/" + job.id).then().statusCode(500).contentType(ContentType.HTML)
                .body(containsString("the comparison &lt;failed&gt; for a test"));
        given().get("/jobs/NoSuchJob0000001").then().statusCode(404).contentType(ContentType.HTML);
    }

    @Test
    void anUnknownJobIs404() {
        given().get("/api/jobs/NoSuchJob0000001").then().statusCode(404).contentType(ContentType.JSON)
                .body("message", equalTo("there is no comparison job with the id 'NoSuchJob0000001'"));
    }

    @Test
    void preferRespondAsyncIsReadAmongOtherPreferences() {
        assertTrue(JobApi.respondAsync("respond-async"));
        assertTrue(JobApi.respondAsync("return=minimal, Respond-Async; wait=10"));
        assertFalse(JobApi.respondAsync("return=representation"));
        assertFalse(JobApi.respondAsync(null));
    }

    /** Paragraphs "Paragraph N: the two sides WORD to ..." up to about {@code chars} characters. */
    static String numberedParagraphs(int chars, String word) {
        StringBuilder text = new StringBuilder(chars + 200);
        for (int n = 1; text.length() < chars; n++) {
            text.append("Paragraph ").append(n).append(": the two sides ").append(n % 7 == 0 ? word : "agreed")
                    .append(" to continue talks on item ").append(n).append(" and to meet again.\n\n");
        }
        return text.toString();
    }

    private static Response waitForJob(String jobId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Response job = given().get("/api/jobs/" + jobId).then().statusCode(200).extract().response();
            if (!job.<String>path("state").equals("queued") && !job.<String>path("state").equals("running")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not end within 30 s");
    }
}
