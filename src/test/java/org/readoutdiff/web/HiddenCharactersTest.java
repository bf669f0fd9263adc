package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.readoutdiff.report.VisibleText;

/**
 * Bidi controls and zero-width characters in labels, issuers and meetings are shown as visible
 * escapes on every page, as the report shows them (issue 12, row 10); in a source URL they are
 * refused, and only a visible http(s) URL becomes a link.
 */
@QuarkusTest
class HiddenCharactersTest {

    /** Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks; zero-width ones. */
    private static final int[] HIDDEN = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            0x200E, 0x200F, 0x061C, 0x200B, 0x2060, 0xFEFF};

    private static String id(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String add(String text, String label, String issuer, String meeting) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "label", label, "issuer", issuer, "meeting", meeting,
                        "sourceUrl", "https://example.org/readout",
                        // today: the home page lists the newest publication dates first
                        "date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .post("/api/statements").then().statusCode(201).extract().path("id");
    }

    /** The page shows the marker and holds none of the hidden characters themselves. */
    private static void assertVisible(String page, String where) {
        assertTrue(page.contains("\u27e8U+202E\u27e9"), where + " shows the right-to-left override as ⟨U+202E⟩");
        assertTrue(page.contains("\u27e8U+200B\u27e9"), where + " shows the zero-width space as ⟨U+200B⟩");
        for (int c : HIDDEN) {
            assertFalse(page.indexOf(c) >= 0, where + " holds U+" + Integer.toHexString(c).toUpperCase());
        }
    }

    @Test
    void labelsIssuersAndMeetingsShowTheirHiddenCharactersOnEveryPage() {
        String meeting = id("Lima\u2066 meeting\u2069");
        String label = "Readout \u202Etxt.exe " + UUID.randomUUID();
        StringBuilder all = new StringBuilder();
        for (int c : HIDDEN) {
            all.appendCodePoint(c);
        }
        String left = add("The sides met in Lima. " + all + " " + UUID.randomUUID(), label,
                "Ministry\u200B of\u200F Foreign Affairs", meeting);
        String right = add("The two sides met in Lima. " + UUID.randomUUID(), "Other \u202Eside", "Other\u200B", meeting);
        String third = add("The sides met in Bali. " + UUID.randomUUID(), "Third \u202Eside", "Third\u200B", meeting);

        assertVisible(given().get("/").then().statusCode(200).extract().asString(), "the home page");
        assertVisible(given().get("/statements").then().statusCode(200).extract().asString(), "the library");
        assertVisible(given().queryParam("meeting", meeting).get("/statements").then().statusCode(200)
                .extract().asString(), "the library filtered by meeting");
        String filtered = given().queryParam("meeting", VisibleText.of(meeting)).get("/statements").then().statusCode(200)
                .extract().asString();
        assertTrue(filtered.contains("href=\"/statements/" + left + "\""),
                "the filter's option (written visibly) finds the statements of the meeting");
        assertTrue(filtered.contains(" selected>" + VisibleText.of(meeting) + "</option>"), "and stays selected");
        String statement = given().get("/statements/" + left).then().statusCode(200).extract().asString();
        assertVisible(statement, "the statement page");
        for (int c : HIDDEN) {
            assertTrue(statement.contains(String.format("\u27e8U+%04X\u27e9", c)), "the text shows U+" + Integer.toHexString(c));
        }
        assertVisible(given().get("/series/new").then().statusCode(200).extract().asString(),
                "the set form's library choices");

        String comparison = given().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("statementId", left), "right", Map.of("statementId", right)))
                .post("/api/comparisons").then().statusCode(201).extract().path("id");
        assertVisible(given().get("/comparisons/" + comparison).then().statusCode(200).extract().asString(),
                "the comparison page");
        assertVisible(given().get("/statements/" + right).then().statusCode(200).extract().asString(),
                "the comparisons listed on a statement page");

        String set = given().contentType(ContentType.JSON)
                .body(Map.of("base", Map.of("statementId", left),
                        "others", List.of(Map.of("statementId", right), Map.of("statementId", third))))
                .post("/api/series").then().statusCode(201).extract().path("id");
        assertVisible(given().get("/series/" + set).then().statusCode(200).extract().asString(),
                "the series page");
    }

    @Test
    void aSourceUrlWithAHiddenCharacterIsRefusedAndStoresNothing() {
        String meeting = id("Source URL meeting");
        for (String url : List.of("https://example.org/readout\u202E", "https://exa\u200Bmple.org/",
                "https://example.org/\u2066a\u2069", "https://example.org/a b", "https://example.org/\u200Dx")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "A statement. " + UUID.randomUUID(), "meeting", meeting, "sourceUrl", url))
                    .post("/api/statements")
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("message", containsString("the source URL has an invisible character or a space"));
        }
        given().redirects().follow(false).contentType("multipart/form-data")
                .multiPart("leftText", "One. " + UUID.randomUUID()).multiPart("leftMeeting", meeting)
                .multiPart(new MultiPartSpecBuilder("https://example.org/gpj.exe\u202E").controlName("leftSourceUrl")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .multiPart("rightText", "Two. " + UUID.randomUUID()).multiPart("rightMeeting", meeting)
                .post("/comparisons")
                .then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("the source URL has an invisible character or a space (U+202E"));
        assertEquals(0, (int) given().queryParam("meeting", meeting).get("/api/statements").then().extract().path("count"));

        String visible = "https://example.org/\u4e2d\u6587/readout?id=1";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", "A statement. " + UUID.randomUUID(), "meeting", meeting, "sourceUrl", visible))
                .post("/api/statements").then().statusCode(201).extract().path("id");
        given().get("/statements/" + id).then().statusCode(200)
                .body(containsString("<a href=\"https://example.org/\u4e2d\u6587/readout?id=1\" rel=\"noopener noreferrer\">"));
    }
}
