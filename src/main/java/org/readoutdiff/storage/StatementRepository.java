package org.readoutdiff.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Statements in the active database. Callers run these inside a transaction. */
@ApplicationScoped
public class StatementRepository {

    private static final String LISTING = "select new org.readoutdiff.storage.StatementListing(s.id, s.sha256, "
            + "s.label, s.issuer, s.meeting, s.publishedOn, s.sourceUrl, s.fileName, s.format, s.byteCount, "
            + "s.charCount, s.retrievedAt, s.storedAt) from StatementEntity s ";
    private static final String ORDER = " order by s.publishedOn desc nulls last, s.retrievedAt desc, s.storedAt desc, s.id";

    private final Database database;

    public StatementRepository(Database database) {
        this.database = database;
    }

    public Optional<StatementEntity> find(String id) {
        return Optional.ofNullable(em().find(StatementEntity.class, id));
    }

    /** The statement of this team with these bytes (each team stores the same bytes once). */
    public Optional<StatementEntity> findBySha256(String sha256, String team) {
        return em().createQuery("from StatementEntity s where s.sha256 = :sha256 and s.team = :team",
                        StatementEntity.class)
                .setParameter("sha256", sha256)
                .setParameter("team", team)
                .getResultStream().findFirst();
    }

    public void persist(StatementEntity statement) {
        em().persist(statement);
        em().flush();
    }

    /**
     * Statements, newest first, optionally only of one meeting and/or one issuer (exact match),
     * of one team (null: of all).
     */
    public List<StatementListing> list(String meeting, String issuer, String team, int limit) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (team != null) {
            where.append(" and s.team = :team");
        }
        if (meeting != null) {
            where.append(" and s.meeting = :meeting");
        }
        if (issuer != null) {
            where.append(" and s.issuer = :issuer");
        }
        TypedQuery<StatementListing> query = em().createQuery(LISTING + where + ORDER, StatementListing.class);
        if (team != null) {
            query.setParameter("team", team);
        }
        if (meeting != null) {
            query.setParameter("meeting", meeting);
        }
        if (issuer != null) {
            query.setParameter("issuer", issuer);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * The versions of a statement over time: statements from the same source URL, or, for a
     * statement without one, from the same issuer about the same meeting; oldest first.
     */
    public List<StatementListing> versions(StatementEntity statement) {
        TypedQuery<StatementListing> query;
        if (statement.sourceUrl != null) {
            query = em().createQuery(LISTING + "where s.sourceUrl = :url and s.team = :team", StatementListing.class)
                    .setParameter("url", statement.sourceUrl)
                    .setParameter("team", statement.team);
        } else if (statement.issuer != null && statement.meeting != null) {
            query = em().createQuery(LISTING + "where s.issuer = :issuer and s.meeting = :meeting and s.team = :team",
                            StatementListing.class)
                    .setParameter("team", statement.team)
                    .setParameter("issuer", statement.issuer)
                    .setParameter("meeting", statement.meeting);
        } else {
            query = em().createQuery(LISTING + "where s.id = :id", StatementListing.class).setParameter("id", statement.id);
        }
        return query.getResultList().stream()
                .sorted(java.util.Comparator.comparing((StatementListing s) -> s.publishedOn() == null ? "" : s.publishedOn())
                        .thenComparing(StatementListing::retrievedAt)
                        .thenComparing(StatementListing::storedAt)
                        .thenComparing(StatementListing::id))
                .toList();
    }

    /** The meetings named by statements of one team (null: of all). */
    public List<String> meetings(String team) {
        return distinct("meeting", team);
    }

    public List<String> issuers(String team) {
        return distinct("issuer", team);
    }

    private List<String> distinct(String field, String team) {
        TypedQuery<String> query = em().createQuery("select distinct s." + field + " from StatementEntity s where s."
                + field + " is not null" + (team == null ? "" : " and s.team = :team") + " order by s." + field,
                String.class);
        return (team == null ? query : query.setParameter("team", team)).getResultList();
    }

    private EntityManager em() {
        return database.entityManager();
    }
}
