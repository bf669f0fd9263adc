package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A built-in account: its name, bcrypt password hash, role and team. */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    @Column(length = 100)
    public String name;

    /** Modular crypt form ($2a$...); null for an account that signs in with tokens only. */
    @Column(name = "password_hash", length = 200)
    public String passwordHash;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false, length = 100)
    public String team;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
