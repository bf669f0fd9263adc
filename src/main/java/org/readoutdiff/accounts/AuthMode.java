package org.readoutdiff.accounts;

import java.util.Locale;

/** The setting {@code readout-diff.auth} ({@code READOUT_DIFF_AUTH}). */
public enum AuthMode {
    /** No accounts; the service listens on 127.0.0.1 only. The default. */
    NONE,
    /** No accounts, every address: anyone who reaches the service can read and write everything. */
    OPEN,
    /** Built-in accounts (readout-diff admin add-user) and API tokens. */
    USERS,
    /** Accounts from an OpenID Connect provider (Quarkus' quarkus.oidc.* settings), and API tokens. */
    OIDC;

    public static final String PROPERTY = "readout-diff.auth";

    /** The mode a setting names; a blank or missing one is {@link #NONE}. */
    public static AuthMode parse(String value) {
        String name = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "none" -> NONE;
            case "open" -> OPEN;
            case "users" -> USERS;
            case "oidc" -> OIDC;
            default -> throw new IllegalArgumentException(PROPERTY + " (READOUT_DIFF_AUTH) is '" + value.strip()
                    + "'; it must be none, open, users or oidc");
        };
    }

    /** Whether callers sign in (users, oidc). */
    public boolean accounts() {
        return this == USERS || this == OIDC;
    }
}
