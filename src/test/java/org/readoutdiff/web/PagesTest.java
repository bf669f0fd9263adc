package org.readoutdiff.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readoutdiff.render.ContentSecurityPolicy;

/** The pages: form, permalinked report and its alternates, library, statement page, errors as pages, headers. */
@QuarkusTest
class PagesTest {

    private static final Path LEFT = Path.of("fixtures", "versions", "word-substitutions", "left.txt");
    private static final Path RIGHT = Path.of("fixtures", "versions", "word-substitutions", "right.txt");
    private static final String HOSTILE = "<script>alert(\"x\")</script> & <b>bold</b>";

    private static RequestSpecification form() {
        return given().redirects().follow(false).contentType("multipart/form-data");
    }

    private static String permalink(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.header("Location");
        assertTrue(location.matches(".*/comparisons/[A-Za-z0-9]{16}"), location);
        return location.substring(location.indexOf("/comparisons/"));
    }

    @Test
    void theHomePageHasTheFormAndTheSecurityHeaders() {
        given().get("/")
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", ContentSecurityPolicy.SITE_PAGES)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("name=\"leftText\""))
                .body(containsString("name=\"rightFile\""))
                .body(containsString("name=\"leftSourceUrl\""))
                .body(not(containsString("<script")));
    }

    @Test
    void pastedAndUploadedStatementsGiveAPermalinkedReport() throws Exception {
        String pasted = Files.readString(LEFT) + "\n\n" + HOSTILE + " " + UUID.randomUUID() + "\n";
        String url = permalink(form()
                .multiPart("leftText", pasted)
                .multiPart("leftLabel", "Pasted original")
                .multiPart("leftMeeting", "Pages meeting")
                .multiPart("leftDate", "2024-11-16")
                .multiPart("rightFile", RIGHT.toFile(), "text/plain")
                .multiPart("rightLabel", "Uploaded edit")
                .multiPart("mode", "versions")
                .post("/comparisons"));
        Response page = given().get(url);
        String report = page
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("X-Frame-Options", "DENY")
                .body(containsString("Pasted original"))
                .body(containsString("firmly"))
                .body(containsString("/comparisons/" + url.substring(13) + ".json"))
                .body(not(containsString(" style=\"")))
                .extract().asString();
        org.jsoup.nodes.Document served = org.jsoup.Jsoup.parse(report);
        String meta = served.selectFirst("head > meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals(meta + "; frame-ancestors 'none'", page.header("Content-Security-Policy"),
                "the report's own policy (its style sheet by hash), as its <meta> states it, and no framing");
        assertTrue(meta.contains("style-src '" + sha256(served.selectFirst("head > style").data()) + "'"),
                "the policy names the page's one style sheet: " + meta);
        assertEquals(1, count(report, "<body>"), "one page, not a page inside a page");
        assertEquals("nav", served.body().child(0).tagName(), "the site's header opens the body");
        assertTrue(served.body().child(0).hasClass("readout-diff-site"));
        assertEquals("header", served.body().child(1).tagName(), "then the report itself, from its own header");
        assertTrue(report.contains("&lt;script&gt;"), "statement text is escaped");
        assertTrue(!report.contains("<script"), "no script ever reaches the page");
        assertEquals(report, given().get(url).asString(), "the permalink renders the same page again");

        String json = given().get(url + ".json").then().statusCode(200).contentType(ContentType.JSON)
                .body("schema", equalTo("readout-diff/comparison/1"))
                .body("left.label", equalTo("Pasted original"))
                .extract().asString();
        assertEquals(json, given().get("/api" + url).asString());
        given().get(url + ".md").then().statusCode(200).contentType(containsString("text/markdown"))
                .body(containsString("~~firmly~~"));
    }

    @Test
    void theLibraryFiltersAndComparesStoredStatements() {
        String meeting = "Library meeting " + UUID.randomUUID();
        String source = "https://example.org/" + UUID.randomUUID();
        String first = addStatement("Version one of the readout. The sides met. " + source, "v1", meeting, source);
        String second = addStatement("Version two of the readout. The sides met again. " + source, "v2", meeting, source);
        given().queryParam("meeting", meeting).get("/statements")
                .then().statusCode(200)
                .body(containsString("href=\"/statements/" + first + "\""))
                .body(containsString("href=\"/statements/" + second + "\""))
                .body(containsString("show all"));
        String page = given().get("/statements/" + second)
                .then().statusCode(200)
                .body(containsString("Versions over time"))
                .body(containsString("compare with the version before"))
                .body(containsString("name=\"left\" value=\"" + first + "\""))
                .extract().asString();
        int versions = page.indexOf("Versions over time");
        assertTrue(page.indexOf(">v1</a>", versions) < page.indexOf("<strong>v2</strong>", versions),
                "versions are listed oldest first, this one marked");
        String url = permalink(given().redirects().follow(false)
                .formParam("left", first).formParam("right", second).formParam("mode", "versions")
                .post("/comparisons/stored"));
        given().get(url).then().statusCode(200).body(containsString("v1"));
        given().get("/statements/" + first).then().body(containsString("href=\"" + url + "\""));
    }

    @Test
    void statementTextIsEscapedOnItsPage() {
        String id = addStatement(HOSTILE + " " + UUID.randomUUID(), "<i>label</i>", null, null);
        given().get("/statements/" + id)
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
                .body(containsString("&lt;i&gt;label&lt;/i&gt;"))
                .body(not(containsString("<script")));
    }

    @Test
    void errorsArePagesWithTheRightStatus() {
        form().multiPart("rightText", "Only one side.").post("/comparisons")
                .then().statusCode(400).contentType(ContentType.HTML)
                .header("Content-Security-Policy", ContentSecurityPolicy.SITE_PAGES)
                .body(containsString("left statement: paste the text or choose a file"));
        form().multiPart("leftText", "Both.").multiPart("leftFile", LEFT.toFile(), "text/plain")
                .multiPart("rightText", "Two.").post("/comparisons")
                .then().statusCode(400).body(containsString("give either pasted text or a file, not both"));
        form().multiPart("leftText", "x".repeat(1_100_000)).multiPart("rightText", "Two.").post("/comparisons")
                .then().statusCode(413).contentType(ContentType.HTML)
                .body(containsString("left statement: the pasted text is 1.1 MB, more than the limit of 1.0 MB"));
        form().multiPart("leftFile", "slides.pptx", new byte[] {'P', 'K', 3, 4}, "application/octet-stream")
                .multiPart("rightText", "Two.").post("/comparisons")
                .then().statusCode(415).contentType(ContentType.HTML)
                .body(containsString(".pptx files are not supported"));
        given().get("/comparisons/NoSuchComparison1")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("There is no comparison with the id"));
        given().get("/statements/NoSuchStatement1").then().statusCode(404).contentType(ContentType.HTML);
        given().get("/no/such/page").then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("There is nothing at this address."));
        given().redirects().follow(false).formParam("left", "NoSuchStatement1").formParam("right", "NoSuchStatement2")
                .post("/comparisons/stored")
                .then().statusCode(404).body(containsString("no statement with the id"));
    }

    /** Beyond the form-attribute and body limits Vert.x itself answers 413 before our code runs. */
    @Test
    void aRequestBeyondTheBodyLimitIs413() {
        byte[] huge = new byte[25 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        int status = form().multiPart("leftFile", "huge.txt", huge, "text/plain").multiPart("rightText", "x")
                .post("/comparisons").statusCode();
        assertEquals(413, status);
    }

    @Test
    void temporaryUploadFilesAreRemoved() throws Exception {
        Path uploads = Path.of(System.getProperty("java.io.tmpdir"), "readout-diff-uploads");
        form().multiPart("leftFile", LEFT.toFile(), "text/plain").multiPart("rightFile", RIGHT.toFile(), "text/plain")
                .post("/comparisons").then().statusCode(303);
        form().multiPart("leftFile", "bad.pptx", new byte[] {1}, "application/octet-stream")
                .multiPart("rightText", "x").post("/comparisons").then().statusCode(415);
        long left = Long.MAX_VALUE;
        for (int i = 0; i < 50 && left > 0; i++) {
            try (Stream<Path> files = Files.exists(uploads) ? Files.list(uploads) : Stream.empty()) {
                left = files.count();
            }
            Thread.sleep(100);
        }
        assertEquals(0, left, "files left in " + uploads);
    }

    static String addStatement(String text, String label, String meeting, String sourceUrl) {
        var body = new java.util.HashMap<String, Object>();
        body.put("text", text);
        body.put("label", label);
        if (meeting != null) {
            body.put("meeting", meeting);
        }
        if (sourceUrl != null) {
            body.put("sourceUrl", sourceUrl);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/statements")
                .then().statusCode(201).extract().path("id");
    }

    static File file(Path path) {
        return path.toFile();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    /** A style element's CSP source, computed here rather than by the code under test. */
    private static String sha256(String style) throws java.security.NoSuchAlgorithmException {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
    }
}
