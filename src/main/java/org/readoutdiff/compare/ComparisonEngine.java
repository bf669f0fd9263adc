package org.readoutdiff.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.readoutdiff.align.Alignment;
import org.readoutdiff.align.AlignmentBudget;
import org.readoutdiff.align.MiniLmEmbedder;
import org.readoutdiff.align.SentenceEmbedder;
import org.readoutdiff.align.VersionsAligner;
import org.readoutdiff.analysis.Boilerplate;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Statement;

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
    private final SentenceEmbedder embedder;

    /** With the shipped sentence-embedding model for the semantic half of counterpart similarity. */
    public ComparisonEngine(ComparisonOptions options) {
        this(options, MiniLmEmbedder.shared());
    }

    public ComparisonEngine(ComparisonOptions options, SentenceEmbedder embedder) {
        this.options = options;
        this.embedder = embedder;
    }

    public Comparison compare(Statement left, Statement right) {
        Deadline deadline = Deadline.after(options.timeBudget());
        Segmenter segmenter = segmenter(options);
        boolean large = left.text().length() + right.text().length() > PARALLEL_ABOVE;
        List<SegmentedStatement> texts = both(large, () -> segmenter.segment(left), () -> segmenter.segment(right));
        if (!large) {
            return compare(texts.get(0), texts.get(1), deadline);
        }
        // The fingerprints, if not known yet, are hashed on a second thread while this one
        // aligns, which is mostly work for one thread: 80 ms for 10 MB under the quick JIT.
        CompletableFuture<Void> hashing = CompletableFuture.runAsync(() -> {
            left.sha256();
            right.sha256();
        }, ComparisonEngine::hashingThread);
        Comparison comparison = compare(texts.get(0), texts.get(1), deadline);
        hashing.join();
        return comparison;
    }

    private static void hashingThread(Runnable work) {
        Thread thread = new Thread(work, "readout-diff-hashing");
        thread.setDaemon(true);
        thread.start();
    }

    /** The segmenter these options ask for. */
    static Segmenter segmenter(ComparisonOptions options) {
        return new Segmenter(new KeyNormalizer(options.ignoreCase()));
    }

    /** Two statements already segmented (with {@link #segmenter}): a series segments each statement once. */
    Comparison compare(SegmentedStatement leftText, SegmentedStatement rightText, Deadline deadline) {
        ModeChooser.Decision decision = options.mode() == Mode.AUTO
                ? ModeChooser.choose(leftText, rightText)
                : new ModeChooser.Decision(options.mode(), options.mode().label() + ": as requested");
        if (decision.mode() == Mode.COUNTERPARTS) {
            return new CounterpartsPipeline(options, embedder).compare(decision, leftText, rightText, deadline);
        }
        Alignment alignment = new VersionsAligner()
                .align(leftText, rightText, new AlignmentBudget(options.maxGapCells(), 200, deadline));
        if (alignment.degraded()) {
            alignment = alignment.withDegradedReason(
                    alignment.degradedReason() + "; the sentences not yet aligned are shown as one-sided");
        }
        DiffedPairs diffed = DiffedPairs.of(leftText, rightText, alignment, false, options, deadline);
        List<OneSided> leftOnly = oneSided(leftText, alignment.leftOnly(), null);
        List<OneSided> rightOnly = oneSided(rightText, alignment.rightOnly(), null);
        Summary summary = SummaryCounter.count(leftText, rightText, diffed.pairs(), leftOnly, rightOnly,
                alignment.moves().size());
        return new Comparison(decision.mode(), decision.reason(), leftText, rightText, diffed.pairs(), leftOnly,
                rightOnly, alignment.moves(), summary, limits(alignment, diffed.coarse(), List.of()), options, VERSION,
                CounterpartsFindings.none());
    }

    /** Both values, computed on two threads when the texts are large enough for it to pay. */
    static <T> List<T> both(boolean parallel, Supplier<T> first, Supplier<T> second) {
        if (!parallel) {
            return List.of(first.get(), second.get());
        }
        CompletableFuture<T> other = CompletableFuture.supplyAsync(second);
        T mine = first.get();
        return List.of(mine, other.join());
    }

    /** Whether the two texts are long enough to split work over two threads. */
    static boolean large(SegmentedStatement left, SegmentedStatement right) {
        return left.statement().text().length() + right.statement().text().length() > PARALLEL_ABOVE;
    }

    static Limits limits(Alignment alignment, boolean coarse, List<String> earlier) {
        List<String> reasons = new ArrayList<>(earlier);
        if (alignment.degraded()) {
            reasons.add(alignment.degradedReason());
        }
        if (coarse) {
            reasons.add("some aligned pairs were too long or too slow to diff word by word and are shown as one change each");
        }
        return reasons.isEmpty() ? Limits.none() : new Limits(true, String.join("; ", reasons));
    }

    /** @param topics topic ids by sentence index, or null when topics were not looked for */
    static List<OneSided> oneSided(SegmentedStatement statement, List<Integer> sentences,
                                           List<List<String>> topics) {
        List<OneSided> result = new ArrayList<>(sentences.size());
        for (int index : sentences) {
            Sentence sentence = statement.sentence(index);
            result.add(new OneSided(index, Boilerplate.matches(sentence.text(statement.text())),
                    topics == null ? List.of() : topics.get(index)));
        }
        return result;
    }
}
