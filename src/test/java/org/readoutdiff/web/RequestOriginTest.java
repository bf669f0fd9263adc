package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Changes only from the site's own pages (issue 12, row 9): a form or API post sent by a page
 * on another site is refused with 403 and stores nothing; our own pages, and programs that send
 * no Origin, go on. A body must say its Content-Type.
 */
@QuarkusTest
class RequestOriginTest {

    private static final String EVIL = "https://evil.example";

    @TestHTTPResource("/")
    URL home;

    private String own() {
        return "http://" + home.getHost() + ":" + home.getPort();
    }

    private static RequestSpecification form(String meeting) {
        return given().redirects().follow(false).contentType("multipart/form-data")
                .multiPart("leftText", "The sides met in Lima. " + meeting)
                .multiPart("leftMeeting", meeting)
                .multiPart("rightText", "The two sides met in Lima. " + meeting)
                .multiPart("rightMeeting", meeting);
    }

    private static Map<String, Object> apiBody(String meeting) {
        return Map.of("left", Map.of("text", "The sides met. " + meeting, "meeting", meeting),
                "right", Map.of("text", "The two sides met. " + meeting, "meeting", meeting));
    }

    /** How many statements of this meeting the library holds. */
    private static int stored(String meeting) {
        return given().queryParam("meeting", meeting).get("/api/statements").then().statusCode(200)
                .extract().path("count");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndNothingIsStored() {
        String meeting = "Cross-site " + UUID.randomUUID();
        form(meeting).header("Origin", EVIL).post("/comparisons")
                .then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("Refused: it was sent by a page on https://evil.example"))
                .body(containsString("readout-diff.allowed-origins"));
        form(meeting).header("Sec-Fetch-Site", "cross-site").post("/comparisons").then().statusCode(403);
        form(meeting).header("Origin", "null").post("/comparisons").then().statusCode(403)
                .body(containsString("Origin: null"));
        form(meeting).header("Origin", own().replace("http:", "https:")).post("/comparisons").then().statusCode(403);
        form(meeting).header("Origin", own()).header("Sec-Fetch-Site", "cross-site").post("/comparisons")
                .then().statusCode(403);
        given().redirects().follow(false).header("Origin", EVIL).formParam("left", "a").formParam("right", "b")
                .post("/comparisons/stored").then().statusCode(403);
        given().redirects().follow(false).header("Origin", EVIL).contentType("multipart/form-data")
                .multiPart("baseText", "One. " + meeting).multiPart("baseMeeting", meeting)
                .multiPart("other1Text", "Two. " + meeting).multiPart("other2Text", "Three. " + meeting)
                .post("/series").then().statusCode(403);
        assertEquals(0, stored(meeting), "a refused request leaves nothing in the library");
    }

    @Test
    void anApiPostFromAnotherSiteIsRefusedWithJson() {
        String meeting = "Cross-site API " + UUID.randomUUID();
        given().header("Origin", EVIL).contentType(ContentType.JSON).body(apiBody(meeting)).post("/api/comparisons")
                .then().statusCode(403).contentType(ContentType.JSON)
                .body("status", equalTo(403))
                .body("message", containsString("Refused: it was sent by a page on https://evil.example"));
        given().header("Origin", EVIL).contentType(ContentType.JSON)
                .body(Map.of("text", "A statement. " + meeting, "meeting", meeting)).post("/api/statements")
                .then().statusCode(403);
        given().header("Sec-Fetch-Site", "same-site").contentType(ContentType.JSON)
                .body(Map.of("text", "A statement. " + meeting, "meeting", meeting)).post("/api/statements")
                .then().statusCode(403);
        assertEquals(0, stored(meeting));
        given().header("Origin", EVIL).get("/api/statements").then().statusCode(200);
    }

