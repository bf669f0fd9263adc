package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.Fixtures;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.Token;

/**
 * Reads each version case's {@code expected.json} (the planted edits) and checks that the
 * comparison reports every one of them as it should: a substitution as a change of exactly the
 * differing words, a deleted or inserted sentence as one-sided, a move as a move, format noise
 * and boilerplate as nothing substantive.
 */
class PlantedEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    static Stream<String> cases() {
        return Fixtures.versionCases().stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyPlantedEditIsReported(String name) throws IOException {
        JsonNode expected = JSON.readTree(Fixtures.bytes("versions/" + name + "/expected.json"));
        Comparison comparison = Fixtures.compareCase(name);
        assertEquals(Mode.VERSIONS, comparison.mode(), comparison.modeReason());
        List<String> failures = new ArrayList<>();
        for (JsonNode edit : expected.get("edits")) {
            String problem = check(comparison, edit);
            if (problem != null) {
                failures.add(edit.get("id").asText() + " (" + edit.get("op").asText() + "): " + problem);
            }
        }
        assertTrue(failures.isEmpty(), name + ":\n" + String.join("\n", failures));
        long contentOneSided = Stream.concat(comparison.leftOnly().stream(), comparison.rightOnly().stream())
                .filter(s -> !s.boilerplate()).count();
        assertEquals(expected.get("substantive_edits").asInt(),
                comparison.summary().substantiveChanges() + contentOneSided,
                name + ": substantive changes plus one-sided sentences should count the planted substantive edits");
    }

    @Test
    void formatNoiseIsFormatOnly() {
        Summary summary = Fixtures.compareCase("format-noise").summary();
        assertEquals(Verdict.FORMAT_ONLY, summary.verdict());
        assertEquals(0, summary.substantiveChanges());
        assertEquals(0, summary.punctuationChanges());
        assertEquals(0, summary.leftOnly() + summary.rightOnly() + summary.moves());
    }

    @Test
    void boilerplateIsMinorAndEveryOneSidedSentenceIsBoilerplate() {
        Comparison comparison = Fixtures.compareCase("boilerplate");
        assertEquals(Verdict.MINOR, comparison.summary().verdict());
        assertEquals(0, comparison.summary().substantiveChanges());
        assertEquals(0, comparison.summary().moves());
        assertTrue(Stream.concat(comparison.leftOnly().stream(), comparison.rightOnly().stream())
                .allMatch(OneSided::boilerplate));
        assertTrue(comparison.pairs().stream().allMatch(p -> p.changes().isEmpty()));
    }

    /** @return what is wrong with how the comparison reports this edit, or null if nothing */
    private static String check(Comparison comparison, JsonNode edit) {
        String op = edit.get("op").asText();
        String kind = edit.get("class").asText();
        Span leftContext = locate(comparison.left().text(), edit.path("left_context").asText(null));
        Span rightContext = locate(comparison.right().text(), edit.path("right_context").asText(null));
        return switch (op) {
            case "substitute", "split-sentence", "move-sentence", "punctuation" ->
                    phraseChange(comparison, edit, op, ChangeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                            leftContext, rightContext);
            case "delete-sentence" -> oneSided(comparison.left(), comparison.leftOnly(), edit.get("left").asText());
            case "insert-sentence" -> oneSided(comparison.right(), comparison.rightOnly(), edit.get("right").asText());
            case "move-paragraph" -> movedBlock(comparison, edit);
            case "quote-style" -> formatOnly(comparison, leftContext, rightContext, true);
            case "nbsp", "double-space" -> formatOnly(comparison, leftContext, rightContext, false);
            case "rewrap", "line-endings" -> comparison.summary().substantiveChanges() == 0
                    && comparison.summary().punctuationChanges() == 0 ? null : "white-space noise gave word changes";
            case "boilerplate-add", "boilerplate-remove" -> boilerplate(comparison, leftContext, rightContext);
            default -> "no check for op " + op;
        };
    }

    private static String phraseChange(Comparison comparison, JsonNode edit, String op, ChangeKind kind,
                                       Span leftContext, Span rightContext) {
        String[] core = differingWords(edit.get("left").asText(), edit.get("right").asText());
        List<String> seen = new ArrayList<>();
        for (ComparedPair pair : comparison.pairs()) {
            for (Change change : pair.changes()) {
                if (!within(change.left(), leftContext) || !within(change.right(), rightContext)) {
                    continue;
                }
                String left = change.left().of(comparison.left().text());
                String right = change.right().of(comparison.right().text());
                seen.add(change.kind().label() + " \"" + left + "\" -> \"" + right + "\"");
                if (change.kind() == kind && left.equals(core[0]) && right.equals(core[1])) {
                    if (op.equals("move-sentence") && !pair.pair().relation().isMove()) {
                        return "the change is there, but its pair is " + pair.pair().relation().label() + ", not moved";
                    }
                    if (op.equals("split-sentence") && pair.pair().right().size() != 2) {
                        return "the change is there, but the split sentence is not paired one with two";
                    }
                    return null;
                }
            }
        }
        return "expected " + kind.label() + " \"" + core[0] + "\" -> \"" + core[1] + "\", found " + seen;
    }

