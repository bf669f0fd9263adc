package org.readoutdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.text.Stopwords;

/**
 * Scores a comparison document (JSON, schema {@code readout-diff/comparison/1}, as the CLI
 * writes it) against a gold file, by the rules of {@code ../shared/corpus/README.md}:
 *
 * <ul>
 *   <li>Gold snippets map to sentences whose text, leading quotation marks removed, starts with
 *       the snippet; those are the body sentences. Pairs with another sentence are ignored.</li>
 *   <li>Strict pairs: a pair L×R counts as all its sentence pairs. A gold shared-formulation or
 *       paraphrase pair found is a true positive; a gold same-topic pair is neither true nor false;
 *       any other pair of body sentences is a false positive. Topic links are not pairs.</li>
 *   <li>One-sided: predicted {@code leftOnly}/{@code rightOnly} against the gold's, over body sentences.</li>
 *   <li>Formulation changes (where the gold lists them): a change is found when one row of the
 *       document's {@code formulations} has, on each side where the gold has a phrase, the gold's
 *       sentence and a wording that holds at least half of the gold phrase's content words.</li>
 * </ul>
 */
final class JsonGoldScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonGoldScorer() {
    }

    static GoldRow score(String name, JsonNode document, Path goldFile) throws IOException {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        Sentences left = new Sentences(document.get("left").get("sentences"));
        Sentences right = new Sentences(document.get("right").get("sentences"));
        List<String> errors = new ArrayList<>();
        Map<String, String> goldPairs = new HashMap<>();
        Set<String> leftBody = new HashSet<>();
        Set<String> rightBody = new HashSet<>();
        for (JsonNode pair : gold.get("pairs")) {
            String l = left.find(pair.get("left").asText(), errors);
            String r = right.find(pair.get("right").asText(), errors);
            if (l != null && r != null) {
                goldPairs.put(l + "|" + r, pair.get("kind").asText());
                leftBody.add(l);
                rightBody.add(r);
            }
        }
        Set<String> leftOnlyGold = mapAll(gold.get("left_only"), left, errors, leftBody);
        Set<String> rightOnlyGold = mapAll(gold.get("right_only"), right, errors, rightBody);
        int positives = (int) goldPairs.values().stream().filter(JsonGoldScorer::isPositive).count();
        Set<String> found = new HashSet<>();
        int falsePositives = 0;
        for (JsonNode pair : document.get("pairs")) {
            for (JsonNode l : pair.get("left")) {
                for (JsonNode r : pair.get("right")) {
                    if (!leftBody.contains(l.asText()) || !rightBody.contains(r.asText())) {
                        continue;
                    }
                    String key = l.asText() + "|" + r.asText();
                    String kind = goldPairs.get(key);
                    if (kind == null) {
                        falsePositives++;
                        errors.add("false pair " + l.asText() + " " + left.start(l.asText()) + " | " + r.asText()
                                + " " + right.start(r.asText()));
                    } else if (isPositive(kind)) {
                        found.add(key);
                    }
                }
            }
        }
        goldPairs.forEach((key, kind) -> {
            if (isPositive(kind) && !found.contains(key)) {
                String[] ids = key.split("\\|");
                errors.add("missed " + kind + " " + ids[0] + " " + left.start(ids[0]) + " | " + ids[1] + " "
                        + right.start(ids[1]));
            }
        });
        int[] oneSided = new int[3];
        countOneSided(document.get("leftOnly"), leftBody, leftOnlyGold, left, oneSided, errors);
        countOneSided(document.get("rightOnly"), rightBody, rightOnlyGold, right, oneSided, errors);
        int formulationsFound = 0;
        int formulationsOnTop = 0;
        JsonNode changes = gold.get("formulation_changes");
        int formulationsGold = changes == null ? 0 : changes.size();
        if (changes != null) {
            for (JsonNode change : changes) {
                if (formulationFound(change, document.get("formulations"), Integer.MAX_VALUE, left, right, errors)) {
                    formulationsFound++;
                    if (formulationFound(change, document.get("formulations"), GoldRow.TOP_ROWS, left, right, errors)) {
                        formulationsOnTop++;
                    }
                } else {
                    errors.add("formulation not found: " + change.get("left") + " / " + change.get("right"));
                }
            }
        }
        errors.sort(null);
        return new GoldRow(name, found.size(), falsePositives, positives, oneSided[0], oneSided[1], oneSided[2],
                formulationsFound, formulationsOnTop, formulationsGold, errors);
    }

    private static Set<String> mapAll(JsonNode snippets, Sentences sentences, List<String> errors, Set<String> body) {
        Set<String> ids = new HashSet<>();
        for (JsonNode snippet : snippets) {
            String id = sentences.find(snippet.asText(), errors);
            if (id != null) {
                ids.add(id);
                body.add(id);
            }
        }
        return ids;
    }

    /** counts[0] true one-sided, [1] predicted, [2] gold. */
    private static void countOneSided(JsonNode predictedNodes, Set<String> body, Set<String> gold, Sentences sentences,
                                      int[] counts, List<String> errors) {
        Set<String> predicted = new HashSet<>();
        for (JsonNode node : predictedNodes) {
            predicted.add(node.get("sentence").asText());
        }
        for (String id : body) {
            boolean p = predicted.contains(id);
            boolean g = gold.contains(id);
            counts[0] += p && g ? 1 : 0;
            counts[1] += p ? 1 : 0;
            counts[2] += g ? 1 : 0;
            if (p != g) {
                errors.add((p ? "wrongly one-sided " : "missed one-sided ") + id + " " + sentences.start(id));
            }
        }
    }

    /** Whether one of the first {@code limit} rows shows the gold change. */
    private static boolean formulationFound(JsonNode change, JsonNode rows, int limit, Sentences left, Sentences right,
                                            List<String> errors) {
        if (rows == null) {
            return false;
        }
        String leftSentence = change.get("left").isNull() ? null : left.find(change.get("left_sentence").asText(), errors);
        String rightSentence = change.get("right").isNull() ? null : right.find(change.get("right_sentence").asText(), errors);
        for (int k = 0; k < Math.min(limit, rows.size()); k++) {
            JsonNode row = rows.get(k);
            if (shows(row.get("left"), leftSentence, change.get("left"))
                    && shows(row.get("right"), rightSentence, change.get("right"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row's side shows the gold phrase (true where the gold has none on this side). */
    private static boolean shows(JsonNode side, String goldSentence, JsonNode goldPhrase) {
        if (goldPhrase == null || goldPhrase.isNull()) {
            return true;
        }
        if (side == null || side.isNull() || !goldSentence.equals(side.get("sentence").asText())) {
            return false;
        }
        Set<String> wanted = contentWords(goldPhrase.asText());
        Set<String> shown = contentWords(side.get("text").asText());
        int common = 0;
        for (String word : wanted) {
            common += shown.contains(word) ? 1 : 0;
        }
        return common * 2 >= wanted.size() && common > 0;
    }

    private static Set<String> contentWords(String text) {
        Set<String> all = new HashSet<>();
        Set<String> content = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            all.add(m.group());
            if (!Stopwords.contains(m.group())) {
                content.add(m.group());
            }
        }
        return content.isEmpty() ? all : content;
    }

    private static boolean isPositive(String kind) {
        return kind.equals("shared-formulation") || kind.equals("paraphrase");
    }

    /** The document's sentences of one side, found by the gold's snippets. */
    private static final class Sentences {
        private final Map<String, String> texts = new java.util.LinkedHashMap<>();

        Sentences(JsonNode sentences) {
            for (JsonNode s : sentences) {
                texts.put(s.get("id").asText(), s.get("text").asText());
            }
        }

        String find(String snippet, List<String> errors) {
            String match = null;
            for (var entry : texts.entrySet()) {
                if (stripQuotes(entry.getValue()).startsWith(snippet)) {
                    if (match != null) {
                        errors.add("snippet maps to two sentences: " + snippet);
                    }
                    match = entry.getKey();
                }
            }
            if (match == null) {
                errors.add("unmapped snippet: " + snippet);
            }
            return match;
        }

        String start(String id) {
            String text = texts.getOrDefault(id, "");
            return text.length() > 50 ? text.substring(0, 50) + "…" : text;
        }

        private static String stripQuotes(String text) {
            int k = 0;
            while (k < text.length() && "\"“'‘".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            return text.substring(k);
        }
    }
}
