package org.readoutdiff.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Statements stored straight through the repository, for storage tests that need rows to refer to. */
final class TestStatements {

    private TestStatements() {
    }

    /** Stores a statement whose text is {@code text} followed by a full stop; its id. */
    static String store(StatementRepository statements, String text) {
        StatementEntity entity = new StatementEntity();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        entity.id = PublicIds.next();
        entity.sha256 = (UUID.randomUUID().toString().replace("-", "") + "0".repeat(32)).substring(0, 64);
        entity.label = text;
        entity.format = "pasted";
        entity.content = text + ".";
        entity.byteCount = entity.content.length();
        entity.charCount = entity.content.length();
        entity.retrievedAt = now;
        entity.storedAt = now;
        QuarkusTransaction.requiringNew().run(() -> statements.persist(entity));
        return entity.id;
    }
}
