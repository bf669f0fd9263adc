package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.readoutdiff.ingest.PdfFixtures;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/statements (JSON and file upload), GET /api/statements, GET /api/statements/{id}. */
@QuarkusTest
class StatementApiTest {

    @Test
    void theSameBytesAreStoredOnce() {
        String text = "A statement seen twice. " + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "label", "first", "meeting", "Dedup meeting"))
                .post("/api/statements")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/statements/[A-Za-z0-9]{16}"))
                .body("sha256", equalTo(org.readoutdiff.text.Statement.sha256(text.getBytes(StandardCharsets.UTF_8))))
                .body("format", equalTo("pasted"))
                .body("label", equalTo("first"))
                .extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "label", "second", "issuer", "Filled in later"))
                .post("/api/statements")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("label", equalTo("first"))
                .body("issuer", equalTo("Filled in later"));
        given().get("/api/statements/" + id)
                .then().statusCode(200)
                .body("text", equalTo(text))
                .body("meeting", equalTo("Dedup meeting"))
                .body("issuer", equalTo("Filled in later"));
    }

    @Test
    void uploadsAFileAndStoresItsExtractedText() {
        String page = "<html><body><nav>Menu</nav><article><h1>Readout</h1><p>The sides met. " + UUID.randomUUID()
                + "</p></article><script>alert(1)</script></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "readout.html", bytes, "text/html")
                .multiPart("label", "Web page")
                .multiPart("issuer", "Upload issuer")
                .multiPart("meeting", "Upload meeting")
                .multiPart("date", "2024-11-16")
                .multiPart("sourceUrl", "https://example.org/readout")
                .post("/api/statements")
                .then().statusCode(201)
                .body("format", equalTo("html"))
                .body("fileName", equalTo("readout.html"))
                .body("bytes", equalTo(bytes.length))
                .body("sha256", equalTo(org.readoutdiff.text.Statement.sha256(bytes)))
                .body("text", matchesPattern("Readout\n\nThe sides met\\. [-0-9a-f]{36}"));
    }

    @Test
    void listsStatementsFilteredByMeetingAndIssuerWithoutText() {
        String meeting = "List meeting " + UUID.randomUUID();
        for (String issuer : new String[] {"Side A", "Side B"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", issuer + " says hello. " + UUID.randomUUID(), "issuer", issuer, "meeting", meeting))
                    .post("/api/statements").then().statusCode(201);
        }
        given().queryParam("meeting", meeting).get("/api/statements")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("statements.meeting", everyItem(equalTo(meeting)))
                .body("statements.text", everyItem(nullValue()));
        given().queryParam("meeting", meeting).queryParam("issuer", "Side B").get("/api/statements")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("statements[0].issuer", equalTo("Side B"));
        given().get("/api/statements").then().statusCode(200).body("statements.meeting", hasItem(meeting));
    }

    @Test
    void errors() {
        given().contentType(ContentType.JSON).body(Map.of("label", "no text"))
                .post("/api/statements")
                .then().statusCode(400).body("message", containsString("\"text\""));
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "sourceUrl", "javascript:alert(1)"))
                .post("/api/statements")
                .then().statusCode(400).body("message", containsString("http:// or https://"));
        given().get("/api/statements/NoSuchStatement1")
                .then().statusCode(404).body("message", equalTo("there is no statement with the id 'NoSuchStatement1'"));
        given().get("/api/statements/not-an-id!").then().statusCode(404);
        byte[] eleven = new byte[11_000_000];
        java.util.Arrays.fill(eleven, (byte) 'a');
        given().multiPart("file", "huge.txt", eleven, "text/plain")
                .post("/api/statements")
                .then().statusCode(413).contentType(ContentType.JSON)
                .body("message", equalTo("statement: huge.txt is 11.0 MB, more than the limit of 10.0 MB"));
        given().multiPart("file", "sheet.xlsx", new byte[] {'P', 'K', 3, 4}, "application/octet-stream")
                .post("/api/statements")
                .then().statusCode(415)
                .body("message", equalTo("sheet.xlsx: .xlsx files are not supported; use .txt, .md, .html, .pdf or .docx"));
        given().multiPart("file", "scan.pdf", PdfFixtures.scanned(), "application/pdf")
                .post("/api/statements")
                .then().statusCode(400)
                .body("message", containsString("has no text layer"));
    }

    @Test
    void pdfAndDocxUploadsAreRead() {
        String pdfText = given().multiPart("file", "readout.pdf", PdfFixtures.text("The leaders met in Lima."), "application/pdf")
                .post("/api/statements")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).body("format", equalTo("pdf"))
                .extract().path("id");
        given().get("/api/statements/" + pdfText).then().body("text", equalTo("The leaders met in Lima."));
        assertEquals(16, pdfText.length());
    }
}
