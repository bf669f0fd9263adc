package org.readoutdiff.accounts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every role against every kind of request, with accounts on (readout-diff.auth=users): read,
 * list, compare, publish, watch and admin; anonymous callers, another team, and revoked, expired
 * and unknown tokens. Each outcome goes into one table of expected and actual statuses
 * (target/access-table.md); the test fails if any row differs.
 */
@QuarkusTest
@TestProfile(AccountsProfile.class)
class AccessTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    Accounts accounts;

    private final AccessTable table = new AccessTable();

    /** A caller: a label for the table and its Authorization header (null: anonymous). */
    record Who(String label, String token) {
        RequestSpecification spec() {
            RequestSpecification spec = given().redirects().follow(false);
            return token == null ? spec : spec.header("Authorization", "Bearer " + token);
        }
    }

    @Test
    void everyRoleAgainstEveryEndpoint() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Who admin = user("admin-" + run, Role.ADMIN, "newsroom");
        Who editor = user("editor-" + run, Role.EDITOR, "newsroom");
        Who reader = user("reader-" + run, Role.READER, "newsroom");
        Who rival = user("rival-" + run, Role.EDITOR, "rivals");
        Who anonymous = new Who("anonymous", null);
        String revokedToken = accounts.addToken(editor.label().split(" ")[0], "revoked");
        String revokedId = accounts.tokens(editor.label().split(" ")[0]).stream()
                .filter(t -> t.label().equals("revoked")).findFirst().orElseThrow().id();
        assertTrue(accounts.revokeToken(revokedId, null));
        Who revoked = new Who("editor's revoked token", revokedToken);
        Who expired = new Who("editor's expired token",
                accounts.addToken(editor.label().split(" ")[0], "expired", Instant.now().plusMillis(300)));
        Who unknown = new Who("unknown token", ApiTokens.newToken());
        Thread.sleep(600); // the expired token's time has passed

        // the editor's team stores a statement and a comparison; the rival team its own
        String statement = created(editor.spec().contentType(ContentType.JSON)
                .body(Map.of("text", "The two sides met in Lima, run " + run + ". They agreed to talk."))
                .post("/api/statements"), "id");
        String comparison = created(editor.spec().contentType(ContentType.JSON)
                .body(comparisonOf("newsroom " + run)).post("/api/comparisons"), "id");
        String rivalStatement = created(rival.spec().contentType(ContentType.JSON)
                .body(Map.of("text", "The two sides met in Lima, run " + run + ". They agreed to talk."))
                .post("/api/statements"), "id");
        assertFalse(rivalStatement.equals(statement), "the same text is stored once per team, not shared");

        // read one statement
        for (Who who : List.of(anonymous, revoked, expired, unknown)) {
            check(who, "GET /api/statements/{newsroom's}", 401, who.spec().get("/api/statements/" + statement), "");
        }
        check(reader, "GET /api/statements/{newsroom's}", 200, reader.spec().get("/api/statements/" + statement), "");
        check(rival, "GET /api/statements/{newsroom's}", 404, rival.spec().get("/api/statements/" + statement),
                "another team's id is not found, not forbidden");

        // list: each team sees only its own
        Response listed = reader.spec().get("/api/statements");
        check(reader, "GET /api/statements", 200, listed, "lists newsroom's statement only");
        List<String> ids = listed.path("statements.id");
        assertTrue(ids.contains(statement) && !ids.contains(rivalStatement), ids.toString());
        Response rivalList = rival.spec().get("/api/statements");
        check(rival, "GET /api/statements", 200, rivalList, "lists the rival team's own only");
        List<String> rivalIds = rivalList.path("statements.id");
        assertTrue(rivalIds.contains(rivalStatement) && !rivalIds.contains(statement), rivalIds.toString());
        check(anonymous, "GET /api/statements", 401, anonymous.spec().get("/api/statements"), "");

        // read a comparison (not published)
        check(anonymous, "GET /api/comparisons/{unpublished}", 404, anonymous.spec().get("/api/comparisons/" + comparison),
                "a permalink: 404 unless published");
        check(reader, "GET /api/comparisons/{unpublished}", 200, reader.spec().get("/api/comparisons/" + comparison), "");
        check(rival, "GET /api/comparisons/{unpublished}", 404, rival.spec().get("/api/comparisons/" + comparison), "");
        check(anonymous, "GET /comparisons/{unpublished} (page)", 404, anonymous.spec().get("/comparisons/" + comparison), "");

        // compare
        for (Who who : List.of(anonymous, revoked, expired, unknown)) {
            check(who, "POST /api/comparisons", 401, who.spec().contentType(ContentType.JSON)
                    .body(comparisonOf("x " + run)).post("/api/comparisons"), "");
        }
        check(reader, "POST /api/comparisons", 403, reader.spec().contentType(ContentType.JSON)
                .body(comparisonOf("reader " + run)).post("/api/comparisons"), "readers do not compare");
        check(admin, "POST /api/comparisons", 201, admin.spec().contentType(ContentType.JSON)
                .body(comparisonOf("admin " + run)).post("/api/comparisons"), "");
        check(rival, "POST /api/comparisons {newsroom's statementId}", 404, rival.spec().contentType(ContentType.JSON)
                .body(Map.of("left", Map.of("statementId", statement), "right", Map.of("statementId", rivalStatement)))
                .post("/api/comparisons"), "cannot compare what it cannot see");
        check(reader, "POST /api/statements", 403, reader.spec().contentType(ContentType.JSON)
                .body(Map.of("text", "A reader's upload " + run)).post("/api/statements"), "");

        // publish
        check(reader, "POST /api/comparisons/{id}/publish", 403, reader.spec().post("/api/comparisons/" + comparison
                + "/publish"), "");
        check(rival, "POST /api/comparisons/{id}/publish", 404, rival.spec().post("/api/comparisons/" + comparison
                + "/publish"), "");
        check(anonymous, "POST /api/comparisons/{id}/publish", 401, anonymous.spec().post("/api/comparisons/"
                + comparison + "/publish"), "");
        check(editor, "POST /api/comparisons/{id}/publish", 200, editor.spec().post("/api/comparisons/" + comparison
                + "/publish"), "");
        check(anonymous, "GET /api/comparisons/{published}", 200, anonymous.spec().get("/api/comparisons/"
                + comparison), "published: readable without an account");
        check(anonymous, "GET /comparisons/{published} (page)", 200, anonymous.spec().get("/comparisons/" + comparison),
                "");
        check(rival, "GET /api/comparisons/{published}", 200, rival.spec().get("/api/comparisons/" + comparison), "");
        check(anonymous, "GET /comparisons/{published}.md", 200, anonymous.spec().get("/comparisons/" + comparison
                + ".md"), "");
        check(editor, "DELETE /api/comparisons/{id}/publish", 200, editor.spec().delete("/api/comparisons/" + comparison
                + "/publish"), "");
        check(anonymous, "GET /api/comparisons/{unpublished again}", 404, anonymous.spec().get("/api/comparisons/"
                + comparison), "unpublishing takes effect at once");

        // a comparison run as a job (Prefer: respond-async) belongs to the team that asked for it
        Response queued = editor.spec().contentType(ContentType.JSON).header("Prefer", "respond-async")
                .body(comparisonOf("job " + run)).post("/api/comparisons");
        check(editor, "POST /api/comparisons (Prefer: respond-async)", 202, queued, "queued as a job");
        String job = queued.path("id");
        String jobComparison = queued.path("comparisonId");
        check(anonymous, "GET /api/jobs/{id}", 401, anonymous.spec().get("/api/jobs/" + job), "");
        check(rival, "GET /api/jobs/{id}", 404, rival.spec().get("/api/jobs/" + job), "another team's job");
        check(rival, "GET /jobs/{id} (page)", 404, rival.spec().get("/jobs/" + job), "");
        String state = "queued";
        for (int k = 0; k < 300 && !state.equals("done") && !state.equals("failed"); k++) {
            Thread.sleep(100);
            Response polled = reader.spec().get("/api/jobs/" + job);
            assertEquals(200, polled.statusCode(), "the team's reader follows its job");
            state = polled.path("state");
        }
        check(reader, "GET /api/jobs/{id} until done", 200, "done".equals(state) ? 200 : 500, "state " + state);
        check(reader, "GET /api/comparisons/{the job's}", 200, reader.spec().get("/api/comparisons/" + jobComparison),
                "the job's comparison is the newsroom's");
        check(rival, "GET /api/comparisons/{the job's}", 404, rival.spec().get("/api/comparisons/" + jobComparison), "");

        // watch
        Map<String, Object> watch = Map.of("url", "http://127.0.0.1:9/readout-" + run, "label", "watch " + run);
        check(reader, "POST /api/watches", 403, reader.spec().contentType(ContentType.JSON).body(watch)
                .post("/api/watches"), "");
        check(anonymous, "POST /api/watches", 401, anonymous.spec().contentType(ContentType.JSON).body(watch)
                .post("/api/watches"), "");
        Response added = editor.spec().contentType(ContentType.JSON).body(watch).post("/api/watches");
        check(editor, "POST /api/watches", 201, added, "");
        String watchId = created(added, "id");
        check(reader, "GET /api/watches/{id}", 200, reader.spec().get("/api/watches/" + watchId), "");
        check(rival, "GET /api/watches/{id}", 404, rival.spec().get("/api/watches/" + watchId), "");
        check(rival, "DELETE /api/watches/{id}", 404, rival.spec().delete("/api/watches/" + watchId), "");
        List<String> rivalWatches = rival.spec().get("/api/watches").path("watches.id");
        assertFalse(rivalWatches != null && rivalWatches.contains(watchId), "another team's watch is not listed");

        // admin
        check(anonymous, "GET /api/admin/audit", 401, anonymous.spec().get("/api/admin/audit"), "");
        check(editor, "GET /api/admin/audit", 403, editor.spec().get("/api/admin/audit"), "");
        check(reader, "GET /api/admin/users", 403, reader.spec().get("/api/admin/users"), "");
        check(admin, "GET /api/admin/users", 200, admin.spec().get("/api/admin/users"), "");
        check(reader, "GET /account/tokens (page)", 200, reader.spec().get("/account/tokens"), "own tokens");
        Response audit = admin.spec().get("/api/admin/audit");
        check(admin, "GET /api/admin/audit", 200, audit, "");
        String trail = audit.asString();
        for (String action : List.of("\"upload\"", "\"compare\"", "\"publish\"", "\"unpublish\"", "\"watch-add\"")) {
            assertTrue(trail.contains(action), "the audit trail has " + action);
        }
        List<Map<String, Object>> events = audit.path("findAll { it.subject == '" + comparison + "' }");
        assertEquals(List.of("unpublish", "publish", "compare"), events.stream().map(e -> e.get("action")).toList());
        assertEquals("editor-" + run, events.get(0).get("actor"));

        // service endpoints and pages
        check(anonymous, "GET /q/health", 200, anonymous.spec().get("/q/health"), "");
        check(anonymous, "GET /q/metrics", 401, anonymous.spec().get("/q/metrics"), "");
        Response page = anonymous.spec().get("/statements");
        check(anonymous, "GET /statements (page)", 303, page, "sent to /login");
        assertTrue(page.header("Location").endsWith("/login"), page.header("Location"));
        check(anonymous, "GET /login (page)", 200, anonymous.spec().get("/login"), "");
        check(reader, "POST /logout", 303, reader.spec().contentType("application/x-www-form-urlencoded")
                .post("/logout"), "any account may sign out");

        table.write(Path.of("target", "access-table.md"));
        System.out.println(table.markdown());
        assertEquals(List.of(), table.failures(), "rows whose status differs from the expected one");
    }

    private Who user(String name, Role role, String team) throws AccountProblem {
        accounts.addUser(name, role, team, PASSWORD);
        return new Who(name + " (" + role.label() + ", " + team + ")", accounts.addToken(name, "test"));
    }

    private void check(Who who, String request, int expected, Response response, String note) {
        check(who, request, expected, response.statusCode(), note);
    }

    private void check(Who who, String request, int expected, int actual, String note) {
        String caller = who.label().replaceAll("-[0-9a-f]{8}", "");
        table.add(caller, request, expected, actual, note);
    }

    private static String created(Response response, String field) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.statusCode() + " "
                + response.asString());
        return response.path(field);
    }

    private static Map<String, Object> comparisonOf(String run) {
        return Map.of("left", Map.of("text", "The sides met on Monday. They discussed trade, run " + run + "."),
                "right", Map.of("text", "The sides met on Monday. They firmly discussed trade, run " + run + "."),
                "mode", "versions");
    }
}
