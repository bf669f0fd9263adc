package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.analysis.TrackedFormulation;
import org.readoutdiff.report.GoldenFiles;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/**
 * The formulations planted in the series fixtures ({@code formulations.json}) against the
 * formulation table. For each occurrence: the rows of the table that show wording overlapping
 * it in that statement; for each two consecutive occurrences (in date order): whether one row
 * shows both, i.e. whether the table shows that change. Written as a listing compared in full
 * with its golden file. In {@code zh-2023-2024}, whose planted changes are all of the kinds the
 * table claims to show, every occurrence and every change must be visible. In {@code lima-2024},
 * whose list follows themes a reader tracks rather than wording a lexical method can find (the
 * 2022 "track of sound and steady growth" as the forerunner of "stable, healthy and
 * sustainable"), the listing records what is visible and what is not.
 */
class SeriesFormulationsTest {

    @Test
    void everyPlantedChangeOfTheChineseSeriesIsVisible() throws IOException {
        String listing = listing("series/zh-2023-2024/",
                List.of("base.txt", "counterpart.txt", "earlier-2024-04.txt", "earlier-2023.txt"));
        GoldenFiles.assertMatches("series/zh-2023-2024-formulations.txt", listing);
        assertFalse(listing.contains("NOT VISIBLE"), listing);
        assertFalse(listing.contains("not in one row"), listing);
    }

    @Test
    void theLimaSeriesListingMatchesItsGolden() throws IOException {
        GoldenFiles.assertMatches("series/lima-2024-formulations.txt", listing("series/lima-2024/",
                List.of("base.txt", "counterpart.txt", "earlier-2023.txt", "earlier-2022.txt")));
    }

    @Test
    void theChineseSeriesHasEveryKindOfMovement() {
        SeriesComparison series = series("series/zh-2023-2024/",
                List.of("base.txt", "counterpart.txt", "earlier-2024-04.txt", "earlier-2023.txt"));
        assertEquals(TrackedFormulation.Status.NEW, statusOf(series, 0, "确认需要维护人类对使用核武器决定的控制"));
        assertEquals(TrackedFormulation.Status.HELD, statusOf(series, 0, "相互尊重、和平共处、合作共赢"));
        assertEquals(TrackedFormulation.Status.DROPPED, statusOf(series, 3, "美方不寻求“新冷战”"));
        assertEquals(TrackedFormulation.Status.CHANGED, statusOf(series, 3, "脱钩断链不符合任何一方利益"));
    }

    /** The status of the formulation whose wording covers {@code phrase} in statement {@code k}. */
    private static TrackedFormulation.Status statusOf(SeriesComparison series, int k, String phrase) {
        Span span = spanOf(series, k, phrase);
        for (TrackedFormulation formulation : series.formulations()) {
            for (TrackedFormulation.Wording wording : formulation.in(k)) {
                for (TrackedFormulation.Place place : wording.places()) {
                    if (place.statement() == k && place.span().start() <= span.start() && span.end() <= place.span().end()) {
                        return formulation.status();
                    }
                }
            }
        }
        return null;
    }

    static SeriesComparison series(String dir, List<String> files) {
        List<Statement> statements = new ArrayList<>();
        for (String file : files) {
            statements.add(Fixtures.statement(dir + file, file));
        }
        return new SeriesEngine(ComparisonOptions.defaults()).compare(statements.get(0), statements.subList(1, statements.size()));
    }

    private static String listing(String dir, List<String> files) throws IOException {
        SeriesComparison series = series(dir, files);
        JsonNode planted = new ObjectMapper().readTree(Fixtures.path(dir + "formulations.json").toFile());
        StringBuilder out = new StringBuilder("# Planted formulations of " + dir + " in the formulation table\n");
        out.append("# order: ");
        for (int k : series.timeline().order()) {
            out.append(files.get(k)).append(' ');
        }
        out.append('\n');
        for (JsonNode formulation : planted.get("formulations")) {
            out.append('\n').append(formulation.get("id").asText()).append('\n');
            Map<Integer, List<String>> rowsByRank = new TreeMap<>();
            Map<Integer, String> phraseByRank = new TreeMap<>();
            for (JsonNode occurrence : formulation.get("occurrences")) {
                int k = files.indexOf(occurrence.get("file").asText());
                if (occurrence.get("phrase").isNull()) {
                    for (JsonNode absent : occurrence.get("absent")) {
                        String shown = shownAs(series, k, absent.asText());
                        out.append("  ").append(files.get(k)).append(": absent \"").append(absent.asText()).append("\" ")
                                .append(shown == null ? "not shown" : "SHOWN PRESENT in " + shown).append('\n');
                    }
                    continue;
                }
                String phrase = occurrence.get("phrase").asText();
                List<String> rows = rows(series, k, spanOf(series, k, phrase));
                int rank = series.timeline().rank(k);
                rowsByRank.computeIfAbsent(rank, r -> new ArrayList<>()).addAll(rows);
                phraseByRank.merge(rank, phrase, (a, b) -> a + " / " + b);
                out.append("  ").append(files.get(k)).append(": \"").append(phrase).append("\" ")
                        .append(rows.isEmpty() ? "NOT VISIBLE" : String.join(", ", rows)).append('\n');
            }
            List<Integer> ranks = new ArrayList<>(rowsByRank.keySet());
            for (int i = 1; i < ranks.size(); i++) {
                List<String> earlier = ids(rowsByRank.get(ranks.get(i - 1)));
                List<String> later = ids(rowsByRank.get(ranks.get(i)));
                List<String> both = earlier.stream().filter(later::contains).distinct().toList();
                out.append("  ").append(files.get(series.timeline().order().get(ranks.get(i - 1)))).append(" -> ")
                        .append(files.get(series.timeline().order().get(ranks.get(i)))).append(": ")
                        .append(both.isEmpty() ? "not in one row" : "in " + String.join(", ", both)).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> ids(List<String> rows) {
        return rows.stream().map(r -> r.substring(0, r.indexOf(' '))).toList();
    }

    /** "F12 held \"wording\"" for every row with wording in statement k overlapping the span by half of it or more. */
    private static List<String> rows(SeriesComparison series, int k, Span span) {
        List<String> rows = new ArrayList<>();
        int number = 0;
        for (TrackedFormulation formulation : series.formulations()) {
            number++;
            for (TrackedFormulation.Wording wording : formulation.in(k)) {
                for (TrackedFormulation.Place place : wording.places()) {
                    int overlap = Math.min(span.end(), place.span().end()) - Math.max(span.start(), place.span().start());
                    if (place.statement() == k && overlap * 2 >= Math.min(span.length(), place.span().length())
                            && overlap >= Math.min(4, span.length())) {
                        String row = "F" + number + " " + formulation.status().label() + " \"" + wording.text() + "\"";
                        if (!rows.contains(row)) {
                            rows.add(row);
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** The row and wording that show {@code text} as present in statement k, or null. */
    private static String shownAs(SeriesComparison series, int k, String text) {
        int number = 0;
        for (TrackedFormulation formulation : series.formulations()) {
            number++;
            for (TrackedFormulation.Wording wording : formulation.in(k)) {
                if (wording.text().contains(text)) {
                    return "F" + number + " \"" + wording.text() + "\"";
                }
            }
        }
        return null;
    }

    private static Span spanOf(SeriesComparison series, int k, String phrase) {
        int at = series.statement(k).text().indexOf(phrase);
        if (at < 0) {
            throw new IllegalStateException(phrase + " not in statement " + k);
        }
        return new Span(at, at + phrase.length());
    }
}
