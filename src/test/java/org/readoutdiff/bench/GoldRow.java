package org.readoutdiff.bench;

import java.util.List;
import java.util.Locale;

/**
 * One pair's scores against its gold (rules in {@link JsonGoldScorer}).
 *
 * @param formulationsOnTop how many of those found are among the first {@value #TOP_ROWS} rows,
 *                          which a reader sees first
 * @param formulationsGold  how many formulation changes the gold lists (0: none, recall not scored)
 */
record GoldRow(String name, int truePositives, int falsePositives, int positives, int oneSidedTrue,
               int oneSidedPredicted, int oneSidedGold, int formulationsFound, int formulationsOnTop,
               int formulationsGold, List<String> errors) {

    /** The rows a report lists first. */
    static final int TOP_ROWS = 20;

    double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return positives == 0 ? 1.0 : (double) truePositives / positives;
    }

    double f1() {
        return f1(precision(), recall());
    }

    double oneSidedF1() {
        double p = oneSidedPredicted == 0 ? 1.0 : (double) oneSidedTrue / oneSidedPredicted;
        double r = oneSidedGold == 0 ? 1.0 : (double) oneSidedTrue / oneSidedGold;
        return f1(p, r);
    }

    /** Formulation recall, or NaN where the gold lists none. */
    double formulationRecall() {
        return formulationsGold == 0 ? Double.NaN : (double) formulationsFound / formulationsGold;
    }

    /** What parameters are chosen to maximise: strict F1 and one-sided F1 weigh alike, and formulation recall where there is one. */
    double objective() {
        double sum = f1() + oneSidedF1();
        return formulationsGold == 0 ? sum / 2 : (sum + formulationRecall()) / 3;
    }

    /** The weakest of the bars, as a margin: negative when one is missed. */
    double worstMargin() {
        double margin = Math.min(Math.min(precision() - 0.9, recall() - 0.9), oneSidedF1() - 0.85);
        return formulationsGold == 0 ? margin : Math.min(margin, formulationRecall() - 0.9);
    }

    String cells() {
        return String.format(Locale.ROOT, "%.3f | %.3f | %.3f | %.3f | %s", precision(), recall(), f1(), oneSidedF1(),
                formulationsGold == 0 ? "—" : String.format(Locale.ROOT, "%.3f (%d/%d; %d in the first %d rows)",
                        formulationRecall(), formulationsFound, formulationsGold, formulationsOnTop, TOP_ROWS));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
