package org.readoutdiff.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a version's comparison says, in the words a feed entry and a webhook carry: every change
 * inside a sentence with the words before and after and the sentence it is in, every sentence
 * removed or added, and the summary's counts. Read from the stored comparison JSON (schema
 * readout-diff/comparison/1), the document the permalink serves.
 */
final class WatchChanges {

    static final ObjectMapper JSON = new ObjectMapper();

    private WatchChanges() {
    }

    /** {"counts": {...the summary...}, "changes": [{kind, before, after, sentence}]} */
    static String of(String comparisonJson) {
        try {
            JsonNode root = JSON.readTree(comparisonJson);
            Map<String, String> left = sentences(root.path("left"));
            Map<String, String> right = sentences(root.path("right"));
            ObjectNode out = JSON.createObjectNode();
            out.set("counts", root.path("summary").deepCopy());
            ArrayNode changes = out.putArray("changes");
            for (JsonNode pair : root.path("pairs")) {
                String sentence = right.getOrDefault(pair.path("right").path(0).asText(), "");
                for (JsonNode change : pair.path("changes")) {
                    add(changes, change.path("kind").asText(), change.path("left").path("text").asText(),
                            change.path("right").path("text").asText(), sentence);
                }
            }
            for (JsonNode removed : root.path("leftOnly")) {
                String text = left.getOrDefault(removed.path("sentence").asText(), "");
                add(changes, removed.path("boilerplate").asBoolean() ? "boilerplate" : "removed", text, "", text);
            }
            for (JsonNode added : root.path("rightOnly")) {
                String text = right.getOrDefault(added.path("sentence").asText(), "");
                add(changes, added.path("boilerplate").asBoolean() ? "boilerplate" : "added", "", text, text);
            }
            return JSON.writeValueAsString(out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored comparison is not JSON", e);
        }
    }

    static List<StoredWatch.Change> changes(String changesJson) {
        List<StoredWatch.Change> list = new ArrayList<>();
        if (changesJson == null) {
            return list;
        }
        try {
            for (JsonNode change : JSON.readTree(changesJson).path("changes")) {
                list.add(new StoredWatch.Change(change.path("kind").asText(), change.path("before").asText(),
                        change.path("after").asText(), change.path("sentence").asText()));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored changes are not JSON", e);
        }
        return list;
    }

    static JsonNode counts(String changesJson) {
        try {
            return changesJson == null ? JSON.createObjectNode() : JSON.readTree(changesJson).path("counts");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored changes are not JSON", e);
        }
    }

    private static void add(ArrayNode changes, String kind, String before, String after, String sentence) {
        ObjectNode change = changes.addObject();
        change.put("kind", kind);
        change.put("before", before);
        change.put("after", after);
        change.put("sentence", sentence);
    }

    private static Map<String, String> sentences(JsonNode side) {
        Map<String, String> byId = new HashMap<>();
        for (JsonNode sentence : side.path("sentences")) {
            byId.put(sentence.path("id").asText(), sentence.path("text").asText());
        }
        return byId;
    }
}