    @Test
    void ourOwnPagesAndProgramsWithoutAnOriginMayPost() {
        String meeting = "Same origin " + UUID.randomUUID();
        form(meeting).header("Origin", own()).header("Sec-Fetch-Site", "same-origin").post("/comparisons")
                .then().statusCode(303);
        form(meeting + " b").header("Origin", "null").header("Sec-Fetch-Site", "same-origin").post("/comparisons")
                .then().statusCode(303);
        form(meeting + " c").header("Origin", own().toUpperCase(java.util.Locale.ROOT)).post("/comparisons")
                .then().statusCode(303);
        form(meeting + " d").post("/comparisons").then().statusCode(303);
        given().contentType(ContentType.JSON).body(apiBody(meeting + " e")).post("/api/comparisons")
                .then().statusCode(201);
        given().header("Sec-Fetch-Site", "none").contentType(ContentType.JSON).body(apiBody(meeting + " f"))
                .post("/api/comparisons").then().statusCode(201);
        assertEquals(2, stored(meeting));
    }

    @Test
    void aJsonBodyWithoutContentTypeOrAsTextIs415() throws IOException, InterruptedException {
        String meeting = "No content type " + UUID.randomUUID();
        String json = "{\"left\": {\"text\": \"The sides met. " + meeting + "\", \"meeting\": \"" + meeting + "\"}, "
                + "\"right\": {\"text\": \"The two sides met.\", \"meeting\": \"" + meeting + "\"}}";
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/comparisons", "/api/statements", "/api/series")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(own() + path))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.body().contains("no Content-Type header"), answer.body());
        }
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(own() + "/api/comparisons"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, plain.statusCode(), plain.body());
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(own() + "/comparisons/stored"))
                .POST(HttpRequest.BodyPublishers.ofString("left=a&right=b")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode(), form.body());
        assertEquals(0, stored(meeting));
    }

    @Test
    void theRuleItself() {
        String own = "http://localhost:8080";
        Set<String> none = Set.of();
        assertNull(RequestOrigin.refusal(null, null, own, none), "curl, scripts, CI");
        assertNull(RequestOrigin.refusal("http://localhost:8080", "same-origin", own, none));
        assertNull(RequestOrigin.refusal("HTTP://LocalHost:8080/", null, own, none));
        assertNull(RequestOrigin.refusal("null", "same-origin", own, none));
        assertNull(RequestOrigin.refusal(null, "none", own, none), "typed into the address bar");
        assertTrue(RequestOrigin.refusal("https://evil.example", null, own, none).startsWith("Refused"));
        assertTrue(RequestOrigin.refusal("http://localhost:8081", "same-site", own, none) != null);
        assertTrue(RequestOrigin.refusal("http://localhost:8080", "cross-site", own, none) != null);
        assertTrue(RequestOrigin.refusal(null, "cross-site", own, none) != null);
        assertTrue(RequestOrigin.refusal("null", null, own, none) != null);
        assertTrue(RequestOrigin.refusal("http://localhost:8080/path", null, own, none) != null, "not an origin");
        assertTrue(RequestOrigin.refusal("not a url", null, own, none) != null);

        List<String> invalid = new ArrayList<>();
        Set<String> listed = RequestOrigin.allowed(List.of("https://Newsroom.example.org:443", " ", "http://[::1]:9000",
                "newsroom.example.org", "https://x.example/path"), invalid::add);
        assertEquals(Set.of("https://newsroom.example.org", "http://[::1]:9000"), listed);
        assertEquals(2, invalid.size(), invalid.toString());
        assertTrue(invalid.get(0).contains("'newsroom.example.org' is not an origin"), invalid.get(0));
        assertNull(RequestOrigin.refusal("https://newsroom.example.org", "cross-site", own, listed));
        assertNull(RequestOrigin.refusal("http://[::1]:9000", "same-site", own, listed));
        assertTrue(RequestOrigin.refusal("https://newsroom.example.org:8443", "cross-site", own, listed) != null);
        assertEquals("https://x.example", RequestOrigin.origin("HTTPS", "X.example", 443));
        assertEquals("http://x.example:8443", RequestOrigin.origin("http", "x.example", 8443));
    }
}
