package org.readoutdiff.report.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesEngine;
import org.readoutdiff.compare.Verdict;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.readoutdiff.report.GoldenFiles;

/**
 * A batch with a series entry (the seed against a re-typed copy and an edited copy, with a
 * hostile title) and a pair, as summary.json, index.md, the step summary and the JUnit file:
 * goldens compared in full, the schema, and what --fail-on makes of the series' strongest verdict.
 */
public class BatchSeriesWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static BatchView batch;

    @BeforeAll
    static void batch() throws IOException {
        try (InputStream in = BatchJsonWriter.class.getResourceAsStream("/schema/batch-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
        batch = batch("substantive");
    }

    /** Fails on substantive when {@code failOn} says so, as BatchRunner decides it. */
    public static BatchView batch(String failOn) {
        SeriesComparison series = new SeriesEngine(ComparisonOptions.defaults()).compare(
                Fixtures.statement(Fixtures.SEED, "Seed"),
                List.of(Fixtures.statement("versions/format-noise/right.txt", "Re-typed copy"),
                        Fixtures.statement("versions/word-substitutions/right.txt", BatchWritersTest.HOSTILE)));
        List<ReportFileView> reports = List.of(new ReportFileView("html", "watch.html"),
                new ReportFileView("json", "watch.json"));
        List<String> files = List.of("noise.txt", "edited.txt");
        List<String> ids = List.of("watch--noise", "watch--edited");
        List<BatchComparisonView> others = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Comparison comparison = series.comparisons().get(k);
            others.add(BatchViews.comparison(ids.get(k), "comparisons[0] (watch)", "Watch " + BatchWritersTest.HOSTILE,
                    "seed.txt", files.get(k), comparison, true, fails(failOn, comparison.summary().verdict()), reports));
        }
        BatchSeriesView view = BatchViews.series("watch", "comparisons[0] (watch)", "Watch " + BatchWritersTest.HOSTILE,
                "seed.txt", series, others, true, fails(failOn, series.verdict()), reports);
        Comparison same = BatchWritersTest.comparison(Fixtures.SEED, Fixtures.SEED, "Seed again");
        BatchComparisonView pair = BatchViews.comparison("same", "comparisons[1] (same)", null, "seed.txt", "seed.txt",
                same, true, false, List.of(new ReportFileView("md", "same.md")));
        return BatchViews.batch("Seed watch", null, failOn, List.of(view, pair));
    }

    private static boolean fails(String failOn, Verdict verdict) {
        return failOn.equals("substantive") && verdict == Verdict.SUBSTANTIVE;
    }

    private static String json(BatchView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchJsonWriter().write(view, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeriesIsOneEntryWithTheStrongestVerdictAndTheOthersFindings() throws Exception {
        BatchSeriesView series = (BatchSeriesView) batch.comparisons().get(0);
        assertEquals("substantive", series.verdict());
        assertEquals("Against 2 others: 1 substantive, 1 format-only.", series.headline());
        assertEquals(List.of("format-only", "substantive"), series.others().stream().map(BatchEntryView::verdict).toList());
        assertEquals(List.of(false, true), series.others().stream().map(BatchEntryView::fails).toList());
        assertEquals(new BatchCountsView(2, 1, 0, 0, 1, 1, 0), batch.counts());
        GoldenFiles.assertMatches("batch/series-summary.json", json(batch));
    }

    @Test
    void summaryJsonWithASeriesFollowsTheSchemaAndSoDoDocumentsWrittenBeforeSeries() throws Exception {
        JsonNode written = JSON.readTree(json(batch));
        assertEquals(Set.of(), schema.validate(written));

        ObjectNode old = written.deepCopy();
        ArrayNode items = (ArrayNode) old.get("comparisons");
        items.remove(0);
        ((ObjectNode) items.get(0)).remove("kind");
        assertEquals(Set.of(), schema.validate(old), "a summary.json written before series existed");

        ObjectNode oneOther = written.deepCopy();
        ((ArrayNode) oneOther.get("comparisons").get(0).get("others")).remove(1);
        assertFalse(schema.validate(oneOther).isEmpty(), "a series has two others or more");
        ObjectNode noKind = written.deepCopy();
        ((ObjectNode) noKind.get("comparisons").get(0)).remove("kind");
        assertFalse(schema.validate(noKind).isEmpty(), "a series says it is one");
        ObjectNode mixed = written.deepCopy();
        ((ObjectNode) mixed.get("comparisons").get(1)).put("kind", "series");
        assertFalse(schema.validate(mixed).isEmpty(), "a pair cannot call itself a series");
    }

    @Test
    void indexMarkdownHasTheSeriesRowThenARowPerOther() throws IOException {
        String md = new BatchMarkdownWriter().index(batch);
        assertFalse(md.contains("<script>"), md);
        GoldenFiles.assertMatches("batch/series-index.md", md);
    }

    @Test
    void theStepSummaryCarriesTheSeriesSummaryWhenItFails() {
        String md = new BatchMarkdownWriter().stepSummary(batch, c -> "## details of " + c.id() + "\n",
                BatchMarkdownWriter.STEP_SUMMARY_MAX_BYTES);
        assertTrue(md.contains("## details of watch\n"), md);
        assertFalse(md.contains("## details of same"), md);
        assertTrue(md.contains("| `watch.html` \u00b7 `watch.json` |"), md);
    }

    /** One test case per entry, as the index has one row and summary.json one item per entry. */
    @Test
    void theJUnitFileHasOneCasePerEntryAndTheFailureNamesTheOthersThatFail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitXmlWriter().write(batch, out);
        GoldenFiles.assertMatches("batch/series-junit.xml", out.toString(StandardCharsets.UTF_8));
        Element suite = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray())).getDocumentElement();
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        Element watch = (Element) cases.item(0);
        assertEquals("watch", watch.getAttribute("name"));
        Element failure = (Element) watch.getElementsByTagName("failure").item(0);
        assertEquals(JUnitXmlWriter.xmlText("1 of 2 fail: " + BatchWritersTest.HOSTILE + " (4 substantive changes.)")
                .replace('\n', ' '), failure.getAttribute("message"));
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new JUnitXmlWriter().write(batch("none"), none);
        assertFalse(none.toString(StandardCharsets.UTF_8).contains("<failure"));
    }
}
