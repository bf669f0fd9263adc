package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** POST /api/series and GET /api/series/{id}: one base against several, and the errors. */
@QuarkusTest
class SeriesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String lima(String file) {
        return ComparisonApiTest.fixture("series/lima-2024/" + file);
    }

    /** China's Lima readout against the US one and China's two earlier readouts, dated as a user would. */
    static Map<String, Object> limaRequest() {
        return Map.of(
                "base", Map.of("text", lima("base.txt"), "label", "China: Lima 2024", "issuer", "MFA",
                        "date", "2024-11-16"),
                "others", List.of(
                        Map.of("text", lima("counterpart.txt"), "label", "US: Lima 2024", "date", "2024-11-16"),
                        Map.of("text", lima("earlier-2023.txt"), "label", "China: Woodside 2023", "date", "2023-11-15"),
                        Map.of("text", lima("earlier-2022.txt"), "label", "China: Bali 2022", "date", "2022-11-14")));
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = SeriesApiTest.class.getResourceAsStream("/schema/series-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void comparesABaseWithThreeOthersStoresTheSetAndServesItAgain() throws IOException {
        Response created = given().contentType(ContentType.JSON).body(limaRequest())
                .post("/api/series")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/series/[A-Za-z0-9]{16}"))
                .header("Link", matchesPattern("</series/[A-Za-z0-9]{16}>; rel=\"alternate\"; type=\"text/html\""))
                .header("X-Content-Type-Options", "nosniff")
                .body("schema", equalTo("readout-diff/series/1"))
                .body("statements", hasSize(4))
                .body("statements[0].label", equalTo("China: Lima 2024"))
                .body("statements[3].label", equalTo("China: Bali 2022"))
                .body("comparisons", hasSize(3))
                .extract().response();
        String id = created.path("id");
        assertEquals("/api/series/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        JsonNode json = JSON.readTree(created.asString());
        assertEquals(Set.of(), schema().validate(json), "the answer follows schema readout-diff/series/1");
        // The earlier meetings are followed in date order, oldest first.
        List<String> order = new ArrayList<>();
        json.get("timeline").get("order").forEach(n -> order.add(json.get("statements").get(n.asInt()).get("label").asText()));
        assertEquals("China: Bali 2022", order.get(0), order.toString());

        String again = given().get("/api/series/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertEquals(created.asString(), again, "the stored result is served as stored");
    }

    @Test
    void comparesStoredStatementsById() {
        List<String> ids = new ArrayList<>();
        for (String file : List.of("base.txt", "counterpart.txt", "earlier-2023.txt")) {
            ids.add(given().contentType(ContentType.JSON).body(Map.of("text", lima(file), "label", file))
                    .post("/api/statements").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                    .extract().path("id"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("statementId", ids.get(0)),
                        "others", List.of(Map.of("statementId", ids.get(1), "label", "the other side"),
                                Map.of("statementId", ids.get(2))),
                        "ignoreCase", true))
                .post("/api/series")
                .then().statusCode(201)
                .body("options.ignoreCase", equalTo(true))
                .body("statements[1].label", equalTo("the other side"))
                .body("statements[0].sha256", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void fewerThanTwoOthersOrNoBaseAre400WithAMessage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("text", "One."), "others", List.of(Map.of("text", "Two."))))
                .post("/api/series")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", equalTo("a series needs a base and at least 2 other statements; 1 other "
                        + "was given (to compare two statements, make a comparison)"));
        given().contentType(ContentType.JSON)
                .body(Map.of("others", List.of(Map.of("text", "Two."), Map.of("text", "Three."))))
                .post("/api/series")
                .then().statusCode(400).body("message", equalTo("\"base\" is missing"));
        given().contentType(ContentType.JSON).body(Map.of("base", Map.of("text", "One.")))
                .post("/api/series")
                .then().statusCode(400).body("message", startsWith("\"others\" is missing"));
        given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("text", "One."), "others", List.of(Map.of("text", "Two."), Map.of())))
                .post("/api/series")
                .then().statusCode(400).body("message", containsString("\"others[1]\" needs either \"text\" or \"statementId\""));
        given().contentType(ContentType.JSON).body("{\"base\": ")
                .post("/api/series")
                .then().statusCode(400).body("message", startsWith("the request body is not valid JSON"));
    }

    @Test
    void moreOthersThanTheBudgetIs413() {
        List<Map<String, Object>> others = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            others.add(Map.of("text", "Statement " + i + "."));
        }
        given().contentType(ContentType.JSON).body(Map.of("base", Map.of("text", "Base."), "others", others))
                .post("/api/series")
                .then().statusCode(413)
                .body("message", equalTo("a series compares the base with at most 8 other statements; 9 were given"));
    }

    @Test
    void unknownStatementsAndSetsAre404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("text", "One."),
                        "others", List.of(Map.of("text", "Two."), Map.of("statementId", "NoSuchStatement1"))))
                .post("/api/series")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("message", equalTo("other statement 2: there is no statement with the id 'NoSuchStatement1'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("statementId", "../etc"), "others", List.of(Map.of("text", "Two."), Map.of("text", "Three."))))
                .post("/api/series")
                .then().statusCode(404).body("message", equalTo("base statement: there is no statement with the id '../etc'"));
        given().get("/api/series/NoSuchSet1")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("message", equalTo("there is no series with the id 'NoSuchSet1'"));
    }

    /** Series were "comparison sets": their old addresses redirect (308, a POST stays a POST), query kept. */
    @Test
    void theFormerAddressesRedirectToTheSeries() {
        given().redirects().follow(false).contentType(ContentType.JSON).body(Map.of("base", Map.of("text", "One.")))
                .post("/api/comparison-sets")
                .then().statusCode(308).header("Location", matchesPattern("(https?://[^/]+)?/api/series"));
        given().redirects().follow(false).get("/api/comparison-sets/Abc123")
                .then().statusCode(308).header("Location", matchesPattern("(https?://[^/]+)?/api/series/Abc123"));
        given().redirects().follow(false).get("/comparison-sets/Abc123.md?part=2")
                .then().statusCode(308).header("Location", matchesPattern("(https?://[^/]+)?/series/Abc123\\.md\\?part=2"));
        given().redirects().follow(false).get("/comparison-sets/new")
                .then().statusCode(308).header("Location", matchesPattern("(https?://[^/]+)?/series/new"));
        // followed, the old permalink of a stored series shows it
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("text", "One point. Another point."),
                        "others", List.of(Map.of("text", "One point."), Map.of("text", "Another point."))))
                .post("/api/series").then().statusCode(201).extract().path("id");
        given().get("/api/comparison-sets/" + id).then().statusCode(200).body("schema", equalTo("readout-diff/series/1"));
    }
}
