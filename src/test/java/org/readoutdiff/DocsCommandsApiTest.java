package org.readoutdiff;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutdiff.DocsCommands.Command;
import org.readoutdiff.DocsCommands.Kind;

/**
 * The curl commands of the README and of {@code docs/} ({@link DocsCommands}), run in document
 * order against the test's service: each is translated word for word into a request (method,
 * headers, {@code -d} body, {@code -F} form parts, address), must get the status its comment
 * starts with ({@code # 202, ...}) or else a 2xx, and answer what it is said to answer.
 *
 * <p>The examples' placeholders are filled as the docs say: {@code ID} is the {@code id} of the
 * last answer that had one (the statement, comparison, set or job just made), and {@code ID1},
 * {@code ID2}, {@code ID_US_LIMA} the ids of statements posted before, in turn. The files the
 * examples post ({@code readout.pdf}, {@code two-long-statements.json}) are made here, from the
 * fixtures, in a temporary folder that stands for the reader's working folder.
 */
@QuarkusTest
class DocsCommandsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\bID(?:\\d+|_[A-Z_]+)?\\b");

    @TempDir
    Path work;

    private String lastId;
    private final List<String> statementIds = new ArrayList<>();
    private final Map<String, String> statementPlaceholders = new LinkedHashMap<>();
    private final List<String> jobIds = new ArrayList<>();

    @Test
    void everyCurlCommandGetsTheDocumentedAnswer() throws IOException, InterruptedException {
        makeTheFilesTheExamplesPost();
        List<Command> commands = DocsCommands.commands(Kind.CURL);
        assertTrue(commands.size() >= 8, "curl commands found: " + commands);
        List<String> failures = new ArrayList<>();
        for (Command command : commands) {
            try {
                run(command);
            } catch (AssertionError | RuntimeException e) {
                failures.add(command.where() + "\n    " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures, "curl commands of the docs that do not get the documented answer");
        for (String job : jobIds) { // the service stops after this test: not in the middle of a job
            String state = "queued";
            for (int i = 0; i < 300 && Set.of("queued", "running").contains(state); i++) {
                Thread.sleep(100);
                state = given().get("/api/jobs/" + job).then().statusCode(200).extract().path("state");
            }
            assertEquals("done", state, "job " + job);
        }
    }

    private void run(Command command) throws IOException {
        String method = null;
        String url = null;
        String data = null;
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> form = new LinkedHashMap<>();
        List<String> words = command.words();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s", "-i", "-si", "-is", "-S", "-sS" -> { } // output options only
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    headers.put(header[0], fill(header[1]));
                }
                case "-d" -> data = fill(words.get(++i));
                case "-F" -> {
                    String[] part = words.get(++i).split("=", 2);
                    form.put(part[0], part[1]);
                }
                default -> {
                    if (word.startsWith("-")) {
                        throw new AssertionError("a curl option this test does not know: " + word);
                    }
                    url = fill(word);
                }
            }
        }
        assertTrue(url != null && url.startsWith("localhost:8080/"), "an address of the service: " + url);
        String path = url.substring("localhost:8080".length());
        if (method == null) {
            method = data != null || !form.isEmpty() ? "POST" : "GET";
        }
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        headers.forEach(request::header);
        if (data != null) {
            if (!headers.containsKey("Content-Type")) {
                request.contentType("application/x-www-form-urlencoded");
            }
            request.body(data.startsWith("@") ? Files.readAllBytes(file(data.substring(1))) : data.getBytes(StandardCharsets.UTF_8));
        }
        form.forEach((name, value) -> {
            if (value.startsWith("@")) {
                request.multiPart(name, file(value.substring(1)).toFile());
            } else {
                request.multiPart(name, value, "text/plain; charset=UTF-8");
            }
        });
        Response response = request.request(method, path);
        int status = response.statusCode();
        if (command.expectedStatus() > 0) {
            assertEquals(command.expectedStatus(), status, method + " " + path + ": " + response.asString());
        } else {
            assertTrue(status >= 200 && status < 300, method + " " + path + " answered " + status + ": " + response.asString());
        }
        String contentType = String.valueOf(response.contentType());
        if (contentType.startsWith("application/json")) {
            JsonNode answer = JSON.readTree(response.asByteArray());
            if (answer.hasNonNull("id")) {
                lastId = answer.get("id").asText();
                if (status == 202 && path.startsWith("/api/comparisons")) {
                    jobIds.add(lastId);
                }
                if (path.startsWith("/api/statements") && method.equals("POST")) {
                    statementIds.add(lastId);
                }
            }
            if (path.startsWith("/api/comparisons") && answer.has("summary")) {
                assertTrue(answer.path("schema").asText().equals("readout-diff/comparison/1"), "a comparison: " + answer);
            }
            if (path.startsWith("/api/comparison-sets") && status != 202) {
                assertEquals("readout-diff/comparison-set/1", answer.path("schema").asText(), "a comparison set");
            }
        }
    }

    /** The command's placeholders filled: ID the last id answered, ID1, ID2, ID_... a statement each, in turn. */
    private String fill(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group();
            String id;
            if (name.equals("ID")) {
                assertTrue(lastId != null, "ID before any answer with an id");
                id = lastId;
            } else {
                assertTrue(!statementIds.isEmpty(), name + " before any statement was posted");
                id = statementPlaceholders.computeIfAbsent(name,
                        n -> statementIds.get(statementPlaceholders.size() % statementIds.size()));
            }
            m.appendReplacement(filled, id);
        }
        m.appendTail(filled);
        return filled.toString();
    }

    private Path file(String name) {
        Path file = work.resolve(name);
        assertTrue(Files.isRegularFile(file), "the docs post " + name + ", which this test does not make");
        return file;
    }

    /** readout.pdf: a one-page PDF of a readout's first lines; two-long-statements.json: a comparison request of two fixtures. */
    private void makeTheFilesTheExamplesPost() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(50, 700);
                text.showText("President Biden met with President Xi Jinping of the People's Republic of China in Lima.");
                text.newLineAtOffset(0, -16);
                text.showText("The two leaders reviewed efforts to maintain open lines of communication.");
                text.endText();
            }
            pdf.save(work.resolve("readout.pdf").toFile());
        }
        ObjectNode request = JSON.createObjectNode();
        request.putObject("left").put("text", Files.readString(Path.of("fixtures/versions/word-substitutions/left.txt")));
        request.putObject("right").put("text", Files.readString(Path.of("fixtures/versions/word-substitutions/right.txt")));
        request.put("mode", "versions");
        Files.write(work.resolve("two-long-statements.json"), JSON.writeValueAsBytes(request));
    }
}
