package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readoutdiff.service.Watches;
import org.w3c.dom.Document;

/**
 * Watches against a real HTTP server on 127.0.0.1 ({@link TestSite}) whose readout page changes
 * over time: an edit, a format-only change, a 304, a 500, redirects to a private and a metadata
 * address, 20 MB bodies and a body that trickles in. Each case is checked where it shows: the
 * library (versions, statements, the citation page, WARC), the feeds and the webhook receiver.
 * The scheduler is off in tests (%test.readout-diff.watch.tick=off): checks run through the API.
 */
@QuarkusTest
class WatchTest {

    /** Makes this run's pages other bytes than an earlier run's (the library keeps the same bytes once). */
    private static final String RUN = java.util.UUID.randomUUID().toString();

    static final String FIRST = page("President Xi said that China firmly opposes any attempt to \"decouple\" the two economies.",
            "The two sides also agreed to continue consultations on counternarcotics.");
    static final String EDITED = page("President Xi said that China opposes any attempt to \"decouple\" the two economies.", "");
    static final String QUOTES_ONLY = page("President Xi said that China opposes any attempt to \u201cdecouple\u201d the two economies.", "");

    private static TestSite site;

    @Inject
    Watches watches;

    @BeforeAll
    static void startSite() throws Exception {
        site = new TestSite(FIRST);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    static String page(String position, String extra) {
        return "<!DOCTYPE html><html><head><title>Readout</title><!-- " + RUN + " --></head><body><nav>Home | News | Contact</nav>"
                + "<article><h1>Foreign Ministry Spokesperson on the meeting between the two Presidents</h1>"
                + "<p>On 16 November, President Xi Jinping met with President Joe Biden in Lima.</p>"
                + "<p>" + position + "</p>"
                + "<p>The two sides agreed to maintain human control over the decision to use nuclear weapons.</p>"
                + (extra.isEmpty() ? "" : "<p>" + extra + "</p>")
                + "<p>Both Presidents stressed the importance of keeping channels of communication open.</p>"
                + "</article><footer>Copyright Ministry of Foreign Affairs</footer></body></html>";
    }

    @Test
    void anEditAFormatOnlyChangeAndA304() throws Exception {
        String id = add(Map.of("url", site.url("/readout"), "label", "MFA readout, Lima", "issuer", "China MFA",
                "meeting", "Xi-Biden, Lima " + Instant.now(), "webhookUrl", site.url("/hook"), "intervalMinutes", 60));

        // the first check keeps version 1; nothing to notify
        JsonPath first = check(id);
        assertEquals("new-version", first.getString("lastOutcome"));
        assertEquals(1, first.getList("versions").size());
        assertNull(first.get("versions[0].comparisonId"));
        assertEquals(0, entries("/watches/" + id + "/feed.atom"));
        String firstRequestAgent = site.received("/readout").get(0).header("User-Agent");
        assertTrue(firstRequestAgent.startsWith("readout-diff/") && firstRequestAgent.contains("contact:"), firstRequestAgent);
        assertTrue(Instant.parse(first.getString("nextCheckAt")).isAfter(Instant.now().plus(Duration.ofMinutes(59))),
                "next check an interval later: " + first.getString("nextCheckAt"));

        // the same page again: the conditional GET gets a 304, nothing new is kept
        JsonPath notModified = check(id);
        assertEquals("not-modified", notModified.getString("lastOutcome"));
        List<TestSite.Received> fetches = site.received("/readout");
        assertEquals("\"v1\"", fetches.get(fetches.size() - 1).header("If-None-Match"));
        assertEquals(1, notModified.getList("versions").size());

        // an edit: "firmly" dropped, a sentence removed -> version 2, substantive, feed entry, webhook
        site.edit(EDITED);
        JsonPath edited = check(id);
        assertEquals("new-version", edited.getString("lastOutcome"));
        assertEquals(2, edited.getList("versions").size());
        assertEquals("substantive", edited.getString("versions[1].verdict"));
        String comparisonId = edited.getString("versions[1].comparisonId");
        assertNotNull(comparisonId);
        assertEquals("sent", edited.getString("versions[1].webhook"));
        given().get("/comparisons/" + comparisonId).then().statusCode(200);
        given().get("/api/comparisons/" + comparisonId).then().statusCode(200).body("mode", org.hamcrest.Matchers.equalTo("versions"));

        String feed = given().get("/watches/" + id + "/feed.atom").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asString();
        assertEquals(1, entries(feed.getBytes(StandardCharsets.UTF_8)));
        String content = content(feed);
        assertTrue(content.contains("substantive: \"firmly\" → \"\""), content);
        assertTrue(content.contains("Removed: \"The two sides also agreed to continue consultations on counternarcotics.\""), content);
        assertTrue(feed.contains("/comparisons/" + comparisonId), feed);
        String all = given().get("/watches/feed.atom").then().statusCode(200).extract().asString();
        assertTrue(all.contains("urn:readout-diff:watch-version:"), all);
        assertTrue(all.contains("/comparisons/" + comparisonId), all);

        List<TestSite.Received> hooks = site.received("/hook");
        assertEquals(1, hooks.size(), "one webhook for one substantive change");
        TestSite.Received hook = hooks.get(0);
        JsonPath payload = JsonPath.from(hook.text());
        assertEquals("substantive", payload.getString("verdict"));
        assertEquals(2, payload.getInt("version"));
        assertEquals(id, payload.getString("watch.id"));
        assertTrue(payload.getString("permalink").endsWith("/comparisons/" + comparisonId), payload.getString("permalink"));
        assertTrue(payload.getInt("counts.substantiveChanges") >= 1, hook.text());
        assertTrue(payload.getList("changes.before").contains("The two sides also agreed to continue consultations on counternarcotics."),
                hook.text());
        assertTrue(hook.text().contains("firmly"), hook.text());
        assertEquals("sha256=" + hmac("test-secret", hook.body()), hook.header("X-Readout-Diff-Signature"));
        assertEquals("application/json", hook.header("Content-Type"));

        // curly quotes only: version 3 is kept and compared, format-only, and notifies no one
        site.edit(QUOTES_ONLY);
        JsonPath quotes = check(id);
        assertEquals(3, quotes.getList("versions").size());
        assertEquals("format-only", quotes.getString("versions[2].verdict"));
        assertFalse(quotes.getBoolean("versions[2].notified"));
        assertEquals(1, entries("/watches/" + id + "/feed.atom"), "no feed entry for a format-only change");
        assertEquals(1, site.received("/hook").size(), "no webhook for a format-only change");

        // the library: each version a statement from the watched URL, with the SHA-256 of the bytes
        String statementId = quotes.getString("versions[1].statementId");
        given().get("/api/statements/" + statementId).then().statusCode(200)
                .body("sourceUrl", org.hamcrest.Matchers.equalTo(site.url("/readout")))
                .body("sha256", org.hamcrest.Matchers.equalTo(quotes.getString("versions[1].sha256")));
        assertEquals(sha256(EDITED.getBytes(StandardCharsets.UTF_8)), quotes.getString("versions[1].sha256"));

        // a sentence cited from version 1: the version's hash and fetch time, and where it appears
        String citation = given().get("/statements/" + quotes.getString("versions[0].statementId") + "/v/1")
                .then().statusCode(200).extract().asString();
        assertTrue(citation.contains(quotes.getString("versions[0].sha256")), "the snapshot's hash");
        assertTrue(citation.contains("id=\"S5\""), citation);
        assertTrue(citation.contains("in version 1; not in version 2, 3"), "the removed sentence: " + citation);
        given().get("/statements/" + statementId + "/v/9").then().statusCode(404);

        // the snapshot as a WARC record
        String warc = given().get("/watches/" + id + "/versions/2.warc").then().statusCode(200)
                .contentType("application/warc").extract().asString();
        assertTrue(warc.startsWith("WARC/1."), warc);
        assertTrue(warc.contains("WARC-Type: response"), warc);
        assertTrue(warc.contains("WARC-Target-URI: " + site.url("/readout")), warc);
        assertTrue(warc.contains("China opposes any attempt"), warc);

        // the watches page and the watch's page show it
        String list = given().get("/watches").then().statusCode(200).extract().asString();
        assertTrue(list.contains("MFA readout, Lima"), list);
        String own = given().get("/watches/" + id).then().statusCode(200).extract().asString();
        assertTrue(own.contains("Version 3") && own.contains("substantive") && own.contains("format-only"), own);
    }

    @Test
    void aFailingPageIsRecordedAndBackedOff() {
        String id = add(Map.of("url", site.url("/error"), "label", "Broken page", "intervalMinutes", 10));
        JsonPath once = check(id);
        assertEquals("error", once.getString("lastOutcome"));
        assertTrue(once.getString("lastError").contains("HTTP 500"), once.getString("lastError"));
        assertEquals(1, once.getInt("failures"));
        Instant firstNext = Instant.parse(once.getString("nextCheckAt"));
        assertTrue(firstNext.isAfter(Instant.now().plus(Duration.ofMinutes(9))), "an interval later");
        JsonPath twice = check(id);
        assertEquals(2, twice.getInt("failures"));
        assertTrue(Instant.parse(twice.getString("nextCheckAt")).isAfter(Instant.now().plus(Duration.ofMinutes(19))),
                "twice the interval after the second failure: " + twice.getString("nextCheckAt"));
        assertEquals(0, twice.getList("versions").size());
        String page = given().get("/watches/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Last error") && page.contains("HTTP 500"), page);
        assertEquals(0, entries("/watches/" + id + "/feed.atom"));
    }

