package org.readoutdiff.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest's JSON Schema: every check has a person's words, and the words say where. */
class ManifestSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> CHECKS = List.of("type", "pattern", "required", "minItems", "minimum",
            "unevaluatedProperties", "additionalProperties", "enum", "const", "maxItems", "maximum");

    @Test
    void everyCheckOfTheSchemaHasItsMessage() {
        List<String> missing = new ArrayList<>();
        collectMissing(ManifestSchema.tree(), "", missing);
        assertEquals(List.of(), missing, "schema nodes with a check but no message for it");
    }

    private static void collectMissing(JsonNode schema, String pointer, List<String> missing) {
        if (!schema.isObject()) {
            return;
        }
        for (String check : CHECKS) {
            if (schema.has(check) && !schema.path("message").path(check).isTextual()) {
                missing.add(pointer + "/" + check);
            }
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            // the condition of an if is a test, not a check: its failure is never reported
            if (field.getKey().equals("if") || field.getKey().equals("message")) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isArray()) {
                for (int k = 0; k < value.size(); k++) {
                    collectMissing(value.get(k), pointer + "/" + field.getKey() + "/" + k, missing);
                }
            } else {
                collectMissing(value, pointer + "/" + field.getKey(), missing);
            }
        }
    }

    @Test
    void theExampleManifestOfTheRepositoryHasTheSchemasShape() throws IOException {
        assertNull(ManifestSchema.problem(YAML.readTree(Path.of("fixtures", "reports-example.yaml").toFile())));
    }

    @Test
    void whatTheSchemaAcceptsBesideTheObviousForm() throws IOException {
        assertNull(problem("""
                defaults: {formats: html, mode: Versions}
                comparisons:
                  - {base: a.txt, others: [b.txt, {id: c, file: c.txt, label: C, date: '2024-11-16'}], formats: [ md ]}
                """), "a single format, a mode in capitals and a base with others and their metadata");
    }

    @Test
    void aNumberWhereTextBelongsIsToldToBeQuoted() throws IOException {
        assertEquals("comparisons[0]: id: must be text (put it in quotes)",
                problem("comparisons:\n  - {id: 2024, left: a.txt, right: b.txt}\n"));
        assertEquals("title: must be text", problem("title: [a]\ncomparisons:\n  - {left: a.txt, right: b.txt}\n"));
    }

    @Test
    void anOtherStatementIsNamedByItsPlaceAndAFormatByItsValue() throws IOException {
        assertEquals("comparisons[0] (s): others[1]: unknown key 'lable' (expected id, file, label, issuer, meeting, "
                        + "date, sourceUrl, retrievedAt or encoding)",
                problem("comparisons:\n  - {id: s, base: a.txt, others: [b.txt, {file: c.txt, lable: C}]}\n"));
        assertEquals("defaults: formats: unknown format 'docx' (expected html, json, md, text or inline)",
                problem("defaults: {formats: [md, docx]}\ncomparisons:\n  - {left: a.txt, right: b.txt}\n"));
        assertEquals("comparisons[0]: others[0]: must be a file name or a mapping with 'file'",
                problem("comparisons:\n  - {base: a.txt, others: [5]}\n"));
    }

    @Test
    void theFirstProblemAsWrittenIsTheOneReported() throws IOException {
        assertEquals("comparisons[0]: unknown option 'colour' (expected id, title, left, right, base, others, mode, "
                        + "formats, failOn, ignoreCase, timeBudget, topics or verbs)",
                problem("comparisons:\n  - {left: a.txt, right: b.txt, ignoreCase: maybe, colour: red}\n"),
                "an unknown key of an entry before a wrong value inside it");
        assertEquals("comparisons[0]: ignoreCase: must be true or false",
                problem("comparisons:\n  - {ignoreCase: maybe, left: {label: A}, right: b.txt}\n"),
                "of two problems inside an entry, the one written first");
    }

    private static String problem(String yaml) throws IOException {
        return ManifestSchema.problem(YAML.readTree(yaml));
    }
}
