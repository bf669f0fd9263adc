package org.readoutdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The command-line artifact reads its settings as Quarkus does: -D, then the environment, then the file. */
class CliConfigTest {

    @Test
    void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheFile() {
        Properties file = new Properties();
        file.setProperty("readout-diff.max-input-bytes", "100");
        file.setProperty("readout-diff.read-time-budget", "30s");
        CliConfig fileOnly = new CliConfig(key -> null, Map.of(), file);
        CliConfig withEnvironment = new CliConfig(key -> null, Map.of("READOUT_DIFF_MAX_INPUT_BYTES", "200"), file);
        CliConfig withProperty = new CliConfig(key -> key.equals("readout-diff.max-input-bytes") ? "300" : null,
                Map.of("READOUT_DIFF_MAX_INPUT_BYTES", "200"), file);
        assertEquals(100, fileOnly.longValue("readout-diff.max-input-bytes", "1"));
        assertEquals(200, withEnvironment.longValue("readout-diff.max-input-bytes", "1"));
        assertEquals(300, withProperty.longValue("readout-diff.max-input-bytes", "1"));
        assertEquals(7, fileOnly.intValue("readout-diff.not-set", "7"));
        assertEquals(Duration.ofSeconds(30), fileOnly.duration("readout-diff.read-time-budget", "1s"));
    }

    @Test
    void environmentNamesAndDurationsAreQuarkusOnes() {
        assertEquals("READOUT_DIFF_EXTRACTION_MAX_MEMORY_BYTES", CliConfig.environmentName("readout-diff.extraction.max-memory-bytes"));
        assertEquals(Duration.ofSeconds(30), CliConfig.duration("30"));
        assertEquals(Duration.ofSeconds(2), CliConfig.duration("2s"));
        assertEquals(Duration.ofMillis(500), CliConfig.duration("500ms"));
        assertEquals(Duration.ofMinutes(2), CliConfig.duration("2m"));
        assertEquals(Duration.ofHours(1), CliConfig.duration("1h"));
        assertEquals(Duration.ofDays(1), CliConfig.duration("1d"));
        assertEquals(Duration.ofSeconds(45), CliConfig.duration("PT45S"));
    }
}
