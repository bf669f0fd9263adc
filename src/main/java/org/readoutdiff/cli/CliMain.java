package org.readoutdiff.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.service.BatchRunner;
import org.readoutdiff.service.ComparisonService;
import org.readoutdiff.service.StatementFiles;
import picocli.CommandLine;

/**
 * Entry point of the command-line artifact ({@code target/cli/readout-diff.jar}): the same
 * {@code compare} and {@code batch} commands as {@link Main}, wired by hand instead of by
 * Quarkus, on a class path without the web, database, OpenAPI and metrics extensions. Quarkus
 * boots all of them even for {@code compare} (about 3 s); this starts in a fraction of a second.
 * {@code serve} and {@code watch} stay with the Quarkus application.
 */
public final class CliMain {

    /** The commands of the service build: they need the database, or the web server. */
    static final Set<String> SERVICE_COMMANDS = Set.of("serve", "watch", "admin");

    /**
     * Subcommands run as commands of their own when named first. picocli builds the model of
     * every subcommand of a command line, by reflection, before it parses a word: 20 ms of the
     * 0.2 s that a comparison of two readouts takes. Named as under the top command, they print
     * the same usage, messages and exit codes (CliMainTest).
     */
    private static final Map<String, Class<?>> RUN_ALONE = Map.of("compare", CompareCommand.class,
            "batch", BatchCommand.class);

    private CliMain() {
    }

    public static void main(String... args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length > 0 && SERVICE_COMMANDS.contains(args[0])) {
            // these need the database (and serve the web server), which this class path leaves out
            System.err.println("readout-diff: " + args[0] + " runs from the service build: java -jar"
                    + " target/quarkus-app/quarkus-run.jar " + String.join(" ", args));
            return ExitCodes.INPUT_ERROR;
        }
        quietLibraries();
        Factory factory = new Factory(CliConfig.ofThisProcess());
        Class<?> alone = args.length > 0 ? RUN_ALONE.get(args[0]) : null;
        if (alone == null) {
            return underTopCommand(factory, args);
        }
        CommandLine command = new CommandLine(alone, factory);
        command.setCommandName(ReadoutDiffCommand.class.getAnnotation(CommandLine.Command.class).name() + " " + args[0]);
        return CommandLineSetup.configured(command).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    /** As {@link #run}, with every subcommand under the top command. */
    static int underTopCommand(Factory factory, String... args) {
        return CommandLineSetup.configured(new CommandLine(ReadoutDiffCommand.class, factory)).execute(args);
    }

    /**
     * The libraries log no more than the service's configuration lets them, and never a warning
     * that they found no logging back end: POI and PDFBox through the Log4j API, errors only, on
     * stderr; the embedding model's tokenizer (DJL) through SLF4J, not at all (its failures are
     * exceptions, reported as any other).
     */
    private static void quietLibraries() {
        setUnlessGiven("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setUnlessGiven("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setUnlessGiven("slf4j.internal.verbosity", "WARN");
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Makes the commands and gives them the services (picocli makes every subcommand as it
     * starts, so these are built for {@code --version} too: cheap, as the report templates are
     * parsed only when a report is rendered).
     */
    static final class Factory implements CommandLine.IFactory {

        private final CommandLine.IFactory defaults = CommandLine.defaultFactory();
        private final CliConfig config;
        private ComparisonService service;
        private StatementFiles files;

        Factory(CliConfig config) {
            this.config = config;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = defaults.create(type);
            if (made instanceof CompareCommand compare) {
                compare.service = service();
                compare.files = files();
            } else if (made instanceof BatchCommand batch) {
                batch.runner = new BatchRunner(service(), files());
            }
            return made;
        }

        private ComparisonService service() {
            if (service == null) {
                service = new ComparisonService(
                        config.longValue("readout-diff.max-input-bytes", "67108864"),
                        config.intValue("readout-diff.extraction.max-chars", "5000000"),
                        config.intValue("readout-diff.extraction.max-pages", "1000"),
                        config.longValue("readout-diff.extraction.max-memory-bytes", "67108864"),
                        config.duration("readout-diff.extraction.time-budget", "30s"));
            }
            return service;
        }

        private StatementFiles files() {
            if (files == null) {
                files = new StatementFiles(service(), config.duration("readout-diff.read-time-budget", "30s"));
            }
            return files;
        }
    }
}
