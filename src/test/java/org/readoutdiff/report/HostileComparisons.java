package org.readoutdiff.report;

import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** Comparisons of statements whose text, labels and metadata try to inject markup. */
final class HostileComparisons {

    static final String LEFT_LABEL = "<script>alert(\"L\")</script> **left**";
    static final String RIGHT_LABEL = "javascript:alert(1) | right";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    private HostileComparisons() {
    }

    static Comparison hostile() {
        String left = "Title " + SCRIPT + "\n\n"
                + "The leaders met **in Lima** | today. They said " + IMG + " nothing.\n\n"
                + "A </style><script>alert(2)</script> sentence stays.\n\n"
                + "Deleted `code` sentence with [link](javascript:alert(1)) and ~~strike~~.";
        String right = "Title " + SCRIPT + "\n\n"
                + "The leaders met **in Peru** | today. They said <img src=y onerror=alert(3)> nothing.\n\n"
                + "A </style><script>alert(2)</script> sentence stays.\n\n"
                + "New sentence with <b onmouseover=alert(4)>bold</b> & \"quotes\" and _under_.";
        StatementMetadata metadata = StatementMetadata.none().withIssuer("<i>Ministry</i>")
                .withSourceUrl("javascript:alert(5)").withMeeting("</td></tr><tr><td>x").withDate("2024-11-16");
        return new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Statement.of(LEFT_LABEL, left).withMetadata(metadata), Statement.of(RIGHT_LABEL, right));
    }

    /** Two statements differing in {@code count} sentences, each a substantive change. */
    static Comparison manyChanges(int count) {
        StringBuilder left = new StringBuilder("Title\n\n");
        StringBuilder right = new StringBuilder("Title\n\n");
        for (int i = 0; i < count; i++) {
            left.append("In paragraph ").append(i).append(" the two sides agreed to cooperate on trade.\n\n");
            right.append("In paragraph ").append(i).append(" the two sides agreed to cooperate on climate.\n\n");
        }
        return new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Statement.of("left", left.toString()), Statement.of("right", right.toString()));
    }
}
