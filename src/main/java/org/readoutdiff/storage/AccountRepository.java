package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Accounts, their API tokens and the audit trail. Callers run these inside a transaction. */
@ApplicationScoped
public class AccountRepository {

    private final Database database;

    public AccountRepository(Database database) {
        this.database = database;
    }

    public Optional<AccountEntity> find(String name) {
        return Optional.ofNullable(em().find(AccountEntity.class, name));
    }

    public void persist(Object entity) {
        em().persist(entity);
        em().flush();
    }

    public List<AccountEntity> accounts() {
        return em().createQuery("from AccountEntity a order by a.name", AccountEntity.class).getResultList();
    }

    public Optional<ApiTokenEntity> tokenBySha256(String sha256) {
        return em().createQuery("from ApiTokenEntity t where t.tokenSha256 = :sha", ApiTokenEntity.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    public Optional<ApiTokenEntity> token(String id) {
        return Optional.ofNullable(em().find(ApiTokenEntity.class, id));
    }

    public List<ApiTokenEntity> tokensOf(String accountName) {
        return em().createQuery("from ApiTokenEntity t where t.accountName = :name order by t.createdAt desc, t.id",
                ApiTokenEntity.class).setParameter("name", accountName).getResultList();
    }

    /** The newest audit events first. */
    public List<AuditEventEntity> audit(int limit) {
        return em().createQuery("from AuditEventEntity e order by e.at desc, e.id desc", AuditEventEntity.class)
                .setMaxResults(limit).getResultList();
    }

    private EntityManager em() {
        return database.entityManager();
    }
}
