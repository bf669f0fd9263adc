package org.readoutdiff.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What start-up says for each readout-diff.auth, and the refusal to serve everyone without accounts. */
class StartupNoticeTest {

    @Test
    void noAccountsListensOnLoopbackOnlyAndSaysSo() {
        assertTrue(StartupNotice.message(AuthMode.NONE, "127.0.0.1").startsWith("No accounts (readout-diff.auth=none): "
                + "listening on 127.0.0.1 only"));
        IllegalStateException wide = assertThrows(IllegalStateException.class,
                () -> StartupNotice.message(AuthMode.NONE, "0.0.0.0"));
        assertTrue(wide.getMessage().contains("set READOUT_DIFF_AUTH=open"), wide.getMessage());
    }

    @Test
    void openSaysLoudlyThatAnyoneCanReadAndWrite() {
        assertEquals("!!! readout-diff.auth=open: NO ACCOUNTS on 0.0.0.0. Anyone who can reach this service can read "
                + "every statement and comparison and add to the library. !!!", StartupNotice.message(AuthMode.OPEN, "0.0.0.0"));
    }

    @Test
    void aModeThatIsNotOneOfTheFourIsRefusedByName() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> AuthMode.parse("ldap"));
        assertEquals("readout-diff.auth (READOUT_DIFF_AUTH) is 'ldap'; it must be none, open, users or oidc",
                bad.getMessage());
        assertEquals(AuthMode.NONE, AuthMode.parse(null));
        assertEquals(AuthMode.USERS, AuthMode.parse(" Users "));
    }
}
