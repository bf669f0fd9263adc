package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Comparison sets in the active database. Callers run these inside a transaction. */
@ApplicationScoped
public class ComparisonSetRepository {

    private final Database database;

    public ComparisonSetRepository(Database database) {
        this.database = database;
    }

    /** The set with its members loaded (they are read in the caller's transaction). */
    public Optional<ComparisonSetEntity> find(String id) {
        Optional<ComparisonSetEntity> found = Optional.ofNullable(database.entityManager().find(ComparisonSetEntity.class, id));
        found.ifPresent(set -> set.members.size());
        return found;
    }

    public void persist(ComparisonSetEntity set) {
        database.entityManager().persist(set);
    }
}
