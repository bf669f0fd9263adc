package org.readoutdiff.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.align.MiniLmEmbedder;
import org.readoutdiff.align.SentenceSimilarity;
import org.readoutdiff.align.SimilarityOptions;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.Token;

/**
 * Checks the sentence similarity that counterpart alignment uses ({@link SentenceSimilarity},
 * default settings) against sentence pairs scored by people: the SemEval STS news files in
 * {@code ../shared/external/sts/}. Prints the Pearson correlation per file for the measure, its
 * lexical half and its semantic half alone. An outside check, never tuning material: nothing
 * here feeds back into a setting. Skips with a message when the folder is absent.
 */
public final class StsCheck {

    static final Path STS = Path.of("..", "shared", "external", "sts");

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(STS)) {
            System.out.println("skipped: " + STS + " is absent (the SemEval STS files are not in this repository)");
            return;
        }
        double weight = SimilarityOptions.defaults().semanticWeight();
        System.out.println("| file | pairs | measure (weight " + weight + ") | lexical alone | semantic alone |");
        System.out.println("|---|---|---|---|---|");
        for (String name : List.of("headlines-2015", "headlines-2016", "msrpar-2012")) {
            List<String> lines = Files.readAllLines(STS.resolve(name + ".tsv"));
            double[] gold = new double[lines.size()];
            List<List<Token>> left = new ArrayList<>();
            List<List<Token>> right = new ArrayList<>();
            List<String> leftTexts = new ArrayList<>();
            List<String> rightTexts = new ArrayList<>();
            Segmenter segmenter = new Segmenter(new KeyNormalizer(false));
            for (int k = 0; k < lines.size(); k++) {
                String[] fields = lines.get(k).split("\t");
                gold[k] = Double.parseDouble(fields[0]);
                leftTexts.add(fields[1]);
                rightTexts.add(fields[2]);
                left.add(tokens(segmenter, fields[1]));
                right.add(tokens(segmenter, fields[2]));
            }
            double[] measure = SentenceSimilarity.ofPairs(left, leftTexts, right, rightTexts, MiniLmEmbedder.shared(), weight);
            double[] lexical = SentenceSimilarity.ofPairs(left, leftTexts, right, rightTexts, MiniLmEmbedder.shared(), 0);
            double[] semantic = SentenceSimilarity.ofPairs(left, leftTexts, right, rightTexts, MiniLmEmbedder.shared(), 1);
            System.out.printf(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n", name, lines.size(),
                    pearson(gold, measure), pearson(gold, lexical), pearson(gold, semantic));
        }
    }

    /** All the tokens of a text, whatever its sentences: an STS item is one unit. */
    private static List<Token> tokens(Segmenter segmenter, String text) {
        SegmentedStatement statement = segmenter.segment(Statement.of("s", text));
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < statement.size(); i++) {
            tokens.addAll(statement.sentence(i).tokens());
        }
        return tokens;
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sx += (x[i] - mx) * (x[i] - mx);
            sy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sx * sy);
    }
}
