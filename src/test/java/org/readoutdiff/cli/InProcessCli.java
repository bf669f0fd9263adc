package org.readoutdiff.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Runs the command-line artifact's entry point ({@link CliMain}, what {@code target/cli/readout-diff}
 * runs) in this process, with its standard output and error captured, for tests outside this
 * package. The system properties it sets for the libraries' logging are put back afterwards.
 */
public final class InProcessCli {

    public record Result(int exitCode, String out, String err) {
    }

    private static final List<String> SET_BY_CLI = List.of(
            "log4j2.loggerContextFactory", "slf4j.provider", "slf4j.internal.verbosity");

    private InProcessCli() {
    }

    public static Result run(String... args) {
        return run(null, args);
    }

    /** As {@link #run(String...)}, with standard output written to {@code stdout} (null: captured). */
    public static Result run(OutputStream stdout, String... args) {
        return run(CliMain::run, stdout, args);
    }

    /** As {@link #run(String...)}, through {@code entry} instead of {@link CliMain#run}. */
    static synchronized Result run(ToIntFunction<String[]> entry, OutputStream stdout, String... args) {
        Map<String, String> before = new HashMap<>();
        SET_BY_CLI.forEach(key -> before.put(key, System.getProperty(key)));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(stdout == null ? outBytes : stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            exitCode = entry.applyAsInt(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
        return new Result(exitCode, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
