package org.readoutdiff.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** How many rows the library holds, for tests that check a refused request left no trace. */
public final class StoredCounts {

    private StoredCounts() {
    }

    /** Statements, comparisons and series, in one string ("12/5/1"), to compare before and after. */
    public static String of(Database database) {
        return QuarkusTransaction.requiringNew().call(() -> count(database, "StatementEntity") + "/"
                + count(database, "ComparisonEntity") + "/" + count(database, "SeriesEntity"));
    }

    private static long count(Database database, String entity) {
        return database.entityManager().createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }
}
