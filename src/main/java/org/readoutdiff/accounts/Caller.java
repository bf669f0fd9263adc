package org.readoutdiff.accounts;

import java.util.Optional;

/**
 * Who sent a request: an account's name, team and role, or nobody ({@link #anonymous()}). With
 * accounts off every caller is {@link #everyone()}: the one implicit team, allowed everything.
 */
public record Caller(String name, String team, Optional<Role> role) {

    /** The team of everything stored while accounts were off, and of accounts added without --team. */
    public static final String DEFAULT_TEAM = "default";

    public static Caller everyone() {
        return new Caller("", DEFAULT_TEAM, Optional.of(Role.ADMIN));
    }

    public static Caller anonymous() {
        return new Caller(null, null, Optional.empty());
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean may(Role needed) {
        return role.map(r -> r.covers(needed)).orElse(false);
    }
}
