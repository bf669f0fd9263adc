package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with accounts: {@code admin add-user} reads the password from standard
 * input and {@code admin add-token} prints a token, then {@code serve} with
 * READOUT_DIFF_AUTH=users answers 401 without the token and 200 with it; and without accounts
 * the service refuses to listen beyond 127.0.0.1.
 */
class AccountsServiceIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void addAUserFromStandardInputThenServeWithAccounts() throws Exception {
        String dataDir = "./target/accounts-it-" + UUID.randomUUID();
        String name = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        Run added = run(dataDir, "a long enough password\n", "admin", "add-user", name, "--role", "editor");
        assertEquals(0, added.exitCode(), added.err());
        assertEquals("added " + name + "\teditor\tteam default", added.out().strip());
        Run token = run(dataDir, "", "admin", "add-token", name);
        assertEquals(0, token.exitCode(), token.err());
        String bearer = token.out().strip();
        assertTrue(bearer.startsWith("rdt_"), bearer);

        try (PackagedService service = new PackagedService(dataDir, List.of("-Dreadout-diff.auth=users"))) {
            service.start();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(service.uri("/api/statements")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> signed = http.send(HttpRequest.newBuilder(service.uri("/api/statements"))
                    .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, signed.statusCode(), signed.body());
        } finally {
            PackagedService.deleteRecursively(Path.of(dataDir));
        }
    }

    @Test
    void withoutAccountsItRefusesToListenOnEveryAddress() throws Exception {
        String dataDir = "./target/accounts-it-" + UUID.randomUUID();
        try (PackagedService service = new PackagedService(dataDir, List.of("-Dquarkus.http.host=0.0.0.0"))) {
            AssertionError stopped = assertThrows(AssertionError.class, service::start);
            assertTrue(stopped.getMessage().contains("set READOUT_DIFF_AUTH=open to state that the service is open"),
                    stopped.getMessage());
        } finally {
            PackagedService.deleteRecursively(Path.of(dataDir));
        }
    }

    private static Run run(String dataDir, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dreadout-diff.data-dir=" + dataDir);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("admin did not finish in 120 s");
        }
        return new Run(process.exitValue(), text(process.getInputStream()), text(process.getErrorStream()));
    }

    private static String text(java.io.InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
