package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.readoutdiff.analysis.TopicLexicon;
import org.readoutdiff.analysis.VerbScale;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.render.BatchIndexRenderer;
import org.readoutdiff.report.batch.BatchComparisonView;
import org.readoutdiff.report.batch.BatchEntryView;
import org.readoutdiff.report.batch.BatchJsonWriter;
import org.readoutdiff.report.batch.BatchMarkdownWriter;
import org.readoutdiff.report.batch.BatchView;
import org.readoutdiff.report.batch.BatchViews;
import org.readoutdiff.report.batch.JUnitXmlWriter;
import org.readoutdiff.report.batch.ReportFileView;
import org.readoutdiff.text.Statement;

/**
 * Runs a batch manifest: every comparison it lists (a base with two others or more is one series
 * comparison), one report per comparison and format, an
 * {@code index.html}, {@code index.md} and {@code summary.json}, optionally a JUnit file and a CI
 * step summary.
 *
 * <p>Everything that can be wrong with the input (the manifest, every statement, the output
 * places) is checked before anything is written. The reports are written into a temporary
 * folder beside the output folder, which replaces the output folder only at the end: a failed
 * run leaves neither a partial index nor a damaged earlier one. Nothing written depends on the
 * time (unless asked for), the machine or absolute paths, so the same inputs give the same bytes.
 */
@ApplicationScoped
public class BatchRunner {

    /** GitHub's limit for one step's summary. */
    static final long STEP_SUMMARY_LIMIT = 1024 * 1024;

    private final ComparisonService service;
    private final StatementFiles files;
    private final BatchIndexRenderer index = new BatchIndexRenderer();

    public BatchRunner(ComparisonService service, StatementFiles files) {
        this.service = service;
        this.files = files;
    }

    /**
     * Where and how to write a batch.
     *
     * @param output      the output folder; replaced as a whole
     * @param junit       the JUnit XML file, or null
     * @param stepSummary a file to append the Markdown summary to (GitHub's GITHUB_STEP_SUMMARY), or null
     * @param startedAt   the time to record in the outputs, or null to record none
     * @param progress    receives one line per comparison
     */
    public record Settings(Path output, String outputName, FailOn failOn, Path junit, String junitName,
                           Path stepSummary, String stepSummaryName, Instant startedAt, Consumer<String> progress) {
    }

    /** What a run wrote, and whether it fails {@code --fail-on}. */
    public record Outcome(BatchView view, int reportFiles) {

        public boolean fails() {
            return view.fails();
        }
    }

    /** Reads and checks a manifest; nothing is compared yet. */
    public BatchManifest read(Path manifest, String name) throws InputProblem {
        return new ManifestReader(files.maxInputBytes()).read(manifest, name);
    }

    public Outcome run(BatchManifest manifest, Settings settings) throws InputProblem, IOException {
        List<Prepared> prepared = prepare(manifest);
        checkOutputs(settings);
        String startedAt = settings.startedAt() == null ? null
                : settings.startedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        List<BatchEntryView> views = new ArrayList<>();
        Map<String, String> details = new HashMap<>();
        BatchView[] batch = new BatchView[1];
        Path output = settings.output().toAbsolutePath().normalize();
        OutputFiles.replaceFolder(output, settings.outputName(), folder -> {
            for (int i = 0; i < prepared.size(); i++) {
                long start = System.nanoTime();
                BatchEntryView view = compare(prepared.get(i), folder, settings.failOn(), details,
                        settings.stepSummary() != null);
                views.add(view);
                settings.progress().accept(String.format(Locale.ROOT, "[%d/%d] %s: %s \u2014 %s (%.1f s)", i + 1,
                        prepared.size(), view.id(), view.verdict(), view.headline(),
                        (System.nanoTime() - start) / 1e9));
            }
            batch[0] = BatchViews.batch(manifest.title(), startedAt, settings.failOn().label(), views);
            write(folder.resolve("index.html"), out -> out.write(index.render(batch[0]).getBytes(StandardCharsets.UTF_8)));
            write(folder.resolve("index.md"), out -> out.write(new BatchMarkdownWriter().index(batch[0])
                    .getBytes(StandardCharsets.UTF_8)));
            write(folder.resolve("summary.json"), out -> new BatchJsonWriter().write(batch[0], out));
            if (settings.junit() != null && insideOutput(settings.junit(), output)) {
                Path junit = folder.resolve(output.relativize(settings.junit().toAbsolutePath().normalize()));
                Files.createDirectories(junit.getParent());
                write(junit, out -> new JUnitXmlWriter().write(batch[0], out));
            }
        });
        if (settings.junit() != null && !insideOutput(settings.junit(), output)) {
            Path parent = settings.junit().toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            OutputFiles.replace(settings.junit(), settings.junitName(), out -> new JUnitXmlWriter().write(batch[0], out));
        }
        if (settings.stepSummary() != null) {
            appendStepSummary(settings, batch[0], details);
        }
        int reportFiles = views.stream().mapToInt(v -> v.reports().size()).sum();
        return new Outcome(batch[0], reportFiles);
    }

