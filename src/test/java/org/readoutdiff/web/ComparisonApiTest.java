package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/comparisons and GET /api/comparisons/{id}, with every error status. */
@QuarkusTest
class ComparisonApiTest {

    static String fixture(String path) {
        try {
            return Files.readString(Path.of("fixtures", path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Object> side(String text, String label) {
        return Map.of("text", text, "label", label, "issuer", "Ministry", "date", "2024-11-16",
                "sourceUrl", "https://example.org/" + label);
    }

    @Test
    void comparesTwoTextsStoresTheComparisonAndServesItAgain() {
        // The same new last paragraph on both sides: new statements (so this test's metadata is theirs), same changes.
        String unique = "\n\nRun " + java.util.UUID.randomUUID() + ".\n";
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("left", side(fixture("versions/word-substitutions/left.txt") + unique, "original"),
                        "right", side(fixture("versions/word-substitutions/right.txt") + unique, "edited"),
                        "mode", "versions"))
                .post("/api/comparisons")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/comparisons/[A-Za-z0-9]{16}"))
                .header("X-Content-Type-Options", "nosniff")
                .body("schema", equalTo("readout-diff/comparison/1"))
                .body("mode", equalTo("versions"))
                .body("left.label", equalTo("original"))
                .body("left.issuer", equalTo("Ministry"))
                .body("summary.verdict", equalTo("substantive"))
                .body("summary.substantiveChanges", equalTo(4))
                .body("pairs.changes.flatten().find { it.left.text == 'firmly ' || it.left.text == 'firmly' }.kind",
                        equalTo("substantive"))
                .extract().response();
        String id = created.path("id");
        String body = created.asString();
        String again = given().get("/api/comparisons/" + id)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        assertEquals(body, again, "the stored result is served as stored");
    }

    @Test
    void comparesStoredStatementsById() {
        String left = given().contentType(ContentType.JSON)
                .body(Map.of("text", fixture("statements/seed-lima-2024-cn.txt"), "label", "CN readout",
                        "meeting", "Xi-Biden, Lima, 2024"))
                .post("/api/statements").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().path("id");
        String right = given().contentType(ContentType.JSON)
                .body(Map.of("text", fixture("statements/lima-2024-us-a.txt"), "label", "US readout",
                        "meeting", "Xi-Biden, Lima, 2024"))
                .post("/api/statements").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("statementId", left), "right", Map.of("statementId", right),
                        "mode", "counterparts"))
                .post("/api/comparisons")
                .then().statusCode(201)
                .body("mode", equalTo("counterparts"))
                .body("left.sha256", matchesPattern("[0-9a-f]{64}"))
                .body("right.sentences", org.hamcrest.Matchers.not(hasSize(0)));
    }

    @Test
    void badRequestsAre400WithAMessage() {
        given().contentType(ContentType.JSON).body("{\"left\": ")
                .post("/api/comparisons")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("message", startsWith("the request body is not valid JSON"));
        given().contentType(ContentType.JSON).body(Map.of("left", Map.of("text", "One sentence.")))
                .post("/api/comparisons")
                .then().statusCode(400).body("message", equalTo("\"right\" is missing"));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "One.", "statementId", "abc"), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(400).body("message", containsString("either \"text\" or \"statementId\""));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "One."), "right", Map.of("text", "Two."), "mode", "sideways"))
                .post("/api/comparisons")
                .then().statusCode(400).body("message", containsString("unknown mode 'sideways'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "One.", "date", "16/11/2024"), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(400).body("message", containsString("is not a date like 2024-11-16"));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "   "), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(400).body("message", startsWith("left statement: "));
        given().contentType(ContentType.JSON).body("[1, 2]")
                .post("/api/comparisons")
                .then().statusCode(400).body("message", startsWith("the request body does not have the expected shape"));
    }

    @Test
    void unknownIdsAre404() {
        given().get("/api/comparisons/NoSuchComparison1")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("Not Found"))
                .body("message", equalTo("there is no comparison with the id 'NoSuchComparison1'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("statementId", "NoSuchStatement1"), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(404).body("message", containsString("no statement with the id 'NoSuchStatement1'"));
        given().get("/api/no-such-thing").then().statusCode(404).contentType(ContentType.JSON);
    }

    @Test
    void aTextOverTheLimitIs413() {
        String big = "The two sides agreed to talk again. ".repeat(30_000); // 1.08 MB
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", big), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("message", equalTo("left statement: the pasted text is 1.1 MB, more than the limit of 1.0 MB"));
        given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("text", "One.", "label", "x".repeat(201)), "right", Map.of("text", "Two.")))
                .post("/api/comparisons")
                .then().statusCode(413).body("message", containsString("the label has 201 characters"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        given().contentType(ContentType.TEXT).body("left and right")
                .post("/api/comparisons")
                .then().statusCode(415).contentType(ContentType.JSON)
                .body("message", containsString("application/json"));
    }
}
