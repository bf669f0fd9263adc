package org.readoutdiff.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * On the database the application runs on (H2 by default, PostgreSQL in CI's second pass): the
 * V3 and V8 migrations applied; a comparison's JSON is stored gzipped and comes back byte for
 * byte; its report's content (without the page's layout) and Markdown are kept with it and
 * served as kept, with no comparison run again; and a
 * row written before V3 (uncompressed JSON, no renderings) is still served, its page rendered
 * once on first request and kept.
 */
@QuarkusTest
class StoredRenderingTest {

    @Inject
    Database database;

    private static Map<String, Object> request(String unique) {
        return Map.of("left", Map.of("text", "The two sides agreed to keep talking. They met in Lima. " + unique,
                        "label", "left " + unique),
                "right", Map.of("text", "The two sides agreed to talk again. They met in Lima. " + unique,
                        "label", "right " + unique));
    }

    private Object[] row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) database.entityManager()
                .createNativeQuery("select result_json, result_gz, left_statement_id, right_statement_id "
                        + "from comparison where id = :id")
                .setParameter("id", id).getSingleResult());
    }

    private int update(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = database.entityManager().createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    @Test
    void theMigrationsApplied() {
        for (String version : new String[] {"3", "8"}) {
            Number applied = QuarkusTransaction.requiringNew().call(() -> (Number) database.entityManager()
                    .createNativeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = :version"
                            + " and \"success\" = true")
                    .setParameter("version", version).getSingleResult());
            assertEquals(1, applied.intValue(), "V" + version);
        }
    }

    @Test
    void theJsonIsStoredCompressedAndThePageIsServedAsKept() {
        String unique = UUID.randomUUID().toString();
        Response created = given().contentType(ContentType.JSON).body(request(unique))
                .post("/api/comparisons").then().statusCode(201).extract().response();
        String id = created.path("id");
        String json = created.asString();

        Object[] row = row(id);
        assertNull(row[0], "no uncompressed copy");
        byte[] gz = (byte[]) row[1];
        assertNotNull(gz);
        assertEquals(0x1f, gz[0] & 0xff, "gzip");
        assertEquals(json, Gzip.decompress(gz));
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8),
                given().get("/api/comparisons/" + id).then().statusCode(200).extract().asByteArray());

        String page = given().get("/comparisons/" + id).then().statusCode(200).extract().asString();
        String kept = QuarkusTransaction.requiringNew().call(() -> new RenderingRepository(database)
                .find(id, "content/1").orElseThrow().content());
        assertTrue(kept.startsWith("<header>") && page.contains(kept), "the content is kept, the layout is not");
        String markdown = given().get("/comparisons/" + id + ".md").then().statusCode(200).extract().asString();
        assertTrue(page.contains("left " + unique) && page.contains("They met in Lima."), page);
        // Rewrite both statements' text in the database: a page computed again would show it.
        assertEquals(2, update("update statement set content = :text where id in (:left, :right)",
                Map.of("text", "Rewritten behind the service's back.", "left", row[2], "right", row[3])));
        assertEquals(page, given().get("/comparisons/" + id).then().statusCode(200).extract().asString(),
                "the page as kept, not computed again");
        assertEquals(markdown, given().get("/comparisons/" + id + ".md").then().statusCode(200).extract().asString());
        given().get("/comparisons/" + id + "?part=2").then().statusCode(404);
        given().get("/comparisons/" + id + "?part=0").then().statusCode(404);
    }

    @Test
    void aRowFromBeforeTheMigrationIsStillServed() {
        String unique = UUID.randomUUID().toString();
        Response created = given().contentType(ContentType.JSON).body(request(unique))
                .post("/api/comparisons").then().statusCode(201).extract().response();
        Object[] row = row(created.path("id"));
        // The same comparison as V2 wrote it: JSON uncompressed, no renderings kept.
        String oldId = "Old" + unique.replace("-", "").substring(0, 13);
        String oldJson = "{\"schema\":\"readout-diff/comparison/1\",\"id\":\"" + oldId + "\",\"note\":\"as stored before V3\"}";
        assertEquals(1, update("insert into comparison (id, left_statement_id, right_statement_id, left_label, "
                + "right_label, requested_mode, ignore_case, time_budget_ms, engine_version, result_mode, verdict, "
                + "degraded, created_at, result_json) values (:id, :left, :right, 'old left', 'old right', 'auto', "
                + "false, 10000, 'old-engine', 'versions', 'substantive', false, :created, :json)",
                Map.of("id", oldId, "left", row[2], "right", row[3], "created", Instant.now(), "json", oldJson)));

        assertEquals(oldJson, given().get("/api/comparisons/" + oldId).then().statusCode(200).extract().asString());
        String page = given().get("/comparisons/" + oldId).then().statusCode(200).extract().asString();
        assertTrue(page.contains("old left") && page.contains("They met in Lima."), "rendered on first request: " + page.substring(0, Math.min(page.length(), 3000)));
        assertTrue(page.contains("the stored result (engine old-engine) is the JSON"), "and says by which engine");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> new RenderingRepository(database).has(oldId)),
                "and kept");
        assertEquals(page, given().get("/comparisons/" + oldId).then().statusCode(200).extract().asString());
    }
}
