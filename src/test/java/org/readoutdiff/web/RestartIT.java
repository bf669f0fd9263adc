package org.readoutdiff.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is stopped and started again on the same database (the H2 file under
 * target/, or the PostgreSQL server READOUT_DIFF_DATABASE points at): every statement and
 * comparison stored before is still there, byte for byte.
 */
class RestartIT {

    private static final String DATA_DIR = "./target/restart-it-data";

    @Test
    void statementsAndComparisonsSurviveARestart() throws Exception {
        boolean h2 = PackagedService.onH2();
        if (h2) {
            PackagedService.deleteRecursively(Path.of(DATA_DIR));
        }
        try (PackagedService service = new PackagedService(DATA_DIR, List.of())) {
            service.start();
            String unique = UUID.randomUUID().toString();
            String statement = service.post("/api/statements", "{\"text\": \"Kept across restarts. " + unique
                    + "\", \"label\": \"restart\", \"meeting\": \"Restart " + unique + "\"}", 201);
            String statementId = PackagedService.id(statement);
            String comparison = service.post("/api/comparisons", "{\"left\": {\"statementId\": \"" + statementId
                    + "\"}, \"right\": {\"text\": \"Changed across restarts. " + unique + "\"}}", 201);
            String comparisonId = PackagedService.id(comparison);
            String report = service.get("/comparisons/" + comparisonId, 200);
            service.stopGracefully();
            if (h2) {
                assertTrue(Files.exists(Path.of(DATA_DIR, "readout-diff.mv.db")), "the H2 file is where configured");
            }

            service.start();
            assertEquals(comparison, service.get("/api/comparisons/" + comparisonId, 200),
                    "the comparison JSON, byte for byte");
            String again = service.get("/api/statements/" + statementId, 200);
            assertTrue(again.contains("\"text\":\"Kept across restarts. " + unique + "\""), again);
            assertTrue(service.get("/api/statements?meeting=Restart%20" + unique, 200).contains(statementId));
            assertEquals(report, service.get("/comparisons/" + comparisonId, 200), "the permalink page is the same page");
        }
    }
}
