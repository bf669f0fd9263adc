package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.readoutdiff.render.ContentSecurityPolicy;

/** The series form, its permalinked report and alternates, and its errors as pages. */
@QuarkusTest
class SeriesPagesTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & <b>bold</b>";
    private static final Path DIR = Path.of("fixtures", "series", "lima-2024");

    private static RequestSpecification form() {
        return given().redirects().follow(false).contentType("multipart/form-data");
    }

    private static String permalink(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location");
        assertTrue(location.matches(".*/series/[A-Za-z0-9]{16}"), location);
        return location.substring(location.indexOf("/series/"));
    }

    @Test
    void theFormHasABaseAndFourOthersAndNoScript() {
        given().get("/series/new")
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", ContentSecurityPolicy.SITE_PAGES)
                .body(containsString("action=\"/series\""))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"baseText\""))
                .body(containsString("name=\"other4File\""))
                .body(containsString("name=\"other3Date\""))
                .body(not(containsString("name=\"other5Text\"")))
                .body(not(containsString("<script")));
        given().get("/").then().statusCode(200).body(containsString("href=\"/series/new\""));
    }

    @Test
    void pastedAndUploadedStatementsGiveAPermalinkedSeriesReport() {
        String base = SeriesApiTest.lima("base.txt") + "\n\n" + HOSTILE + " " + UUID.randomUUID() + "\n";
        String url = permalink(form()
                .multiPart("baseText", base)
                .multiPart("baseLabel", "China <MFA> Lima")
                .multiPart("baseDate", "2024-11-16")
                .multiPart("other1File", DIR.resolve("counterpart.txt").toFile(), "text/plain")
                .multiPart("other1Label", "US readout")
                .multiPart("other2Text", SeriesApiTest.lima("earlier-2023.txt"))
                .multiPart("other2Label", "Woodside 2023")
                .multiPart("other2Date", "2023-11-15")
                .multiPart("other3Text", "")
                .multiPart("other3Label", "")
                .multiPart("other4File", "", new byte[0], "application/octet-stream")
                .post("/series"));
        String id = url.substring("/series/".length());
        String report = given().get(url)
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'none'; style-src 'sha256-"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .body(containsString("China &lt;MFA&gt; Lima"))
                .body(containsString("US readout"))
                .body(containsString("Woodside 2023"))
                .body(containsString("/series/" + id + ".json"))
                .extract().asString();
        assertTrue(report.contains("Their conversation was candid, in-depth and constructive."),
                "the base's sentences are shown");
        assertTrue(report.contains("&lt;script&gt;alert"), "statement text is escaped");
        assertFalse(report.contains("<script"), "no script ever reaches the page");
        assertEquals(1, report.split("class=\"about readout-diff-site\"", -1).length - 1, "the site header once");
        assertEquals(report, given().get(url).asString(), "the permalink renders the same page again");

        given().get(url + ".json").then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("statements.size()", equalTo(3))
                .body("statements[0].label", equalTo("China <MFA> Lima"));
        given().get(url + ".md").then().statusCode(200).contentType(startsWith("text/markdown"))
                .body(containsString("US readout"));
    }

    @Test
    void fromTheLibraryByIds() {
        String[] ids = new String[3];
        String[] files = {"base.txt", "earlier-2023.txt", "earlier-2022.txt"};
        for (int i = 0; i < 3; i++) {
            ids[i] = given().contentType(ContentType.JSON).body(java.util.Map.of("text", SeriesApiTest.lima(files[i])))
                    .post("/api/statements").then().extract().path("id");
        }
        String url = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("base", ids[0]).formParam("others", ids[1]).formParam("others", ids[2])
                .post("/series/stored")
                .then().statusCode(303).extract().header("Location");
        given().get(url).then().statusCode(200).body(containsString("/statements/" + ids[2]));
    }

    @Test
    void mistakesArePagesWithAMessage() {
        form().multiPart("baseText", "One sentence.").multiPart("other1Text", "Two sentences.")
                .post("/series")
                .then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("at least 2 other statements; 1 other was given"));
        form().multiPart("baseText", "One.").multiPart("other1Text", "Two.").multiPart("other2Label", "only a label")
                .post("/series")
                .then().statusCode(400)
                .body(containsString("other statement 2: paste the text or choose a file"));
        form().multiPart("other1Text", "One.").multiPart("other2Text", "Two.")
                .post("/series")
                .then().statusCode(400)
                .body(containsString("base statement: paste the text or choose a file"));
        given().get("/series/NoSuchSet1").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("no series with the id"));
    }
}
