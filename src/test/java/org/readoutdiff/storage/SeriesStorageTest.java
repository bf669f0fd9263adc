package org.readoutdiff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Series in the database the application runs on: H2 by default, PostgreSQL in CI's
 * second pass (READOUT_DIFF_DATABASE=postgresql). Members keep their order and labels, and must be
 * statements of the library.
 */
@QuarkusTest
class SeriesStorageTest {

    @Inject
    StatementRepository statements;

    @Inject
    SeriesRepository sets;

    @Inject
    Database database;

    @Test
    void membersComeBackInTheirOrderWithTheirLabels() {
        List<String> ids = List.of(statement("base"), statement("other one"), statement("other two"));
        SeriesEntity set = set(List.of(
                new SeriesMember(ids.get(0), "Base <b>label</b>"),
                new SeriesMember(ids.get(2), "second given first"),
                new SeriesMember(ids.get(1), "Other, 中文")));
        QuarkusTransaction.requiringNew().run(() -> sets.persist(set));

        SeriesEntity found = QuarkusTransaction.requiringNew().call(() -> sets.find(set.id).orElseThrow());
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(1)), found.members.stream().map(m -> m.statementId).toList());
        assertEquals(List.of("Base <b>label</b>", "second given first", "Other, 中文"),
                found.members.stream().map(m -> m.label).toList());
        assertEquals(set.resultJson, found.resultJson);
        assertEquals(set.createdAt, found.createdAt);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> sets.find("NoSuchSet1")).isEmpty());
    }

    @Test
    void aMemberMustBeAStoredStatement() {
        String known = statement("known");
        SeriesEntity set = set(List.of(new SeriesMember(known, "base"),
                new SeriesMember("NoSuchStatement1", "missing"), new SeriesMember(known, "again")));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            sets.persist(set);
            database.entityManager().flush();
        }));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> sets.find(set.id)).isEmpty(), "nothing was stored");
    }

    private String statement(String text) {
        return TestStatements.store(statements, text);
    }

    private static SeriesEntity set(List<SeriesMember> members) {
        SeriesEntity set = new SeriesEntity();
        set.id = PublicIds.next();
        set.members.addAll(members);
        set.requestedMode = "auto";
        set.timeBudgetMillis = 10_000;
        set.engineVersion = "test";
        set.verdict = "minor";
        set.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        set.resultJson = "{\"schema\": \"readout-diff/series/1\", \"text\": \"" + "x".repeat(70_000) + "\"}";
        return set;
    }
}
