package org.readoutdiff.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.security.SecureRandom;
import java.util.Base64;
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
    static final String SESSION_KEY = "quarkus.http.auth.session.encryption-key";
    /**
     * The key of this process's session cookies when none is configured: Quarkus would make one too,
     * but write it to the log, where whoever reads the log could sign cookies with it.
     */
    private static final String PROCESS_SESSION_KEY = randomKey();

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
        ConfigValue sessionKey = context.getValue(SESSION_KEY);
        if (sessionKey == null || sessionKey.getValue() == null || sessionKey.getValue().isBlank()) {
            settings.put(SESSION_KEY, PROCESS_SESSION_KEY);
        }
        return List.of(new PropertiesConfigSource(settings, "readout-diff auth choice", ORDINAL));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
