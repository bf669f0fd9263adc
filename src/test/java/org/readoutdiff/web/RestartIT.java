package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is stopped and started again on the same database (the H2 file under
 * target/, or the PostgreSQL server READOUT_DIFF_DATABASE points at): every statement and
 * comparison stored before is still there, byte for byte.
 */
class RestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String DATA_DIR = "./target/restart-it-data";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process service;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
    }

    @Test
    void statementsAndComparisonsSurviveARestart() throws Exception {
        boolean h2 = !"postgresql".equalsIgnoreCase(System.getenv("READOUT_DIFF_DATABASE"));
        if (h2) {
            deleteRecursively(Path.of(DATA_DIR));
        }
        port = freePort();
        start();
        String unique = UUID.randomUUID().toString();
        String statement = post("/api/statements", "{\"text\": \"Kept across restarts. " + unique
                + "\", \"label\": \"restart\", \"meeting\": \"Restart " + unique + "\"}", 201);
        String statementId = id(statement);
        String comparison = post("/api/comparisons", "{\"left\": {\"statementId\": \"" + statementId
                + "\"}, \"right\": {\"text\": \"Changed across restarts. " + unique + "\"}}", 201);
        String comparisonId = id(comparison);
        String report = get("/comparisons/" + comparisonId, 200);
        stopGracefully();
        if (h2) {
            assertTrue(Files.exists(Path.of(DATA_DIR, "readout-diff.mv.db")), "the H2 file is where configured");
        }

        start();
        assertEquals(comparison, get("/api/comparisons/" + comparisonId, 200), "the comparison JSON, byte for byte");
        String again = get("/api/statements/" + statementId, 200);
        assertTrue(again.contains("\"text\":\"Kept across restarts. " + unique + "\""), again);
        assertTrue(get("/api/statements?meeting=Restart%20" + unique, 200).contains(statementId));
        assertEquals(report, get("/comparisons/" + comparisonId, 200), "the permalink page is the same page");
    }

    private void start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dreadout-diff.data-dir=" + DATA_DIR);
        command.add("-jar");
        command.add(JAR.toString());
        command.add("serve");
        Path log = Files.createDirectories(Path.of("target", "restart-it")).resolve("service-" + System.nanoTime() + ".log");
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service stopped at start-up:\n" + Files.readString(log));
            }
            try {
                if (http.send(request("/q/health/ready").GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within 60 s:\n" + Files.readString(log));
    }

    private void stopGracefully() throws InterruptedException {
        service.destroy(); // SIGTERM: Quarkus shuts down and closes the database
        assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        service = null;
    }

    private String post(String path, String json, int status) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private String get(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
