package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The renderings kept with stored results. Callers run these inside a transaction. */
@ApplicationScoped
public class RenderingRepository {

    private final Database database;

    public RenderingRepository(Database database) {
        this.database = database;
    }

    public Optional<RenderingEntity> find(String resultId, String name) {
        return Optional.ofNullable(database.entityManager().find(RenderingEntity.class, RenderingEntity.key(resultId, name)));
    }

    /** Whether a result has any rendering kept (results stored before V3 have none until first shown). */
    public boolean has(String resultId) {
        return !database.entityManager()
                .createQuery("select r.id from RenderingEntity r where r.resultId = :id", String.class)
                .setParameter("id", resultId).setMaxResults(1).getResultList().isEmpty();
    }

    public void persist(RenderingEntity rendering) {
        database.entityManager().persist(rendering);
    }
}
