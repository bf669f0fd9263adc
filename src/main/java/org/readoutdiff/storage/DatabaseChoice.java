package org.readoutdiff.storage;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one setting {@code readout-diff.database} ({@code READOUT_DIFF_DATABASE}) into the
 * Quarkus switches that make one persistence unit active: {@code h2} (the default: the embedded
 * file database) or {@code postgresql}. Both units are built into the same application, because
 * a datasource's kind is fixed at build time; which one runs is decided here, at start-up.
 *
 * <p>Its properties sit just above application.properties, so an explicit system property or
 * environment variable still wins (the command line switches both units off that way).
 */
public final class DatabaseChoice implements ConfigSourceFactory {

    public static final String PROPERTY = "readout-diff.database";
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";
    /** Between application.properties (250) and environment variables (300). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(PROPERTY);
        String database = value == null || value.getValue() == null ? H2 : value.getValue().strip().toLowerCase(Locale.ROOT);
        boolean postgresql = switch (database) {
            case H2, "" -> false;
            case POSTGRESQL -> true;
            default -> throw new IllegalArgumentException(PROPERTY + " (READOUT_DIFF_DATABASE) is '" + database
                    + "'; it must be h2 or postgresql");
        };
        // Every switch is set both ways, never left to the defaults: a jar built while the setting
        // was postgresql has those values recorded as its runtime defaults, and must still run on H2.
        Map<String, String> switches = Map.of(
                "quarkus.datasource.active", String.valueOf(!postgresql),
                "quarkus.hibernate-orm.active", String.valueOf(!postgresql),
                "quarkus.datasource.\"postgresql\".active", String.valueOf(postgresql),
                "quarkus.hibernate-orm.\"postgresql\".active", String.valueOf(postgresql));
        return List.of(new PropertiesConfigSource(switches, "readout-diff database choice", ORDINAL));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(ORDINAL);
    }
}