    /** A comparison ready to run: its statements read and decoded, its options built. */
    private record Prepared(BatchManifest.Planned planned, Statement base, List<Statement> others,
                            ComparisonOptions options) {
    }

    /**
     * Reads every statement, topic lexicon and verb scale (each file once) and builds every
     * comparison's options; writes nothing.
     */
    private List<Prepared> prepare(BatchManifest manifest) throws InputProblem {
        Map<String, Statement> read = new HashMap<>();
        Map<Path, Object> rules = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        for (BatchManifest.Planned planned : manifest.comparisons()) {
            Statement base = statement(manifest, planned.base(), read);
            List<Statement> others = new ArrayList<>();
            for (BatchManifest.StatementInput other : planned.others()) {
                others.add(statement(manifest, other, read));
            }
            prepared.add(new Prepared(planned, base, others, options(manifest, planned.entry(), rules)));
        }
        return prepared;
    }

    private Statement statement(BatchManifest manifest, BatchManifest.StatementInput input, Map<String, Statement> read)
            throws InputProblem {
        BatchManifest.InputFile file = input.file();
        String key = file.path() + "\u0000" + input.encoding();
        Statement statement = read.get(key);
        if (statement == null) {
            try {
                statement = files.read(file.path(), file.name(), null, null, input.encoding());
            } catch (InputProblem e) {
                throw new InputProblem(e.kind(), manifest.name() + ": " + file.where() + ": " + e.getMessage());
            }
            read.put(key, statement);
        }
        statement = statement.withMetadata(input.metadata());
        return input.label() == null ? statement : statement.withLabel(input.label());
    }

    private ComparisonOptions options(BatchManifest manifest, BatchManifest.Entry entry, Map<Path, Object> rules)
            throws InputProblem {
        BatchManifest.Options options = entry.options();
        ComparisonOptions built = ComparisonOptions.defaults()
                .withMode(options.mode())
                .withIgnoreCase(options.ignoreCase())
                .withTimeBudget(options.timeBudget());
        if (options.topics() != null) {
            built = built.withTopics(rules(manifest, options.topics(), rules, files::lexicon, TopicLexicon.class));
        }
        if (options.verbs() != null) {
            built = built.withVerbs(rules(manifest, options.verbs(), rules, files::verbScale, VerbScale.class));
        }
        return built;
    }

    /** A rule file (topic lexicon, verb scale) read once however many entries name it. */
    private static <T> T rules(BatchManifest manifest, BatchManifest.InputFile file, Map<Path, Object> read,
                               RuleReader<T> reader, Class<T> type) throws InputProblem {
        Object known = read.get(file.path());
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        try {
            T rules = reader.read(file.path(), file.name());
            read.put(file.path(), rules);
            return rules;
        } catch (InputProblem e) {
            throw new InputProblem(e.kind(), manifest.name() + ": " + file.where() + ": " + e.getMessage());
        }
    }

    private interface RuleReader<T> {
        T read(Path file, String name) throws InputProblem;
    }

