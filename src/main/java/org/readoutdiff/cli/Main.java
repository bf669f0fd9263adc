package org.readoutdiff.cli;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point. Every command except {@code serve} is a short run that must open no network
 * port, create no database and print nothing but its result on stdout: with the REST extension present Quarkus
 * would start its HTTP server for a picocli command too, so it is switched off here (these are
 * runtime properties, read when {@link Quarkus#run} starts) and logging goes to stderr.
 * {@code watch} works on the watches of the library, and {@code admin} on its accounts, so they
 * keep the database (and still open no port); no command but {@code serve} runs the watch scheduler or
 * claims comparison jobs.
 */
@QuarkusMain
public class Main {

    static final Map<String, String> CLI_SETTINGS = new LinkedHashMap<>();
    /** What {@code watch} sets: no port, no scheduler, logs on stderr; the database stays on. */
    static final Map<String, String> WATCH_SETTINGS = new LinkedHashMap<>();

    static {
        WATCH_SETTINGS.put("quarkus.http.host-enabled", "false");
        WATCH_SETTINGS.put("readout-diff.watch.tick", "off");
        WATCH_SETTINGS.put("readout-diff.jobs.poll", "off");
        WATCH_SETTINGS.put("quarkus.log.console.stderr", "true");
        WATCH_SETTINGS.put("quarkus.log.category.\"io.quarkus\".level", "WARN");
        WATCH_SETTINGS.put("quarkus.log.category.\"org.flywaydb\".level", "WARN");
        CLI_SETTINGS.put("readout-diff.watch.tick", "off");
        CLI_SETTINGS.put("readout-diff.jobs.poll", "off");
        CLI_SETTINGS.put("quarkus.http.host-enabled", "false");
        // No database either: both persistence units and their datasources off (a datasource
        // alone is not enough: Hibernate ORM would fail to find it), so no H2 file is created.
        CLI_SETTINGS.put("quarkus.datasource.active", "false");
        CLI_SETTINGS.put("quarkus.hibernate-orm.active", "false");
        CLI_SETTINGS.put("quarkus.datasource.\"postgresql\".active", "false");
        CLI_SETTINGS.put("quarkus.hibernate-orm.\"postgresql\".active", "false");
        CLI_SETTINGS.put("quarkus.log.console.stderr", "true");
        CLI_SETTINGS.put("quarkus.log.category.\"io.quarkus\".level", "WARN");
    }

    public static void main(String... args) {
        boolean serve = args.length > 0 && "serve".equals(args[0]);
        List<String> setHere = new ArrayList<>();
        // watch and admin work on the library's database; they still open no port
        boolean watch = args.length > 0 && ("watch".equals(args[0]) || "admin".equals(args[0]));
        if (!serve) {
            (watch ? WATCH_SETTINGS : CLI_SETTINGS).forEach((key, value) -> {
                if (System.getProperty(key) == null) { // an explicit -Dkey=value wins
                    System.setProperty(key, value);
                    setHere.add(key);
                }
            });
        }
        try {
            Quarkus.run(PicocliRunner.class, args);
        } finally {
            // Tests call main() inside one JVM; later Quarkus tests must not inherit CLI settings.
            setHere.forEach(System::clearProperty);
        }
    }
}
