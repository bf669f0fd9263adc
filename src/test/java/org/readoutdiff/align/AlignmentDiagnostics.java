package org.readoutdiff.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/**
 * Development aid, not a test: prints, for each gold file, the score of every gold pair and the
 * best-scoring pair of each body sentence that is not in the gold, so that thresholds can be
 * judged on all fixtures at once. Run: java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.readoutdiff.align.AlignmentDiagnostics
 */
public final class AlignmentDiagnostics {

    public static void main(String[] args) throws Exception {
        for (CounterpartsGoldTest.Case c : CounterpartsGoldTest.cases()) {
            Segmenter segmenter = new Segmenter(new KeyNormalizer(false));
            SegmentedStatement left = segmenter.segment(Statement.of("l", Files.readString(c.left())));
            SegmentedStatement right = segmenter.segment(Statement.of("r", Files.readString(c.right())));
            ContentTerms terms = new ContentTerms();
            org.readoutdiff.analysis.TopicTagger tagger = new org.readoutdiff.analysis.TopicTagger(org.readoutdiff.analysis.TopicLexicon.defaults());
            SentenceSpace space = SentenceSpace.of(left, right, terms);
            JsonNode gold = new ObjectMapper().readTree(Files.readString(c.gold()));
            Map<Long, String> kinds = new HashMap<>();
            List<String> unmapped = new ArrayList<>();
            List<Integer> leftBody = new ArrayList<>();
            List<Integer> rightBody = new ArrayList<>();
            for (JsonNode pair : gold.get("pairs")) {
                int l = GoldScore.find(left, pair.get("left").asText(), unmapped);
                int r = GoldScore.find(right, pair.get("right").asText(), unmapped);
                kinds.put(((long) l << 32) | r, pair.get("kind").asText());
                leftBody.add(l);
                rightBody.add(r);
            }
            gold.get("left_only").forEach(s -> leftBody.add(GoldScore.find(left, s.asText(), unmapped)));
            gold.get("right_only").forEach(s -> rightBody.add(GoldScore.find(right, s.asText(), unmapped)));
            System.out.println("== " + c.name());
            kinds.forEach((key, kind) -> {
                int l = (int) (key >>> 32);
                int r = (int) (long) key;
                System.out.printf(Locale.ROOT, "  gold %-18s L%-3d R%-3d score %.3f%n", kind, l + 1, r + 1,
                        SentenceSimilarity.lexical(space).score(l, r));
            });
            for (int l : leftBody.stream().distinct().sorted().toList()) {
                double best = 0;
                int bestR = -1;
                for (int r : rightBody.stream().distinct().toList()) {
                    double s = SentenceSimilarity.lexical(space).score(l, r);
                    if (!kinds.containsKey(((long) l << 32) | r) && s > best) {
                        best = s;
                        bestR = r;
                    }
                }
                System.out.printf(Locale.ROOT, "  non-gold best L%-3d R%-3d %.3f%n", l + 1, bestR + 1, best);
            }
            for (int r : rightBody.stream().distinct().sorted().toList()) {
                double best = 0;
                int bestL = -1;
                for (int l : leftBody.stream().distinct().toList()) {
                    double s = SentenceSimilarity.lexical(space).score(l, r);
                    if (!kinds.containsKey(((long) l << 32) | r) && s > best) {
                        best = s;
                        bestL = l;
                    }
                }
                System.out.printf(Locale.ROOT, "  non-gold best R%-3d L%-3d %.3f%n", r + 1, bestL + 1, best);
            }
        }
    }
}
