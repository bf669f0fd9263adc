package org.readoutdiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The settings of the command-line artifact ({@link CliMain}), read as Quarkus reads them for the
 * service, without Quarkus: a {@code -Dkey=value} system property first, then the environment
 * variable named after the key ({@code readout-diff.max-input-bytes} is
 * {@code READOUT_DIFF_MAX_INPUT_BYTES}), then {@code application.properties}, then the default.
 * Profile keys ({@code %test.…}) and expressions are not read: the command line's keys use neither.
 */
final class CliConfig {

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Properties file;

    CliConfig(Function<String, String> systemProperties, Map<String, String> environment, Properties file) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.file = file;
    }

    /** The settings of this process: its system properties, its environment, the application.properties it ships. */
    static CliConfig ofThisProcess() {
        Properties file = new Properties();
        try (InputStream in = CliConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CliConfig(System::getProperty, System.getenv(), file);
    }

    String value(String key, String defaultValue) {
        String value = systemProperties.apply(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = file.getProperty(key);
        }
        return value == null ? defaultValue : value.trim();
    }

    long longValue(String key, String defaultValue) {
        return Long.parseLong(value(key, defaultValue));
    }

    int intValue(String key, String defaultValue) {
        return Integer.parseInt(value(key, defaultValue));
    }

    Duration duration(String key, String defaultValue) {
        return duration(value(key, defaultValue));
    }

    /** MicroProfile's environment name: every character but a letter or digit becomes {@code _}, upper case. */
    static String environmentName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    /** A duration as Quarkus writes it: {@code 30} (seconds), {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1d} or ISO-8601 {@code PT30S}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.matches("\\d+[smhd]")) {
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
    }
}
