package org.readoutdiff.report.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** summary.json, index.md, the step summary and the JUnit file of a batch, with untrusted labels. */
class BatchWritersTest {

    /** Markup, Markdown, a CDATA end, control characters, a lone surrogate and a line break. */
    static final String HOSTILE = "A <script>alert(1)</script> & \"q\" ]]> **bold** _x_ | \u0001\u0007\uD800 line\nbreak";

    static Comparison comparison(String left, String right, String rightLabel) {
        return new ComparisonEngine(ComparisonOptions.defaults())
                .compare(Fixtures.statement(left, "left"), Fixtures.statement(right, rightLabel));
    }

    static BatchView batch(String failOn) {
        Comparison edited = comparison(Fixtures.SEED, "versions/word-substitutions/right.txt", HOSTILE);
        Comparison noise = comparison(Fixtures.SEED, "versions/format-noise/right.txt", "noise");
        boolean substantive = failOn.equals("substantive");
        return BatchViews.batch("Watch " + HOSTILE, null, failOn, List.of(
                BatchViews.comparison("seed--edited", "comparisons[0] (seed)", HOSTILE, "seed.txt", "edited.txt",
                        edited, true, substantive, List.of(new ReportFileView("html", "seed--edited.html"),
                                new ReportFileView("json", "seed--edited.json"))),
                BatchViews.comparison("noise", "comparisons[1] (noise)", null, "seed.txt", "noise.txt", noise, false,
                        false, List.of(new ReportFileView("md", "noise.md")))));
    }

    @Test
    void theJUnitFileIsWellFormedWithOneFailingCasePerFailingComparison() throws Exception {
        BatchView view = batch("substantive");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JUnitXmlWriter().write(view, out);
        Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals(JUnitXmlWriter.xmlText("Watch " + HOSTILE).replace('\n', ' '), suite.getAttribute("name"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element edited = (Element) cases.item(0);
        assertEquals("readout-diff", edited.getAttribute("classname"));
        assertEquals("seed--edited", edited.getAttribute("name"));
        Element failure = (Element) edited.getElementsByTagName("failure").item(0);
        assertEquals("4 substantive changes.", failure.getAttribute("message"));
        assertEquals("fail-on-substantive", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("A <script>alert(1)</script> & \"q\" ]]> **bold**"),
                failure.getTextContent());
        assertTrue(failure.getTextContent().contains("\uFFFD\uFFFD\uFFFD line\nbreak"), failure.getTextContent());
        Element noise = (Element) cases.item(1);
        assertEquals(0, noise.getElementsByTagName("failure").getLength());
        assertTrue(noise.getTextContent().contains("format-only. 10 format changes."), noise.getTextContent());
        assertTrue(noise.getTextContent().contains("Not counted for --fail-on."), noise.getTextContent());
    }

    @Test
    void summaryJsonFollowsItsSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchJsonWriter().write(batch("substantive"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(text);
        JsonSchema schema;
        try (InputStream in = BatchJsonWriter.class.getResourceAsStream("/schema/batch-1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
        assertEquals(java.util.Set.of(), schema.validate(json));
        assertEquals(1, json.get("exitStatus").asInt());
        assertEquals(1, json.get("comparisons").get(0).get("exitStatus").asInt());
        assertEquals(HOSTILE, json.get("comparisons").get(0).get("right").get("label").asText());
        assertEquals(4, json.get("comparisons").get(0).get("summary").get("substantiveChanges").asInt());
        assertEquals("seed--edited.json", json.get("comparisons").get(0).get("reports").get("json").asText());
        assertFalse(json.get("comparisons").get(1).get("failOn").asBoolean());
        assertFalse(json.has("generatedAt"));
    }

    @Test
    void indexMarkdownKeepsLabelsInertAndOneRowPerComparison() {
        String md = new BatchMarkdownWriter().index(batch("substantive"));
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(md.contains("\\*\\*bold\\*\\* \\_x\\_ \\|"), md);
        List<String> rows = md.lines().filter(line -> line.startsWith("| **")).toList();
        assertEquals(2, rows.size(), md);
        assertTrue(rows.get(0).contains("substantive \u2014 **fails** | 4 | 0 | 0 | 0 | 0 | 99.8% | "
                + "[html](seed--edited.html) \u00b7 [json](seed--edited.json) |"), rows.get(0));
        assertTrue(rows.get(1).contains("format-only (not counted) |"), rows.get(1));
        assertTrue(md.contains("2 comparisons: 1 substantive, 1 format-only. **1 fails `--fail-on substantive`** "
                + "(exit status 1)."), md);
    }

    @Test
    void theStepSummaryShowsFileNamesAndTheDetailsOfFailingComparisons() {
        String md = new BatchMarkdownWriter().stepSummary(batch("substantive"),
                c -> "## details of " + c.id() + "\n", BatchMarkdownWriter.STEP_SUMMARY_MAX_BYTES);
        assertTrue(md.contains("`seed--edited.html` \u00b7 `seed--edited.json`"), md);
        assertFalse(md.contains("](seed--edited.html)"), md);
        assertTrue(md.contains("## details of seed--edited"), md);
        assertFalse(md.contains("## details of noise"), md);
    }

    @Test
    void theStepSummaryStaysUnderItsLimitAndSaysWhatItLeftOut() {
        Comparison edited = comparison(Fixtures.SEED, "versions/word-substitutions/right.txt", "edited");
        List<BatchComparisonView> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(BatchViews.comparison("c" + i, "comparisons[" + i + "]", "x".repeat(300), "a.txt", "b.txt",
                    edited, true, true, List.of(new ReportFileView("html", "c" + i + ".html"))));
        }
        BatchView view = BatchViews.batch("Many", null, "any", many);
        String detail = "## a detail\n" + "\u6539".repeat(20_000) + "\n";
        int max = 300 * 1024;
        String md = new BatchMarkdownWriter().stepSummary(view, c -> detail, max);
        assertTrue(md.getBytes(StandardCharsets.UTF_8).length <= max, "bytes: " + md.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(md.contains("more comparison summaries, not shown here (size limit)"), md.substring(md.length() - 500));
        assertTrue(md.endsWith("_This summary was cut to stay under 300 KB._\n"), md.substring(md.length() - 300));

        String small = new BatchMarkdownWriter().stepSummary(view, c -> detail, 20_000);
        assertTrue(small.getBytes(StandardCharsets.UTF_8).length <= 20_000);
        assertTrue(small.contains("more comparisons, not shown here (size limit)"), small);
    }
}