    @Test
    void privateAddressesAreRefusedOnEveryHop() {
        String viaRedirect = add(Map.of("url", site.url("/redirect-private")));
        String error = check(viaRedirect).getString("lastError");
        assertTrue(error.startsWith("refused:") && error.contains("10.1.2.3") && error.contains("private"), error);
        String metadata = add(Map.of("url", site.url("/redirect-metadata")));
        error = check(metadata).getString("lastError");
        assertTrue(error.contains("169.254.169.254") && error.contains("link-local"), error);
        String port = site.url("/").replaceAll(".*:(\\d+)/", "$1");
        for (String host : List.of("127.0.0.2", "[::1]", "0.0.0.0")) {
            String direct = add(Map.of("url", "http://" + host + ":" + port + "/readout"));
            error = check(direct).getString("lastError");
            assertTrue(error != null && error.startsWith("refused:"), host + " is not in the allowed list (127.0.0.1 is): " + error);
        }
        String loop = add(Map.of("url", site.url("/redirect-loop")));
        error = check(loop).getString("lastError");
        assertTrue(error.contains("more than 5 redirects"), error);
        assertEquals(6, site.received("/redirect-loop").size(), "the first request and 5 redirects");
    }

    @Test
    void twentyMegabytesAndASlowBodyAreGivenUp() {
        for (String path : List.of("/huge", "/huge-chunked")) {
            String id = add(Map.of("url", site.url(path)));
            long started = System.nanoTime();
            JsonPath result = check(id);
            assertTrue(result.getString("lastError").contains("larger than the limit of 10,000,000 bytes"),
                    result.getString("lastError"));
            assertEquals(0, result.getList("versions").size());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(10).toNanos(), path + " given up at once");
        }
        String slow = add(Map.of("url", site.url("/slow")));
        long started = System.nanoTime();
        JsonPath result = check(slow);
        long took = System.nanoTime() - started;
        assertTrue(result.getString("lastError").contains("no complete answer within 4 s"), result.getString("lastError"));
        assertTrue(took < Duration.ofSeconds(9).toNanos(), "the fetch budget (4 s in tests) ends it: " + took / 1_000_000 + " ms");
    }

    /**
     * The claim: while one check of a watch runs (a trickling page keeps it busy for the 4 s
     * budget), a second "check now" is a 409 and the scheduler's pass leaves it alone; the page
     * is fetched once.
     */
    @Test
    void aWatchBeingCheckedIsNotCheckedTwice() throws Exception {
        String id = add(Map.of("url", site.url("/slow-claim")));
        int before = site.received("/slow-claim").size();
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                given().post("/api/watches/" + id + "/check").then().extract().statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (site.received("/slow-claim").size() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        given().post("/api/watches/" + id + "/check").then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("being checked right now"));
        watches.checkMany(false);
        assertEquals(200, first.get());
        assertEquals(before + 1, site.received("/slow-claim").size(), "fetched once");
        assertEquals(1, get(id).getInt("checks"));
    }

    @Test
    void aWebhookThatFailsIsRetriedWithBackoff() throws Exception {
        try (TestSite own = new TestSite(FIRST.replace(RUN, RUN + "-hook"))) {
            String id = add(Map.of("url", own.url("/readout"), "webhookUrl", own.url("/hook")));
            check(id);
            own.hookStatuses.addAll(List.of(500, 503));
            own.edit(EDITED.replace(RUN, RUN + "-hook"));
            JsonPath edited = check(id);
            assertEquals("pending", edited.getString("versions[1].webhook"));
            assertTrue(edited.getString("versions[1].webhookError").contains("HTTP 500"));
            watches.deliverDueWebhooks();
            assertEquals(1, own.received("/hook").size(), "not due before its back-off (1 s in tests)");
            Thread.sleep(1_200);
            watches.deliverDueWebhooks();
            assertEquals("pending", get(id).getString("versions[1].webhook"), "the 503 is a second failure");
            assertEquals(2, own.received("/hook").size());
            Thread.sleep(4_300); // the second back-off is four times the first
            watches.deliverDueWebhooks();
            assertEquals("sent", get(id).getString("versions[1].webhook"));
            List<TestSite.Received> hooks = own.received("/hook");
            assertEquals(3, hooks.size());
            assertEquals(hooks.get(0).text(), hooks.get(2).text(), "the same delivery each time");
            assertEquals(hooks.get(0).header("X-Readout-Diff-Delivery"), hooks.get(2).header("X-Readout-Diff-Delivery"));
            watches.deliverDueWebhooks();
            assertEquals(3, own.received("/hook").size(), "a sent delivery is never sent again");
        }
    }

    @Test
    void badInputIsA400WithAMessage() {
        assertBad(Map.of("url", "ftp://example.org/readout"), "only http and https");
        assertBad(Map.of("url", "https://example.org/readout", "intervalMinutes", 2), "intervalMinutes must be between 5");
        assertBad(Map.of("url", "https://example.org/readout", "selector", "div[class"), "selector");
        assertBad(Map.of("url", "https://user:secret@example.org/readout"), "user name or password");
        assertBad(Map.of("label", "no url"), "needs \"url\"");
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/readout", "issuer", "x".repeat(300)))
                .post("/api/watches").then().statusCode(413).body("message", org.hamcrest.Matchers.containsString("issuer"));
        assertBad(Map.of("url", "https://example.org/readout", "webhookUrl", "javascript:alert(1)"), "webhookUrl");
        given().contentType(ContentType.JSON).body("{\"url\": \"https://example.org/\", \"intervalMinutes\": \"often\"}")
                .post("/api/watches").then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("intervalMinutes"));
        given().contentType(ContentType.JSON).body("{\"url\": ").post("/api/watches").then().statusCode(400);
        given().get("/api/watches/NoSuchWatch0000").then().statusCode(404);
        given().delete("/api/watches/NoSuchWatch0000").then().statusCode(404);
        given().post("/api/watches/NoSuchWatch0000/check").then().statusCode(404);
        String page = given().contentType(ContentType.URLENC).formParam("url", "https://example.org/")
                .formParam("intervalMinutes", "soon").post("/watches").then().statusCode(400).extract().asString();
        assertTrue(page.contains("whole number of minutes") && !page.contains("at org."), page);
    }

    /** A watch that asks for every change: a quotes-only version is a feed entry too, and says so. */
    @Test
    void aWatchThatAsksIsToldOfFormatOnlyChanges() throws Exception {
        String tag = "<head><!-- minor " + RUN + " -->";
        try (TestSite own = new TestSite(EDITED.replace("<head>", tag))) {
            String id = add(Map.of("url", own.url("/readout"), "notifyMinor", true));
            check(id);
            own.edit(QUOTES_ONLY.replace("<head>", tag));
            JsonPath quotes = check(id);
            assertEquals("format-only", quotes.getString("versions[1].verdict"));
            assertTrue(quotes.getBoolean("versions[1].notified"));
            String content = content(given().get("/watches/" + id + "/feed.atom").then().statusCode(200).extract().asString());
            assertTrue(content.startsWith("format-only:") && content.contains("format: \"\"\" → \"\u201c\""), content);
        }
    }

    @Test
    void aWatchCanBeListedAndRemoved() {
        String id = add(Map.of("url", "https://example.org/listed", "label", "Listed"));
        assertTrue(given().get("/api/watches").then().statusCode(200).extract().jsonPath().getList("watches.id").contains(id));
        given().delete("/api/watches/" + id).then().statusCode(204);
        given().get("/api/watches/" + id).then().statusCode(404);
    }

    private static void assertBad(Map<String, Object> body, String message) {
        given().contentType(ContentType.JSON).body(body).post("/api/watches").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString(message));
    }

    static String add(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/watches").then().statusCode(201)
                .extract().path("id");
    }

    static JsonPath check(String id) {
        return given().post("/api/watches/" + id + "/check").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath get(String id) {
        return given().get("/api/watches/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static int entries(String feedPath) {
        return entries(given().get(feedPath).then().statusCode(200).extract().asByteArray());
    }

    /** The number of Atom entries, after parsing the feed as XML (it must be well-formed). */
    static int entries(byte[] feed) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
            assertEquals("http://www.w3.org/2005/Atom", document.getDocumentElement().getNamespaceURI());
            return document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
        } catch (Exception e) {
            throw new AssertionError("the feed is not well-formed XML: " + new String(feed, StandardCharsets.UTF_8), e);
        }
    }

    /** The text of the first entry's content, as a feed reader shows it. */
    static String content(String feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        return document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0).getTextContent();
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
