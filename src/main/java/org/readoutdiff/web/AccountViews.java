package org.readoutdiff.web;

import java.util.List;

/** What the account pages show (escaped by Qute like every page). */
final class AccountViews {

    private AccountViews() {
    }

    /** The login form; {@code failed} after a wrong name or password (or too many tries). */
    record Login(boolean accounts, boolean usersMode, boolean failed) {
    }

    /** The signed-in caller's tokens; {@code newToken} is shown once, right after it was made. */
    record Tokens(String name, String team, String role, List<TokenRow> tokens, String newToken) {
    }

    record TokenRow(String id, String label, String created, String state, boolean active) {
    }
}
