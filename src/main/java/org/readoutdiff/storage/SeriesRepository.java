package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Series in the active database. Callers run these inside a transaction. */
@ApplicationScoped
public class SeriesRepository {

    private final Database database;

    public SeriesRepository(Database database) {
        this.database = database;
    }

    /** The series with its members loaded (they are read in the caller's transaction). */
    public Optional<SeriesEntity> find(String id) {
        Optional<SeriesEntity> found = Optional.ofNullable(database.entityManager().find(SeriesEntity.class, id));
        found.ifPresent(series -> series.members.size());
        return found;
    }

    public void persist(SeriesEntity series) {
        database.entityManager().persist(series);
    }
}
