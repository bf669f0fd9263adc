package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesEngine;
import org.readoutdiff.ingest.ExtractionLimits;
import org.readoutdiff.ingest.StatementReader;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.render.HtmlReportRenderer;
import org.readoutdiff.render.Markup;
import org.readoutdiff.render.SeriesReportRenderer;
import org.readoutdiff.report.series.SeriesReportView;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.report.comparison.CompactTextWriter;
import org.readoutdiff.report.comparison.InlineTextWriter;
import org.readoutdiff.report.comparison.MarkdownWriter;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.report.series.SeriesJsonWriter;
import org.readoutdiff.report.series.SeriesMarkdownWriter;
import org.readoutdiff.report.series.SeriesTextWriter;
import org.readoutdiff.report.series.SeriesViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** Reads statements, compares them and writes reports, for the web and the command line alike. */
@ApplicationScoped
public class ComparisonService {

    private final long maxInputBytes;
    private final StatementReader reader;
    /**
     * The report templates are parsed on first use (about 0.3 s): a command-line run that writes
     * text or JSON, or compares two statements, does not pay for them, nor for the series templates.
     */
    private final Lazy<HtmlReportRenderer> html = new Lazy<>(HtmlReportRenderer::new);
    private final Lazy<SeriesReportRenderer> seriesHtml = new Lazy<>(SeriesReportRenderer::new);

    public ComparisonService(@ConfigProperty(name = "readout-diff.max-input-bytes") long maxInputBytes,
                             @ConfigProperty(name = "readout-diff.extraction.max-chars") int maxChars,
                             @ConfigProperty(name = "readout-diff.extraction.max-pages") int maxPages,
                             @ConfigProperty(name = "readout-diff.extraction.max-memory-bytes") long maxMemoryBytes,
                             @ConfigProperty(name = "readout-diff.extraction.time-budget") Duration timeBudget) {
        this.maxInputBytes = maxInputBytes;
        this.reader = new StatementReader(maxInputBytes, new ExtractionLimits(maxChars, maxPages, maxMemoryBytes, timeBudget));
    }

    /** The largest statement accepted, in bytes (readout-diff.max-input-bytes). */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    public Statement read(StatementSource source, String label, StatementMetadata metadata)
            throws UnreadableStatementException {
        return reader.read(source, label, metadata);
    }

    /** The comparison engine's version, recorded with every stored comparison. */
    public String engineVersion() {
        return ComparisonEngine.VERSION;
    }

    public Comparison compare(Statement left, Statement right, ComparisonOptions options) {
        return new ComparisonEngine(options).compare(left, right);
    }

    public void write(Comparison comparison, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSON -> new ComparisonJsonWriter(true).write(comparison, out);
                case HTML -> html.get().write(ReportViews.of(comparison), pageWriter(out));
                case MD -> writeText(new MarkdownWriter(MarkdownWriter.DEFAULT_MAX_BYTES)
                        .write(ReportViews.of(comparison)), out);
                case TEXT -> writeText(new CompactTextWriter().write(comparison), out);
                case INLINE -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    new InlineTextWriter().write(ReportViews.rows(comparison), writer);
                    writer.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One base statement against two or more others (the other side's readout, readouts of
     * earlier meetings): each compared with the base, formulations followed across them in date
     * order, speakers and verbs attributed. Dates come from each statement's metadata, else
     * from its dateline.
     *
     * @throws IllegalArgumentException with fewer than two other statements
     */
    public SeriesComparison compareSeries(Statement base, List<Statement> others, ComparisonOptions options) {
        return new SeriesEngine(options).compare(base, others);
    }

    /**
     * Writes a series comparison: HTML (the full report), JSON (schema
     * readout-diff/series/1), MD (the summary) or TEXT (one line per base sentence).
     *
     * @throws IllegalArgumentException for INLINE, which needs two statements
     */
    public void write(SeriesComparison series, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSON -> new SeriesJsonWriter(true).write(series, out);
                case HTML -> seriesHtml.get().write(SeriesViews.of(series), pageWriter(out));
                case MD -> writeText(new SeriesMarkdownWriter(MarkdownWriter.DEFAULT_MAX_BYTES)
                        .write(SeriesViews.of(series)), out);
                case TEXT -> writeText(new SeriesTextWriter().write(SeriesViews.of(series)), out);
                case INLINE -> throw new IllegalArgumentException(
                        "the inline format shows two statements; a series of " + series.size() + " has no inline form");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A series's report as the site serves it: the layout of every report, with the site's header above the content. */
    public String servedSeries(SeriesComparison series, Markup siteHeader) {
        SeriesReportView view = SeriesViews.of(series);
        StringWriter content = new StringWriter(131_072);
        seriesHtml.get().writeContent(view, content);
        return seriesHtml.get().served(view.pageTitle(), view.engineVersion(), siteHeader, new Markup(content.toString()));
    }

    /** The Content-Security-Policy header of {@link #servedSeries}. */
    public String servedSeriesPolicy() {
        return seriesHtml.get().servedPolicy();
    }

    /**
     * A writer for a page streamed as it renders: the page of a 10 MB pair is 55 MB, and a
     * series of long statements 20 MB, held once as text and once as bytes when built whole.
     */
    private static Writer pageWriter(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeText(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
