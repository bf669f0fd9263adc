package org.readoutdiff.accounts;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with readout-diff.auth=oidc, against {@link TestIdentityProvider}. */
public class OidcProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("readout-diff.auth", "oidc", "readout-diff.data-dir", "./target/test-data-oidc");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestIdentityProvider.class));
    }
}
