/**
 * Accounts (docs/web.md, "Accounts"): who may read and change what. The setting
 * {@code readout-diff.auth} is {@code none} (no accounts, the service listens on 127.0.0.1
 * only), {@code open} (no accounts, every address), {@code users} (built-in accounts with
 * bcrypt-hashed passwords and API tokens) or {@code oidc} (single sign-on through Quarkus OIDC).
 * Every statement, comparison, series and watch belongs to a team; {@link
 * org.readoutdiff.accounts.Access} says which team the caller is in and what they may do.
 */
package org.readoutdiff.accounts;
