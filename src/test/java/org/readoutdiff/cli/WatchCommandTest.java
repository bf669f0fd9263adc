package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code watch add|list|check|remove} on a database of its own, against a page served on
 * 127.0.0.1: the ids it prints, one check per due watch, exit 2 with a one-line message for bad
 * input and for a page that cannot be fetched.
 */
@QuarkusMainTest
@TestProfile(WatchCommandTest.OwnDatabase.class)
class WatchCommandTest {

    /** A database of its own, so that "check" sees only this test's watches. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("readout-diff.data-dir", "./target/cli-watch-data-" + ProcessHandle.current().pid());
        }
    }

    @Test
    void addListCheckRemove(QuarkusMainLauncher launcher) throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/readout", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "<html><body><article><p>The two sides met in Lima.</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/readout";
            LaunchResult added = launcher.launch("watch", "add", url, "--label", "Lima readout", "--interval", "15");
            assertEquals(0, added.exitCode(), added.getErrorOutput());
            String id = id(added);
            assertEquals(16, id.length(), added.getOutput());

            LaunchResult checked = launcher.launch("watch", "check");
            assertEquals(0, checked.exitCode(), checked.getErrorOutput());
            assertTrue(checked.getOutput().contains(id) && checked.getOutput().contains("new-version"), checked.getOutput());
            assertEquals(1, fetches.get());
            LaunchResult notDue = launcher.launch("watch", "check");
            assertEquals(0, notDue.exitCode(), notDue.getErrorOutput());
            assertEquals(1, fetches.get(), "checked once: not due again within its interval");

            LaunchResult listed = launcher.launch("watch", "list");
            assertTrue(listed.getOutput().contains(id) && listed.getOutput().contains("1 version"), listed.getOutput());
            assertTrue(!added.getOutput().contains("Flyway") && !added.getOutput().contains("INFO"),
                    "standard output holds the result only: " + added.getOutput());

            LaunchResult bad = launcher.launch("watch", "add", url, "--interval", "1");
            assertEquals(2, bad.exitCode());
            assertTrue(bad.getErrorOutput().contains("intervalMinutes must be between 5"), bad.getErrorOutput());
            LaunchResult refused = launcher.launch("watch", "add", "file:///etc/passwd");
            assertEquals(2, refused.exitCode());

            LaunchResult broken = launcher.launch("watch", "add", "http://127.0.0.1:" + server.getAddress().getPort() + "/gone");
            String brokenId = id(broken);
            LaunchResult failing = launcher.launch("watch", "check", "--all");
            assertEquals(2, failing.exitCode(), "a page that could not be fetched: " + failing.getOutput());
            assertTrue(failing.getOutput().contains(brokenId) && failing.getOutput().contains("HTTP 404"), failing.getOutput());

            assertEquals(0, launcher.launch("watch", "remove", id).exitCode());
            assertEquals(0, launcher.launch("watch", "remove", brokenId).exitCode());
            LaunchResult unknown = launcher.launch("watch", "remove", id);
            assertEquals(2, unknown.exitCode());
            assertTrue(unknown.getErrorOutput().contains("there is no watch"), unknown.getErrorOutput());
        } finally {
            server.stop(0);
        }
    }

    /** The id that "watch add" prints first on its line. */
    private static String id(LaunchResult added) {
        String[] lines = added.getOutput().strip().split("\n");
        return lines[lines.length - 1].split("\t")[0].strip();
    }
}