    /**
     * The words of a planted edit that differ, with the common leading and trailing tokens
     * removed: "firmly upholds" -> "upholds" is "firmly" -> "".
     */
    static String[] differingWords(String left, String right) {
        List<Token> l = tokens(left);
        List<Token> r = tokens(right);
        int prefix = 0;
        while (prefix < l.size() && prefix < r.size() && l.get(prefix).key().equals(r.get(prefix).key())) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < l.size() - prefix && suffix < r.size() - prefix
                && l.get(l.size() - 1 - suffix).key().equals(r.get(r.size() - 1 - suffix).key())) {
            suffix++;
        }
        return new String[] {cut(left, l, prefix, l.size() - suffix), cut(right, r, prefix, r.size() - suffix)};
    }

    private static String cut(String text, List<Token> tokens, int from, int to) {
        return from >= to ? "" : text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static List<Token> tokens(String text) {
        return SEGMENTER.segment(Statement.of("edit", text)).sentences().stream()
                .flatMap(s -> s.tokens().stream()).toList();
    }

    private static String oneSided(SegmentedStatement statement, List<OneSided> oneSided, String sentence) {
        for (OneSided candidate : oneSided) {
            if (statement.sentence(candidate.sentence()).text(statement.text()).equals(sentence)) {
                return candidate.boilerplate() ? "one-sided, but marked boilerplate" : null;
            }
        }
        return "not reported as a one-sided sentence";
    }

    private static String movedBlock(Comparison comparison, JsonNode edit) {
        Span left = locate(comparison.left().text(), edit.get("left").asText());
        Span right = locate(comparison.right().text(), edit.get("right").asText());
        int sentences = 0;
        for (ComparedPair pair : comparison.pairs()) {
            Sentence first = comparison.left().sentence(pair.pair().firstLeft());
            if (!within(first.span(), left)) {
                continue;
            }
            sentences++;
            if (pair.pair().relation() != org.readoutdiff.align.Relation.MOVED) {
                return "L" + (first.index() + 1) + " is " + pair.pair().relation().label() + ", not moved";
            }
            if (!within(comparison.right().sentence(pair.pair().firstRight()).span(), right)) {
                return "L" + (first.index() + 1) + " is paired outside the moved block";
            }
            if (!pair.changes().isEmpty()) {
                return "L" + (first.index() + 1) + " has changes, but was moved unchanged";
            }
        }
        return sentences == 0 ? "no pair in the moved block" : null;
    }

    /** Inside the context, nothing but format changes; for quotes at least one format change. */
    private static String formatOnly(Comparison comparison, Span leftContext, Span rightContext, boolean mustShow) {
        boolean shown = false;
        for (ComparedPair pair : comparison.pairs()) {
            for (Change change : pair.changes()) {
                if (overlaps(change.left(), leftContext) || overlaps(change.right(), rightContext)) {
                    if (change.kind() != ChangeKind.FORMAT) {
                        return "a " + change.kind().label() + " change where only format differs";
                    }
                    shown = true;
                }
            }
        }
        for (OneSided sentence : comparison.leftOnly()) {
            if (overlaps(comparison.left().sentence(sentence.sentence()).span(), leftContext)) {
                return "a left-only sentence where only format differs";
            }
        }
        return !mustShow || shown ? null : "the quote change is not reported as a format change";
    }

    private static String boilerplate(Comparison comparison, Span leftContext, Span rightContext) {
        for (ComparedPair pair : comparison.pairs()) {
            for (Change change : pair.changes()) {
                if ((overlaps(change.left(), leftContext) || overlaps(change.right(), rightContext))
                        && change.kind() != ChangeKind.BOILERPLATE && change.kind() != ChangeKind.FORMAT) {
                    return "boilerplate reported as a " + change.kind().label() + " change";
                }
            }
        }
        for (boolean left : new boolean[] {true, false}) {
            SegmentedStatement statement = left ? comparison.left() : comparison.right();
            Span context = left ? leftContext : rightContext;
            for (OneSided sentence : left ? comparison.leftOnly() : comparison.rightOnly()) {
                if (overlaps(statement.sentence(sentence.sentence()).span(), context) && !sentence.boilerplate()) {
                    return "boilerplate reported as a content sentence";
                }
            }
        }
        return null;
    }

    /**
     * Where a context of expected.json occurs in the text. The contexts were taken after CRLF
     * became LF, so the search runs on such a copy and the offsets are mapped back.
     */
    static Span locate(String text, String context) {
        if (context == null) {
            return null;
        }
        StringBuilder lf = new StringBuilder(text.length());
        int[] original = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            original[lf.length()] = i;
            lf.append(text.charAt(i));
        }
        original[lf.length()] = text.length();
        int at = lf.indexOf(context);
        if (at < 0 || lf.indexOf(context, at + 1) >= 0) {
            fail("context does not occur exactly once: " + context);
        }
        return new Span(original[at], original[at + context.length() - 1] + 1);
    }

    private static boolean within(Span span, Span context) {
        return context == null || (span.start() >= context.start() && span.end() <= context.end());
    }

    private static boolean overlaps(Span span, Span context) {
        if (context == null) {
            return false;
        }
        return span.isEmpty()
                ? span.start() >= context.start() && span.start() <= context.end()
                : span.start() < context.end() && context.start() < span.end();
    }

    @Test
    void differingWordsStripsCommonTokens() {
        assertEquals(List.of("firmly", ""), List.of(differingWords("firmly upholds", "upholds")));
        assertEquals(List.of("16", "15"), List.of(differingWords("November 16", "November 15")));
        assertEquals(List.of("and", "."), List.of(differingWords("claim and China", "claim. China")));
        assertEquals(List.of("坚决", ""), List.of(differingWords("坚决反对", "反对")));
        assertFalse(differingWords("a", "b")[0].isEmpty());
    }
}
