package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.service.ComparisonService;
import org.readoutdiff.service.FailOn;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.OutputFiles;
import org.readoutdiff.service.ReportFormat;
import org.readoutdiff.service.StatementFiles;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare LEFT RIGHT}: one comparison, one report. {@code compare BASE OTHER OTHER...}:
 * the base against each of the others in one report (a series comparison).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two statements and writes a report.",
                "With three files or more, compares the first (the base) with each of the others in one report:"
                        + " the other side's readout, readouts of earlier meetings."},
        footer = {"", "Exit codes: 0 ran fine and nothing to fail on; 1 differences found and --fail-on asked to fail;",
                "2 usage or input error; 3 internal error."})
class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LEFT", description = "The earlier version, or your side's statement.")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The later version, or the other statement.")
    Path right;

    @Parameters(index = "2..*", paramLabel = "MORE", arity = "0..*",
            description = "More statements to compare with LEFT, the base, in one series report.")
    List<Path> more = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, versions or counterparts (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html, json, md, text or inline (default: from the -o file's extension; text on standard output).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR|-", defaultValue = "-",
            description = "Where to write the report: a file, a folder, or - for standard output (default).")
    String output;

    @Option(names = "--fail-on", paramLabel = "WHAT", defaultValue = "none",
            description = "none, substantive or any: exit 1 when such differences are found (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--left-label", paramLabel = "LABEL", description = "Name of the left statement (default: its file name).")
    String leftLabel;

    @Option(names = "--right-label", paramLabel = "LABEL", description = "Name of the right statement (default: its file name).")
    String rightLabel;

    @Option(names = "--topics", paramLabel = "FILE",
            description = "Topic lexicon to use instead of the default one (format: see the default, topics.txt).")
    Path topics;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Reporting-verb scale to use instead of the default one (format: see the default, verbs.txt).")
    Path verbs;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Character set of both files when it is not UTF-8 and cannot be detected (e.g. GB18030).")
    String encoding;

    @Option(names = "--ignore-case", description = "Compare words regardless of case.")
    boolean ignoreCase;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "Work budget; past it the result gets coarser and says so (default: ${DEFAULT-VALUE}).")
    int timeBudgetSeconds;

    @Inject
    ComparisonService service;

    @Inject
    StatementFiles files;

    @Override
    public Integer call() throws InputProblem, IOException {
        if (!more.isEmpty() && rightLabel != null) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, "--right-label names the right statement of two;"
                    + " with more files each statement is named after its file");
        }
        if (!more.isEmpty() && format == ReportFormat.INLINE) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                    "--format inline shows two statements; with more files use html, json, md or text");
        }
        List<Statement> both = readBoth();
        Statement leftStatement = both.get(0);
        Statement rightStatement = both.get(1);
        ComparisonOptions options = ComparisonOptions.defaults()
                .withTopics(topics == null ? TopicLexicon.defaults() : files.lexicon(topics, topics.toString()))
                .withMode(mode)
                .withIgnoreCase(ignoreCase)
                .withTimeBudget(Duration.ofSeconds(Math.max(1, timeBudgetSeconds)));
        if (verbs != null) {
            options = options.withVerbs(files.verbScale(verbs, verbs.toString()));
        }
        if (!more.isEmpty()) {
            List<Statement> others = new ArrayList<>();
            others.add(rightStatement);
            for (Path file : more) {
                others.add(read(file, null));
            }
            SeriesComparison series = service.compareSeries(leftStatement, others, options);
            ReportFormat chosen = chosenFormat();
            write(out -> service.write(series, chosen, out),
                    baseName(left) + "--" + others.size() + "-others." + chosen.extension());
            return failOn.fails(series.verdict()) ? ExitCodes.DIFFERENCES : ExitCodes.OK;
        }
        Comparison comparison = service.compare(leftStatement, rightStatement, options);
        ReportFormat chosen = chosenFormat();
        write(out -> service.write(comparison, chosen, out),
                baseName(left) + "--" + baseName(right) + "." + chosen.extension());
        return failOn.fails(comparison.summary().verdict()) ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }

    /**
     * The two statements. Two regular files are read at once, on two threads: decoding and
     * hashing a 10 MB file takes about 0.15 s. A problem with the left one is reported first, as
     * when they are read one after the other; anything else (a pipe, a device) is read in order.
     */
    private List<Statement> readBoth() throws InputProblem {
        if (!Files.isRegularFile(left) || !Files.isRegularFile(right)) {
            return List.of(read(left, leftLabel), read(right, rightLabel));
        }
        CompletableFuture<Statement> second = CompletableFuture.supplyAsync(() -> {
            try {
                return read(right, rightLabel);
            } catch (InputProblem e) {
                throw new CompletionException(e);
            }
        });
        Statement first = read(left, leftLabel);
        try {
            return List.of(first, second.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputProblem problem) {
                throw problem;
            }
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : e; // else an internal error, exit 3
        }
    }

    private Statement read(Path file, String label) throws InputProblem {
        return files.read(file, file.toString(), label, StatementMetadata.none(), encoding);
    }

    /** The format asked for: --format, else the output file's extension, else text on standard output and HTML in a file. */
    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return output.equals("-") ? ReportFormat.TEXT : ReportFormat.forFileName(output).orElse(ReportFormat.HTML);
    }

    /** Writes the report where -o says; into a folder under {@code nameInFolder}. */
    private void write(OutputFiles.Content content, String nameInFolder) throws InputProblem, IOException {
        if (output.equals("-")) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            content.write(out);
            out.flush();
            // System.out swallows write errors: a report cut short by a full disk or a closed
            // pipe must not end as a success
            if (System.out.checkError()) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT,
                        "standard output: the report could not be written whole (a full disk or a closed pipe?)");
            }
            return;
        }
        Path target = Path.of(output);
        String name = output;
        if (Files.isDirectory(target)) {
            target = target.resolve(nameInFolder);
            name = target.toString();
        }
        OutputFiles.replace(target, name, content);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
