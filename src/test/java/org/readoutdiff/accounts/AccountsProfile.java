package org.readoutdiff.accounts;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service with built-in accounts (readout-diff.auth=users), on a database of its own. */
public class AccountsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("readout-diff.auth", "users",
                "readout-diff.data-dir", "./target/test-data-accounts",
                "readout-diff.auth.max-failed-logins", "3",
                "quarkus.http.auth.session.encryption-key", "test-only-key-of-the-accounts-profile");
    }
}
