package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.analysis.VerbScale;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.service.ComparisonService;
import org.readoutdiff.service.ReportFormat;
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

    @Override
    public Integer call() throws InputException, IOException {
        if (!more.isEmpty() && rightLabel != null) {
            throw new InputException("--right-label names the right statement of two; with more files each statement"
                    + " is named after its file");
        }
        if (!more.isEmpty() && format == ReportFormat.INLINE) {
            throw new InputException("--format inline shows two statements; with more files use html, json, md or text");
        }
        Statement leftStatement = read(left, leftLabel);
        Statement rightStatement = read(right, rightLabel);
        ComparisonOptions options = ComparisonOptions.defaults()
                .withTopics(topics == null ? TopicLexicon.defaults() : lexicon(topics))
                .withMode(mode)
                .withIgnoreCase(ignoreCase)
                .withTimeBudget(Duration.ofSeconds(Math.max(1, timeBudgetSeconds)));
        if (verbs != null) {
            options = options.withVerbs(verbScale(verbs));
        }
        if (!more.isEmpty()) {
            List<Statement> others = new ArrayList<>();
            others.add(rightStatement);
            for (Path file : more) {
                others.add(read(file, null));
            }
            SeriesComparison series = service.compareSeries(leftStatement, others, options);
            write(out -> service.write(series, chosenFormat(), out), baseName(left) + "--" + others.size() + "-others");
            return failOn.fails(series.verdict()) ? ExitCodes.DIFFERENCES : ExitCodes.OK;
        }
        Comparison comparison = service.compare(leftStatement, rightStatement, options);
        write(comparison);
        return failOn.fails(comparison.summary().verdict()) ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }

    private VerbScale verbScale(Path file) throws InputException {
        byte[] bytes = InputFiles.read(file, service.maxInputBytes());
        try {
            return VerbScale.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    /** The format asked for: --format, else the output file's extension, else text on standard output and HTML in a file. */
    private ReportFormat chosenFormat() {
        if (format != null) {
            return format;
        }
        return output.equals("-") ? ReportFormat.TEXT : ReportFormat.forFileName(output).orElse(ReportFormat.HTML);
    }

    /** Writes a series report where -o says, as {@link #write(Comparison)} does for two statements. */
    private void write(java.util.function.Consumer<OutputStream> writer, String name) throws InputException, IOException {
        if (output.equals("-")) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            writer.accept(out);
            out.flush();
            return;
        }
        Path target = Path.of(output);
        if (Files.isDirectory(target)) {
            target = target.resolve(name + "." + chosenFormat().extension());
        }
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new InputException(output + ": no such folder to write the report into");
        }
        Path partial = Files.createTempFile(folder, ".readout-diff-", ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            writer.accept(out);
        } catch (AccessDeniedException | NoSuchFileException e) {
            Files.deleteIfExists(partial);
            throw new InputException(output + ": cannot write there");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private TopicLexicon lexicon(Path file) throws InputException {
        byte[] bytes = InputFiles.read(file, service.maxInputBytes());
        try {
            return TopicLexicon.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private Statement read(Path file, String label) throws InputException {
        byte[] bytes = InputFiles.read(file, service.maxInputBytes());
        try {
            return service.read(new StatementSource(file.toString(), bytes, encoding), label, StatementMetadata.none());
        } catch (UnreadableStatementException e) {
            throw new InputException(e.getMessage());
        }
    }

    private void write(Comparison comparison) throws InputException, IOException {
        if (output.equals("-")) {
            ReportFormat chosen = format != null ? format : ReportFormat.TEXT;
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            service.write(comparison, chosen, out);
            out.flush();
            return;
        }
        Path target = Path.of(output);
        ReportFormat chosen = format != null ? format : ReportFormat.forFileName(output).orElse(ReportFormat.HTML);
        if (Files.isDirectory(target)) {
            target = target.resolve(baseName(left) + "--" + baseName(right) + "." + chosen.extension());
        }
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new InputException(output + ": no such folder to write the report into");
        }
        // Write beside the target, then rename: a failed run never leaves half a report.
        Path partial = Files.createTempFile(folder, ".readout-diff-", ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            service.write(comparison, chosen, out);
        } catch (AccessDeniedException | NoSuchFileException e) {
            Files.deleteIfExists(partial);
            throw new InputException(output + ": cannot write there");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
