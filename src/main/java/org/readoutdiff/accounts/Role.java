package org.readoutdiff.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an account may do; each role may do what the ones before it may. */
public enum Role {
    /** Reads what is shared with their team, and published comparisons. */
    READER,
    /** And uploads, compares, publishes and watches. */
    EDITOR,
    /** And manages users and reads the audit trail. */
    ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        for (Role role : values()) {
            if (role.label().equals(value == null ? null : value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The highest of these role names (an OIDC token's groups may hold several, or others). */
    public static Optional<Role> highest(Set<String> roles) {
        Role best = null;
        for (String name : roles) {
            Role role = parse(name).orElse(null);
            if (role != null && (best == null || role.ordinal() > best.ordinal())) {
                best = role;
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean covers(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}
