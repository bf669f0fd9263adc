package org.readoutdiff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database setting decides which persistence unit runs, whatever defaults the jar was built
 * with: a build made while {@code READOUT_DIFF_DATABASE=postgresql} was set records the
 * PostgreSQL switches as its runtime defaults, and that jar must still run on H2.
 */
class DatabaseChoiceTest {

    private static final Map<String, String> POSTGRESQL_BUILD_DEFAULTS = Map.of(
            "quarkus.datasource.active", "false",
            "quarkus.hibernate-orm.active", "false",
            "quarkus.datasource.\"postgresql\".active", "true",
            "quarkus.hibernate-orm.\"postgresql\".active", "true");

    @Test
    void h2RunsEvenInAJarBuiltForPostgresql() {
        SmallRyeConfig config = config(null, POSTGRESQL_BUILD_DEFAULTS);
        assertEquals(Map.of(
                "quarkus.datasource.active", "true",
                "quarkus.hibernate-orm.active", "true",
                "quarkus.datasource.\"postgresql\".active", "false",
                "quarkus.hibernate-orm.\"postgresql\".active", "false"), switches(config));
    }

    @Test
    void postgresqlTurnsTheH2UnitOff() {
        SmallRyeConfig config = config("PostgreSQL ", Map.of());
        assertEquals(Map.of(
                "quarkus.datasource.active", "false",
                "quarkus.hibernate-orm.active", "false",
                "quarkus.datasource.\"postgresql\".active", "true",
                "quarkus.hibernate-orm.\"postgresql\".active", "true"), switches(config));
    }

    @Test
    void anotherDatabaseIsACleanError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> config("mysql", Map.of()));
        assertEquals("readout-diff.database (READOUT_DIFF_DATABASE) is 'mysql'; it must be h2 or postgresql",
                error.getMessage());
    }

    private static SmallRyeConfig config(String database, Map<String, String> recordedDefaults) {
        Map<String, String> settings = new HashMap<>(recordedDefaults);
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "defaults recorded at build", 100))
                .withSources(new DatabaseChoice());
        if (database != null) {
            builder.withSources(new PropertiesConfigSource(Map.of(DatabaseChoice.PROPERTY, database), "environment", 300));
        }
        return builder.build();
    }

    private static Map<String, String> switches(SmallRyeConfig config) {
        Map<String, String> values = new HashMap<>();
        for (String key : POSTGRESQL_BUILD_DEFAULTS.keySet()) {
            values.put(key, config.getRawValue(key));
        }
        return values;
    }
}
