package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StoredWatch;
import org.readoutdiff.service.WatchRequest;
import org.readoutdiff.service.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code watch add|list|remove|check}: the watches of the library the service uses (the same
 * database settings). Unlike {@code compare} and {@code batch} these open the database; they
 * still open no port. With the embedded H2 database, run them while the service is stopped (H2
 * lets one process have the file), or use the API; with PostgreSQL, any time.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watches published pages for edits: add, list, remove, check.",
        subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class,
                WatchCommand.Check.class})
class WatchCommand {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Watches a page; its first check is due at once.")
    static class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "URL", description = "The page (http or https).")
        String url;

        @Option(names = "--label", paramLabel = "L", description = "Its name (default: the host).")
        String label;

        @Option(names = "--interval", paramLabel = "MIN", description = "Minutes between checks (default 60, at least 5).")
        Integer interval;

        @Option(names = "--issuer", paramLabel = "NAME")
        String issuer;

        @Option(names = "--meeting", paramLabel = "NAME")
        String meeting;

        @Option(names = "--selector", paramLabel = "CSS", description = "CSS selector of the article body.")
        String selector;

        @Option(names = "--notify-minor", description = "Format-only and boilerplate changes notify too.")
        boolean notifyMinor;

        @Option(names = "--webhook", paramLabel = "URL", description = "Post this watch's changes here "
                + "(default: readout-diff.watch.webhook-url).")
        String webhook;

        @Inject
        Watches watches;

        @Override
        public Integer call() throws InputProblem {
            StoredWatch watch = watches.add(new WatchRequest(url, label, issuer, meeting, selector, interval, notifyMinor,
                    webhook));
            System.out.println(watch.id() + "\t" + watch.label() + "\t" + watch.url() + "\tevery " + watch.intervalMinutes()
                    + " min");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every watch: id, interval, last check and its outcome, versions, label, URL, last error.")
    static class ListWatches implements Callable<Integer> {

        @Inject
        Watches watches;

        @Override
        public Integer call() {
            for (StoredWatch w : watches.list()) {
                print(System.out, w);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stops watching; the versions stay in the library.")
    static class Remove implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Inject
        Watches watches;

        @Override
        public Integer call() throws InputProblem {
            if (!watches.remove(id)) {
                throw new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no watch with the id '" + id + "'");
            }
            System.out.println("removed " + id);
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Fetches every watch that is due (with --all, every watch) once, for cron and CI.",
            footer = {"", "Exit codes: 0 every check ran; 2 a page could not be fetched or read (its line says why)."})
    static class Check implements Callable<Integer> {

        @Option(names = "--all", description = "Every watch, due or not.")
        boolean all;

        @Inject
        Watches watches;

        @Override
        public Integer call() {
            List<StoredWatch> checked = watches.checkMany(all);
            boolean failed = false;
            for (StoredWatch w : checked) {
                print(System.out, w);
                failed |= "error".equals(w.lastOutcome());
            }
            System.err.println("readout-diff: checked " + checked.size() + (checked.size() == 1 ? " watch" : " watches"));
            return failed ? ExitCodes.INPUT_ERROR : ExitCodes.OK;
        }
    }

    static void print(PrintStream out, StoredWatch w) {
        out.println(String.join("\t", w.id(), "every " + w.intervalMinutes() + " min",
                "checked " + time(w.lastCheckedAt()), w.lastOutcome() == null ? "not checked yet" : w.lastOutcome(),
                w.versionCount() + (w.versionCount() == 1 ? " version" : " versions"), w.label(), w.url(),
                w.lastError() == null ? "" : w.lastError()).strip());
    }

    private static String time(Instant instant) {
        return instant == null ? "never" : MINUTES.format(instant);
    }
}
