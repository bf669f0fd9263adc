package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API token of an account: only the SHA-256 of the token is kept, never the token. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

    @Id
    @Column(length = 24)
    public String id;

    @Column(name = "account_name", nullable = false, length = 100)
    public String accountName;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(name = "token_sha256", nullable = false, length = 64)
    public String tokenSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
