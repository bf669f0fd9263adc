package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Comparisons in the active database. Callers run these inside a transaction. */
@ApplicationScoped
public class ComparisonRepository {

    private final Database database;

    public ComparisonRepository(Database database) {
        this.database = database;
    }

    public Optional<ComparisonEntity> find(String id) {
        return Optional.ofNullable(database.entityManager().find(ComparisonEntity.class, id));
    }

    public void persist(ComparisonEntity comparison) {
        database.entityManager().persist(comparison);
    }

    /** Comparisons that involve a statement on either side, newest first, without their result. */
    public List<ComparisonListing> involving(String statementId, int limit) {
        return database.entityManager().createQuery("select new org.readoutdiff.storage.ComparisonListing(c.id, "
                        + "c.leftStatementId, c.leftLabel, c.rightStatementId, c.rightLabel, c.resultMode, c.verdict, c.createdAt) "
                        + "from ComparisonEntity c where c.leftStatementId = :id or c.rightStatementId = :id "
                        + "order by c.createdAt desc, c.id", ComparisonListing.class)
                .setParameter("id", statementId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return database.entityManager().createQuery("select count(c) from ComparisonEntity c", Long.class)
                .getSingleResult();
    }
}
