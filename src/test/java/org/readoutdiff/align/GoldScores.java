package org.readoutdiff.align;

/**
 * Prints the gold scores of every counterpart fixture (see {@link CounterpartsGoldTest}); with
 * {@code -Ddetails=true} also every false pair, missed pair and one-sided error. Run:
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.readoutdiff.align.GoldScores
 */
public final class GoldScores {

    public static void main(String[] args) throws Exception {
        for (CounterpartsGoldTest.Case c : CounterpartsGoldTest.cases()) {
            GoldScore score = CounterpartsGoldTest.score(c);
            System.out.print(Boolean.getBoolean("details") ? score.details() : score.line() + "\n");
        }
    }
}
