package org.readoutdiff.report;

/** The public names of sentences: "L1" is the left statement's first sentence. */
public final class Ids {

    private Ids() {
    }

    public static String left(int index) {
        return "L" + (index + 1);
    }

    public static String right(int index) {
        return "R" + (index + 1);
    }

    public static String sentence(boolean left, int index) {
        return left ? left(index) : right(index);
    }
}