    /** The output places: refuse what would be overwritten but is not ours, before anything is written. */
    private static void checkOutputs(Settings settings) throws InputProblem, IOException {
        Path output = settings.output();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, settings.outputName() + ": is a file, not a folder");
        }
        if (Files.isDirectory(output) && !isBatchFolder(output)) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, settings.outputName()
                    + ": is a folder that batch did not write (it is not empty and has no summary.json of readout-diff);"
                    + " it would be replaced as a whole, so choose a new or empty folder");
        }
        if (settings.junit() != null && Files.isDirectory(settings.junit())) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, settings.junitName() + ": is a folder, not a file");
        }
        if (settings.stepSummary() != null && Files.isDirectory(settings.stepSummary())) {
            throw new InputProblem(InputProblem.Kind.BAD_INPUT, settings.stepSummaryName() + ": is a folder, not a file");
        }
    }

    private static boolean isBatchFolder(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        }
        Path summary = folder.resolve("summary.json");
        if (!Files.isRegularFile(summary) || Files.size(summary) > 64L * 1024 * 1024) {
            return false;
        }
        return Files.readString(summary, StandardCharsets.UTF_8).contains("\"" + BatchJsonWriter.SCHEMA + "\"");
    }

    private static boolean insideOutput(Path file, Path output) {
        return file.toAbsolutePath().normalize().startsWith(output);
    }

    private BatchEntryView compare(Prepared prepared, Path folder, FailOn failOn, Map<String, String> details,
                                   boolean keepDetails) throws IOException {
        BatchManifest.Planned planned = prepared.planned();
        BatchManifest.Entry entry = planned.entry();
        boolean participates = entry.options().failOn();
        BatchEntryView view;
        OutputFiles.Content summary;
        if (planned.series()) {
            SeriesComparison series = service.compareSeries(prepared.base(), prepared.others(), prepared.options());
            List<ReportFileView> reports = writeReports(planned, folder, (format, out) -> service.write(series, format, out));
            List<BatchComparisonView> others = new ArrayList<>();
            for (int k = 0; k < planned.others().size(); k++) {
                others.add(part(planned, planned.comparisonId(k), k,
                        series.comparisons().get(k), participates && failOn.fails(series.comparisons().get(k)
                                .summary().verdict()), reports));
            }
            view = BatchViews.series(planned.id(), entry.where(), entry.title(), planned.base().file().name(), series,
                    others, participates, participates && failOn.fails(series.verdict()), reports);
            summary = out -> service.write(series, ReportFormat.MD, out);
        } else {
            Comparison comparison = service.compare(prepared.base(), prepared.others().get(0), prepared.options());
            List<ReportFileView> reports = writeReports(planned, folder,
                    (format, out) -> service.write(comparison, format, out));
            view = part(planned, planned.id(), 0, comparison,
                    participates && failOn.fails(comparison.summary().verdict()), reports);
            summary = out -> service.write(comparison, ReportFormat.MD, out);
        }
        if (keepDetails && (view.fails() || view.verdict().equals("substantive"))
                && details.values().stream().mapToLong(String::length).sum() < STEP_SUMMARY_LIMIT) {
            ByteArrayOutputStream md = new ByteArrayOutputStream();
            summary.write(md);
            details.put(planned.id(), md.toString(StandardCharsets.UTF_8));
        }
        return view;
    }

    /** The base against its k-th other statement. */
    private static BatchComparisonView part(BatchManifest.Planned planned, String id, int k, Comparison comparison,
                                            boolean fails, List<ReportFileView> reports) {
        BatchManifest.Entry entry = planned.entry();
        return BatchViews.comparison(id, entry.where(), entry.title(), planned.base().file().name(),
                planned.others().get(k).file().name(), comparison, entry.options().failOn(), fails, reports);
    }

    private static List<ReportFileView> writeReports(BatchManifest.Planned planned, Path folder, Report report)
            throws IOException {
        List<ReportFileView> reports = new ArrayList<>();
        for (ReportFormat format : planned.entry().options().formats()) {
            String file = planned.id() + (format == ReportFormat.INLINE ? ".inline.txt" : "." + format.extension());
            write(folder.resolve(file), out -> report.write(format, out));
            reports.add(new ReportFileView(format.label(), file));
        }
        return reports;
    }

    /** Writes one comparison's report in one format. */
    private interface Report {
        void write(ReportFormat format, OutputStream out) throws IOException;
    }

    private void appendStepSummary(Settings settings, BatchView view, Map<String, String> details)
            throws InputProblem, IOException {
        Path file = settings.stepSummary();
        long existing = Files.isRegularFile(file) ? Files.size(file) : 0;
        long room = Math.min(BatchMarkdownWriter.STEP_SUMMARY_MAX_BYTES, STEP_SUMMARY_LIMIT - existing - 4096);
        String markdown = new BatchMarkdownWriter().stepSummary(view,
                comparison -> details.get(comparison.id()), (int) Math.max(room, 0));
        OutputFiles.append(file, settings.stepSummaryName(), (existing > 0 ? "\n" : "") + markdown);
    }

    private static void write(Path file, OutputFiles.Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.write(out);
        }
    }
}
