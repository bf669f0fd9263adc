package org.readoutdiff.cli;

import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
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

/** {@code compare LEFT RIGHT}: one comparison, one report. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compares two statements and writes a report.",
        footer = {"", "Exit codes: 0 ran fine and nothing to fail on; 1 differences found and --fail-on asked to fail;",
                "2 usage or input error; 3 internal error."})
class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LEFT", description = "The earlier version, or your side's statement.")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The later version, or the other statement.")
    Path right;

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
        Statement leftStatement = files.read(left, left.toString(), leftLabel, StatementMetadata.none(), encoding);
        Statement rightStatement = files.read(right, right.toString(), rightLabel, StatementMetadata.none(), encoding);
        ComparisonOptions options = ComparisonOptions.defaults()
                .withTopics(topics == null ? TopicLexicon.defaults() : files.lexicon(topics, topics.toString()))
                .withMode(mode)
                .withIgnoreCase(ignoreCase)
                .withTimeBudget(Duration.ofSeconds(Math.max(1, timeBudgetSeconds)));
        Comparison comparison = service.compare(leftStatement, rightStatement, options);
        write(comparison);
        return failOn.fails(comparison.summary().verdict()) ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }

    private void write(Comparison comparison) throws InputProblem, IOException {
        if (output.equals("-")) {
            ReportFormat chosen = format != null ? format : ReportFormat.TEXT;
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            service.write(comparison, chosen, out);
            out.flush();
            return;
        }
        Path target = Path.of(output);
        ReportFormat chosen = format != null ? format : ReportFormat.forFileName(output).orElse(ReportFormat.HTML);
        String name = output;
        if (Files.isDirectory(target)) {
            target = target.resolve(baseName(left) + "--" + baseName(right) + "." + chosen.extension());
            name = target.toString();
        }
        OutputFiles.replace(target, name, out -> service.write(comparison, chosen, out));
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
