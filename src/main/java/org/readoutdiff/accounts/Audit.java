package org.readoutdiff.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.readoutdiff.storage.AccountRepository;
import org.readoutdiff.storage.AuditEventEntity;
import org.readoutdiff.storage.PublicIds;

/**
 * The audit trail: who uploaded, compared, published, changed a watch or an account, and when.
 * Only {@link #record} writes, and only new rows; an admin reads it (GET /api/admin/audit).
 */
@ApplicationScoped
public class Audit {

    private static final int MAX_LISTED = 1000;

    private final AccountRepository repository;
    private final Access access;

    public Audit(AccountRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    /** One event as an admin reads it. */
    public record Event(Instant at, String actor, String team, String action, String subject, String detail) {
    }

    /**
     * Records what the current caller did, in the caller's team: in the transaction that stores
     * what it did when there is one (one commit, and no event for work rolled back), else alone.
     */
    public void record(String action, String subject, String detail) {
        record(action, subject, detail, access.owningTeam());
    }

    public void record(String action, String subject, String detail, String team) {
        AuditEventEntity event = new AuditEventEntity();
        event.id = PublicIds.next();
        event.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        event.actor = cut(access.actor(), 100);
        event.team = cut(team, 100);
        event.action = action;
        event.subject = subject == null ? null : cut(subject, 100);
        event.detail = detail == null ? null : cut(detail, 500);
        QuarkusTransaction.joiningExisting().run(() -> repository.persist(event));
    }

    public List<Event> events() {
        return QuarkusTransaction.requiringNew().call(() -> repository.audit(MAX_LISTED).stream()
                .map(e -> new Event(e.at, e.actor, e.team, e.action, e.subject, e.detail)).toList());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
