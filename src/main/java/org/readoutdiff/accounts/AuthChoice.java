package org.readoutdiff.accounts;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns {@code readout-diff.auth} into Quarkus settings at start-up, as storage.DatabaseChoice
 * does for the database: without accounts ({@code none}) the HTTP server listens on 127.0.0.1
 * only; OpenID Connect is active only with {@code oidc} (otherwise quarkus-oidc, which is built
 * in, would look for an identity provider). An explicit system property or environment
 * variable still wins; {@link StartupNotice} refuses to serve other addresses without accounts.
 */
public final class AuthChoice implements ConfigSourceFactory {

    /** Between application.properties (250) and environment variables (300), as DatabaseChoice. */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(AuthMode.PROPERTY);
        AuthMode mode = AuthMode.parse(value == null ? null : value.getValue());
        Map<String, String> settings = new HashMap<>();
        if (mode == AuthMode.NONE) {
            settings.put("quarkus.http.host", "127.0.0.1");
        }
        settings.put("quarkus.oidc.tenant-enabled", String.valueOf(mode == AuthMode.OIDC));
        settings.put("readout-diff.auth-policy", mode.accounts() ? "authenticated" : "permit");
        return List.of(new PropertiesConfigSource(settings, "readout-diff auth choice", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
