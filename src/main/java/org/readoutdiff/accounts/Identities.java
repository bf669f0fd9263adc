package org.readoutdiff.accounts;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a built-in account: its name, role and team. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Accounts.Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.name()))
                .addRole(account.role().label())
                .addAttribute(Access.TEAM_ATTRIBUTE, account.team())
                .build();
    }
}
