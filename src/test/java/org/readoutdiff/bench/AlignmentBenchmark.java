package org.readoutdiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.align.SimilarityOptions;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.text.Statement;

/**
 * Scores counterpart alignment on every gold pair ({@link GoldPair#all}) and prints one row per
 * pair, worst first. Not a test: run by {@code src/bench/alignment.sh}.
 *
 * <ol>
 *   <li>With {@code --json DIR}: the documents the CLI wrote there ({@code <pair id>.json}), as
 *       shipped (default settings).</li>
 *   <li>Leave-one-out: for each pair, the settings of a grid that score best on all the
 *       <em>other</em> pairs are chosen and the pair is scored with them; the row says which.</li>
 * </ol>
 * With {@code --details}, every error of every row (false and missed pairs, one-sided errors,
 * formulation changes not found).
 */
public final class AlignmentBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path jsonDir = null;
        boolean details = false;
        boolean leaveOneOut = true;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--json" -> jsonDir = Path.of(args[++k]);
                case "--details" -> details = true;
                case "--no-loo" -> leaveOneOut = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[k]);
            }
        }
        List<GoldPair> pairs = GoldPair.all();
        if (jsonDir != null) {
            List<GoldRow> rows = new ArrayList<>();
            for (GoldPair pair : pairs) {
                rows.add(JsonGoldScorer.score(pair.name(), JSON.readTree(jsonDir.resolve(pair.id() + ".json").toFile()),
                        pair.gold()));
            }
            print("As shipped, through the CLI (default settings)", rows, null, details);
        }
        if (leaveOneOut) {
            leaveOneOut(pairs, details);
        }
    }

    private static void leaveOneOut(List<GoldPair> pairs, boolean details) throws Exception {
        List<SimilarityOptions> grid = grid();
        // scores[setting][pair]
        List<List<GoldRow>> scores = new ArrayList<>();
        for (SimilarityOptions setting : grid) {
            List<GoldRow> row = new ArrayList<>();
            for (GoldPair pair : pairs) {
                row.add(scoreInProcess(pair, setting));
            }
            scores.add(row);
        }
        List<GoldRow> chosen = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < grid.size(); g++) {
                double value = 0;
                for (int q = 0; q < pairs.size(); q++) {
                    if (q != p) {
                        value += scores.get(g).get(q).objective();
                    }
                }
                if (value > bestValue + 1e-9) {
                    bestValue = value;
                    best = g;
                }
            }
            chosen.add(scores.get(best).get(p));
            settings.put(pairs.get(p).name(), describe(grid.get(best)));
        }
        print("Leave-one-out (settings chosen on the other pairs)", chosen, settings, details);
        int defaults = grid.indexOf(SimilarityOptions.defaults());
        if (defaults >= 0) {
            print("Default settings (" + describe(SimilarityOptions.defaults()) + "), in process", scores.get(defaults),
                    null, details);
        }
    }

    static GoldRow scoreInProcess(GoldPair pair, SimilarityOptions setting) throws Exception {
        ComparisonOptions options = ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS).withSimilarity(setting);
        Comparison comparison = new ComparisonEngine(options).compare(
                Statement.of("left", Files.readString(pair.left())), Statement.of("right", Files.readString(pair.right())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonJsonWriter(false).write(comparison, out);
        JsonNode document = JSON.readTree(out.toByteArray());
        return JsonGoldScorer.score(pair.name(), document, pair.gold());
    }

    /** The settings tried: thresholds on a coarse grid; the semantic weight stays at its a-priori half. */
    static List<SimilarityOptions> grid() {
        List<SimilarityOptions> grid = new ArrayList<>();
        for (double pair : new double[] {0.35, 0.40, 0.45}) {
            for (double mutual : new double[] {0.20, 0.25, 0.30}) {
                for (double join : new double[] {0.25, 0.30, 0.35, 0.40}) {
                    for (double context : new double[] {0.25, 0.35}) {
                        for (double link : new double[] {0.15, 0.20, 0.30}) {
                            if (mutual <= pair && context <= pair) {
                                grid.add(SimilarityOptions.defaults().withPairScore(pair).withMutualScore(mutual)
                                        .withJoinScore(join).withContextScore(context).withLinkScore(link));
                            }
                        }
                    }
                }
            }
        }
        if (!grid.contains(SimilarityOptions.defaults())) {
            grid.add(SimilarityOptions.defaults());
        }
        return grid;
    }

    private static String describe(SimilarityOptions s) {
        return String.format(Locale.ROOT, "pair %.2f mutual %.2f join %.2f context %.2f link %.2f", s.pairScore(),
                s.mutualScore(), s.joinScore(), s.contextScore(), s.linkScore());
    }

    private static void print(String title, List<GoldRow> rows, Map<String, String> settings, boolean details) {
        List<GoldRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(GoldRow::worstMargin));
        System.out.println();
        System.out.println("### " + title);
        System.out.println();
        System.out.println("| pair | strict P | strict R | strict F1 | one-sided F1 | formulation recall |"
                + (settings == null ? "" : " settings chosen |"));
        System.out.println("|---|---|---|---|---|---|" + (settings == null ? "" : "---|"));
        for (GoldRow row : sorted) {
            System.out.println("| " + row.name() + " | " + row.cells() + " |"
                    + (settings == null ? "" : " " + settings.get(row.name()) + " |"));
        }
        if (details) {
            for (GoldRow row : sorted) {
                System.out.println();
                System.out.println(row.name() + ":");
                row.errors().forEach(e -> System.out.println("  " + e));
            }
        }
    }
}
