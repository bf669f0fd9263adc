package org.readoutdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Alignment;
import org.readoutdiff.align.AlignmentBudget;
import org.readoutdiff.align.VersionsAligner;
import org.readoutdiff.analysis.Boilerplate;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.diff.PhraseDiff;
import org.readoutdiff.diff.PhraseDiffer;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.Token;

/**
 * Compares two statements: segment, choose the mode, align, diff each pair, analyse. Pure:
 * the same statements and options give the same comparison.
 */
public final class ComparisonEngine {

    /** Recorded with stored comparisons; raise it whenever results change for the same input. */
    public static final String VERSION = "0.1.0";

    /** Texts above this many characters are segmented on two threads. */
    private static final int PARALLEL_ABOVE = 200_000;

    private final ComparisonOptions options;

    public ComparisonEngine(ComparisonOptions options) {
        this.options = options;
    }

    public Comparison compare(Statement left, Statement right) {
        Deadline deadline = Deadline.after(options.timeBudget());
        Segmenter segmenter = new Segmenter(new KeyNormalizer(options.ignoreCase()));
        SegmentedStatement leftText;
        SegmentedStatement rightText;
        if (left.text().length() + right.text().length() > PARALLEL_ABOVE) {
            CompletableFuture<SegmentedStatement> rightFuture = CompletableFuture.supplyAsync(() -> segmenter.segment(right));
            leftText = segmenter.segment(left);
            rightText = rightFuture.join();
        } else {
            leftText = segmenter.segment(left);
            rightText = segmenter.segment(right);
        }
        ModeChooser.Decision decision = options.mode() == Mode.AUTO
                ? ModeChooser.choose(leftText, rightText)
                : new ModeChooser.Decision(options.mode(), options.mode().label() + ": as requested");
        Alignment alignment = new VersionsAligner()
                .align(leftText, rightText, new AlignmentBudget(options.maxGapCells(), 200, deadline));
        return assemble(decision, leftText, rightText, alignment, deadline);
    }

    private Comparison assemble(ModeChooser.Decision decision, SegmentedStatement left, SegmentedStatement right,
                                Alignment alignment, Deadline deadline) {
        PhraseDiffer differ = new PhraseDiffer(options.maxPairTokens());
        List<ComparedPair> pairs = new ArrayList<>(alignment.pairs().size());
        boolean coarse = false;
        for (AlignedPair pair : alignment.pairs()) {
            PhraseDiff diff = differ.diff(left.text(), tokens(left, pair.left()), right.text(),
                    tokens(right, pair.right()), deadline);
            coarse |= diff.coarse();
            List<Change> changes = diff.changes();
            if (!changes.isEmpty() && isBoilerplate(left, pair.left()) && isBoilerplate(right, pair.right())) {
                changes = changes.stream()
                        .map(c -> c.kind() == ChangeKind.FORMAT ? c : c.withKind(ChangeKind.BOILERPLATE))
                        .toList();
            }
            pairs.add(new ComparedPair(pair, changes));
        }
        List<OneSided> leftOnly = oneSided(left, alignment.leftOnly());
        List<OneSided> rightOnly = oneSided(right, alignment.rightOnly());
        Limits limits = limits(alignment, coarse);
        Summary summary = SummaryCounter.count(left, right, pairs, leftOnly, rightOnly, alignment.moves().size());
        return new Comparison(decision.mode(), decision.reason(), left, right, pairs, leftOnly, rightOnly,
                alignment.moves(), List.of(), List.of(), summary, limits, options, VERSION);
    }

    private Limits limits(Alignment alignment, boolean coarse) {
        List<String> reasons = new ArrayList<>();
        if (alignment.degraded()) {
            reasons.add(alignment.degradedReason() + "; the sentences not yet aligned are shown as one-sided");
        }
        if (coarse) {
            reasons.add("some aligned pairs were too long or too slow to diff word by word and are shown as one change each");
        }
        return reasons.isEmpty() ? Limits.none() : new Limits(true, String.join("; ", reasons));
    }

    private static List<Token> tokens(SegmentedStatement statement, List<Integer> sentences) {
        if (sentences.size() == 1) {
            return statement.sentence(sentences.get(0)).tokens();
        }
        List<Token> tokens = new ArrayList<>();
        for (int index : sentences) {
            tokens.addAll(statement.sentence(index).tokens());
        }
        return tokens;
    }

    private static boolean isBoilerplate(SegmentedStatement statement, List<Integer> sentences) {
        for (int index : sentences) {
            if (!Boilerplate.matches(statement.sentence(index).text(statement.text()))) {
                return false;
            }
        }
        return true;
    }

    private static List<OneSided> oneSided(SegmentedStatement statement, List<Integer> sentences) {
        List<OneSided> result = new ArrayList<>(sentences.size());
        for (int index : sentences) {
            Sentence sentence = statement.sentence(index);
            result.add(new OneSided(index, Boilerplate.matches(sentence.text(statement.text())), List.of()));
        }
        return result;
    }
}
