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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service (target/quarkus-app) run as its own process on 127.0.0.1, started and
 * stopped again on the same database, for the restart tests: the H2 file under {@code dataDir},
 * or the PostgreSQL server READOUT_DIFF_DATABASE points at.
 */
final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String dataDir;
    private final List<String> settings;
    private final int port;
    private Process service;

    /** @param settings more -D settings for the service */
    PackagedService(String dataDir, List<String> settings) throws IOException {
        this.dataDir = dataDir;
        this.settings = settings;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    static boolean onH2() {
        return !"postgresql".equalsIgnoreCase(System.getenv("READOUT_DIFF_DATABASE"));
    }

    void start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dreadout-diff.data-dir=" + dataDir);
        command.addAll(settings);
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

    /** SIGTERM: Quarkus shuts down and closes the database. */
    void stopGracefully() throws InterruptedException {
        service.destroy();
        assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        service = null;
    }

    String post(String path, String json, int status) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    String get(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    /** The address of a path on the running service. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
    }
}
