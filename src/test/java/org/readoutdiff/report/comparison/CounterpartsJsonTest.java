package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.text.Statement;

/** The counterpart parts of the JSON report: relations, one-sided topics, shared phrases, topic coverage. */
class CounterpartsJsonTest {

    @Test
    void theCorpusPairCarriesPairsOmissionsTopicsAndSharedFormulations() throws IOException {
        String left = Files.readString(Path.of("fixtures/statements/seed-lima-2024-cn.txt"));
        String right = Files.readString(Path.of("fixtures/statements/lima-2024-us-a.txt"));
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults())
                .compare(Statement.of("seed", left), Statement.of("us", right));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonJsonWriter(false).write(comparison, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());

        assertEquals("counterparts", json.get("mode").asText());
        assertTrue(json.get("modeReason").asText().startsWith("counterparts:"), json.get("modeReason").asText());
        Set<String> relations = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode pair : json.get("pairs")) {
            relations.add(pair.get("relation").asText());
            pair.get("left").forEach(id -> assertTrue(seen.add(id.asText()), "twice: " + id));
            pair.get("right").forEach(id -> assertTrue(seen.add(id.asText()), "twice: " + id));
        }
        assertEquals(Set.of("counterpart"), relations);
        Set<String> paired = Set.copyOf(seen);
        for (JsonNode link : json.get("topicLinks")) {
            String leftId = link.get("left").asText();
            String rightId = link.get("right").asText();
            // one end at least is not in a pair (a free sentence may be the end of two links)
            assertTrue(!paired.contains(leftId) || !paired.contains(rightId), "a link between two paired sentences: " + link);
            if (!seen.contains(leftId)) {
                seen.add(leftId);
            }
            if (!seen.contains(rightId)) {
                seen.add(rightId);
            }
        }
        for (String side : new String[] {"leftOnly", "rightOnly"}) {
            for (JsonNode oneSided : json.get(side)) {
                assertTrue(seen.add(oneSided.get("sentence").asText()), "twice: " + oneSided);
                assertTrue(oneSided.get("topics").isArray());
            }
        }
        assertEquals(json.get("left").get("sentences").size() + json.get("right").get("sentences").size(), seen.size(),
                "every sentence in exactly one place");

        JsonNode detained = null;
        for (JsonNode oneSided : json.get("rightOnly")) {
            String id = oneSided.get("sentence").asText();
            String text = json.get("right").get("sentences").get(Integer.parseInt(id.substring(1)) - 1).get("text").asText();
            if (text.startsWith("President Biden pressed for the release of Americans")) {
                detained = oneSided;
            }
        }
        assertTrue(detained != null, "the detained citizens sentence is an omission of the left side");
        assertEquals("detained-citizens", detained.get("topics").get(0).asText());

        boolean nuclear = false;
        for (JsonNode phrase : json.get("sharedPhrases")) {
            String text = phrase.get("text").asText();
            JsonNode place = phrase.get("right").get(0);
            assertEquals(text.toLowerCase(), right.substring(place.get("start").asInt(), place.get("end").asInt())
                    .toLowerCase());
            nuclear |= text.contains("maintain human control over the decision to use nuclear weapons");
        }
        assertTrue(nuclear);

        Set<String> topics = new HashSet<>();
        for (JsonNode topic : json.get("topics")) {
            topics.add(topic.get("id").asText());
            assertFalse(topic.get("label").asText().isBlank());
        }
        assertTrue(topics.containsAll(Set.of("taiwan", "south-china-sea", "ai", "nuclear", "human-rights")), topics.toString());
    }
}
