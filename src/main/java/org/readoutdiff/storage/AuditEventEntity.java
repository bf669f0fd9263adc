package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail. Immutable: Hibernate never writes a change to a stored row, and
 * {@link AccountRepository} only inserts and reads them.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @Column(length = 24)
    public String id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 100)
    public String team;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(length = 100)
    public String subject;

    @Column(length = 500)
    public String detail;
}
