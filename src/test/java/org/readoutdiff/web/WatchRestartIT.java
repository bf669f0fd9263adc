package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler survives a restart: the packaged service, its tick every second, watches two
 * pages of a real server on 127.0.0.1. Each is checked once, and not again within its interval.
 * The service is stopped; while it is down watch A falls due (its due time is moved into the past
 * in the database, as five minutes passing would) and its page is edited; watch B is not due.
 * After the restart A is checked exactly once (not skipped, not repeated by the ticks that
 * follow), its edit is a version with a feed entry and one webhook, and B is not checked.
 */
class WatchRestartIT {

    private static final String DATA_DIR = "./target/watch-restart-it-data";

    @Test
    void aWatchDueDuringTheDowntimeIsCheckedOnceAfterTheRestart() throws Exception {
        if (PackagedService.onH2()) {
            PackagedService.deleteRecursively(Path.of(DATA_DIR));
        }
        try (TestSite site = new TestSite(WatchTest.FIRST.replace("<head>", "<head><!-- restart " + Instant.now() + " -->"));
             PackagedService service = new PackagedService(DATA_DIR, List.of("-Dreadout-diff.watch.tick=1s",
                     "-Dreadout-diff.watch.first-tick=1s", "-Dreadout-diff.watch.allowed-hosts=127.0.0.1",
                     "-Dreadout-diff.watch.host-spacing=0s", "-Dreadout-diff.watch.webhook-url=" + site.url("/hook"),
                     "-Dreadout-diff.watch.webhook-secret=restart"))) {
            service.start();
            String a = PackagedService.id(service.post("/api/watches", "{\"url\": \"" + site.url("/readout-a")
                    + "\", \"label\": \"A\", \"intervalMinutes\": 5}", 201));
            String b = PackagedService.id(service.post("/api/watches", "{\"url\": \"" + site.url("/readout-b")
                    + "\", \"label\": \"B\", \"intervalMinutes\": 5}", 201));
            awaitChecks(service, a, 1);
            awaitChecks(service, b, 1);
            Thread.sleep(3_000); // three more ticks
            assertEquals(1, site.received("/readout-a").size(), "checked once, not again within its interval");
            assertEquals(1, site.received("/readout-b").size());
            service.stopGracefully();

            dueNow(a);
            site.edit(WatchTest.EDITED.replace("<head>", "<head><!-- restart " + Instant.now() + " -->"));
            service.start();
            awaitChecks(service, a, 2);
            Thread.sleep(4_000); // four more ticks
            assertEquals(2, site.received("/readout-a").size(), "A: checked once after the restart, not repeated");
            assertEquals(1, site.received("/readout-b").size(), "B was not due: not checked");
            String watch = service.get("/api/watches/" + a, 200);
            assertTrue(watch.contains("\"number\":2") && watch.contains("\"verdict\":\"substantive\""), watch);
            assertTrue(service.get("/watches/" + a + "/feed.atom", 200).contains("<entry>"), "a feed entry");
            assertEquals(1, site.received("/hook").size(), "one webhook");
        }
    }

    private static void awaitChecks(PackagedService service, String id, int checks) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (service.get("/api/watches/" + id, 200).contains("\"checks\":" + checks + ",")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("watch " + id + " was not checked " + checks + " times within 30 s: "
                + service.get("/api/watches/" + id, 200));
    }

    /** While the service is down: the watch's due time passes (moved two minutes into the past). */
    private static void dueNow(String id) throws Exception {
        String url;
        String user;
        String password;
        if (PackagedService.onH2()) {
            url = "jdbc:h2:file:" + DATA_DIR + "/readout-diff";
            user = "sa";
            password = "";
        } else {
            url = System.getenv("READOUT_DIFF_POSTGRESQL_URL");
            user = System.getenv("READOUT_DIFF_POSTGRESQL_USER");
            password = System.getenv().getOrDefault("READOUT_DIFF_POSTGRESQL_PASSWORD", "");
        }
        try (Connection db = DriverManager.getConnection(url, user, password);
             PreparedStatement update = db.prepareStatement("UPDATE watch SET next_check_at = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(Instant.now().minus(2, ChronoUnit.MINUTES), ZoneOffset.UTC));
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
