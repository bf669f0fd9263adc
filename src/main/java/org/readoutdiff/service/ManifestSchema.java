package org.readoutdiff.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The batch manifest's JSON Schema ({@code schema/manifest-1.schema.json}), checked by the
 * networknt validator, and its failures in a person's words: each schema node carries a
 * {@code message} per keyword ("must be text", "unknown option '{value}' (expected {expected})"),
 * and a failure is reported where it is in the manifest as a person reads it
 * ({@code comparisons[2] (seed-vs-us): left: label}).
 */
final class ManifestSchema {

    static final String RESOURCE = "/schema/manifest-1.schema.json";

    /** Lists whose items a person finds by their position; in other lists (formats) an item is named by its value. */
    private static final Set<String> NUMBERED_LISTS = Set.of("comparisons", "others");
    /** At one place in the manifest, an unknown key is reported before a wrong type, and that before a missing key. */
    private static final List<String> KEYWORD_ORDER = List.of("unevaluatedProperties", "type", "required");

    private static final JsonNode TREE = load();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(TREE);

    private ManifestSchema() {
    }

    /** What is wrong with the manifest's shape, as {@code where: what}; null when it has the schema's shape. */
    static String problem(JsonNode manifest) {
        List<ValidationMessage> failures = new ArrayList<>();
        for (ValidationMessage failure : SCHEMA.validate(manifest)) {
            if (!consequence(failure)) {
                failures.add(failure);
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        failures.sort(Comparator.comparing((ValidationMessage f) -> position(manifest, f.getInstanceLocation()),
                        ManifestSchema::compareDocumentOrder)
                .thenComparingInt(f -> keywordRank(f.getType()))
                .thenComparing(f -> f.getSchemaLocation().toString()));
        ValidationMessage first = failures.get(0);
        String where = where(manifest, first.getInstanceLocation());
        return (where.isEmpty() ? "" : where + ": ") + text(first);
    }

    /**
     * Whether the failure only follows from another: a key the schema declares is "unevaluated"
     * when the subschema declaring it failed on something else (JSON Schema drops the annotations
     * of a failed subschema), so it is not an unknown key.
     */
    private static boolean consequence(ValidationMessage failure) {
        return "unevaluatedProperties".equals(failure.getType())
                && declaredKeys(parent(failure)).contains(failure.getProperty());
    }

    private static String text(ValidationMessage failure) {
        JsonNode schema = parent(failure);
        JsonNode message = schema.path("message").path(failure.getType());
        if (!message.isTextual()) {
            // every keyword of the schema has its message (ManifestSchemaTest); this is the library's own
            return failure.getMessage();
        }
        JsonNode value = failure.getInstanceNode();
        String text = message.asText()
                .replace("{value}", failure.getProperty() != null ? failure.getProperty() : value.asText());
        if (text.contains("{expected}")) {
            text = text.replace("{expected}", choices(List.copyOf(declaredKeys(schema))));
        }
        boolean textExpected = "type".equals(failure.getType()) && "string".equals(schema.path("type").asText());
        if (textExpected && value.isValueNode() && !value.isNull()) {
            text += " (put it in quotes)";
        }
        return text;
    }

    /** The schema node whose keyword failed. */
    private static JsonNode parent(ValidationMessage failure) {
        JsonNodePath keyword = failure.getSchemaLocation().getFragment();
        return TREE.at(pointer(keyword.getParent()));
    }

    /** The keys a schema node declares: its own properties, then those of the schemas it refers to or includes. */
    private static Set<String> declaredKeys(JsonNode schema) {
        Set<String> keys = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(keys::add);
        if (schema.has("$ref")) {
            keys.addAll(declaredKeys(TREE.at(schema.get("$ref").asText().substring(1))));
        }
        for (JsonNode part : schema.path("allOf")) {
            keys.addAll(declaredKeys(part.has("$ref") ? TREE.at(part.get("$ref").asText().substring(1)) : part));
        }
        return keys;
    }

    /** The place as a person reads it: {@code comparisons[2] (seed-vs-us): others[1]: label}. */
    private static String where(JsonNode manifest, JsonNodePath path) {
        StringBuilder where = new StringBuilder();
        JsonNode node = manifest;
        String list = null;
        for (int k = 0; k < path.getNameCount(); k++) {
            Object element = path.getElement(k);
            if (element instanceof Integer index) {
                node = node.path(index);
                if (NUMBERED_LISTS.contains(list)) {
                    where.append('[').append(index).append(']');
                    if ("comparisons".equals(list) && node.path("id").isTextual()) {
                        where.append(" (").append(node.get("id").asText()).append(')');
                    }
                }
            } else {
                String key = String.valueOf(element);
                node = node.path(key);
                where.append(where.length() == 0 ? "" : ": ").append(key);
                list = key;
            }
        }
        return where.toString();
    }

    /** Where a node comes in the manifest as written: the position of each step among its siblings. */
    private static List<Integer> position(JsonNode manifest, JsonNodePath path) {
        List<Integer> position = new ArrayList<>();
        JsonNode node = manifest;
        for (int k = 0; k < path.getNameCount(); k++) {
            Object element = path.getElement(k);
            if (element instanceof Integer index) {
                position.add(index);
                node = node.path(index);
            } else {
                int at = 0;
                for (var names = node.fieldNames(); names.hasNext() && !names.next().equals(element); ) {
                    at++;
                }
                position.add(at);
                node = node.path(String.valueOf(element));
            }
        }
        return position;
    }

    /** A node before its children; siblings in the order written. */
    private static int compareDocumentOrder(List<Integer> a, List<Integer> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int step = Integer.compare(a.get(k), b.get(k));
            if (step != 0) {
                return step;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int keywordRank(String keyword) {
        int rank = KEYWORD_ORDER.indexOf(keyword);
        return rank < 0 ? KEYWORD_ORDER.size() : rank;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int k = 0; k < path.getNameCount(); k++) {
            pointer.append('/').append(String.valueOf(path.getElement(k)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    static String choices(List<String> keys) {
        return keys.size() == 1 ? keys.get(0)
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    static JsonNode tree() {
        return TREE;
    }

    private static JsonNode load() {
        try (InputStream in = ManifestSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
