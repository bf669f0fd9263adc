package org.readoutdiff.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/**
 * Counterpart alignment does not depend on which statement is called left: aligning B against A
 * gives the alignment of A against B with its sides exchanged — pairs, groups, topic links and
 * one-sided sentences alike, with the sentence-embedding model on. Statements are drawn from
 * the sentences of the counterpart fixtures, in random order and number, paragraphs included.
 */
class CounterpartsMirrorPropertiesTest {

    private static final List<String> SENTENCES = sentences();
    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    @Property(tries = 60)
    void aligningBAgainstAMirrorsAAgainstB(@ForAll("statements") String a, @ForAll("statements") String b) {
        CounterpartsAligner aligner = new CounterpartsAligner(SimilarityOptions.defaults(), MiniLmEmbedder.shared());
        SegmentedStatement left = SEGMENTER.segment(Statement.of("a", a));
        SegmentedStatement right = SEGMENTER.segment(Statement.of("b", b));
        Alignment forward = aligner.align(left, right, CounterpartsBudget.full(Deadline.none()));
        Alignment backward = aligner.align(right, left, CounterpartsBudget.full(Deadline.none()));
        assertEquals(forward.mirrored(), backward);
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> paragraph = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(3)
                .map(list -> String.join(" ", list));
        return paragraph.list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("\n\n", list));
    }

    private static List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        try {
            for (String name : List.of("paraphrase-reordered", "earlier-meeting-2023")) {
                for (String side : List.of("left.txt", "right.txt")) {
                    Statement statement = Statement.of(side,
                            Files.readString(Path.of("fixtures", "counterparts", name, side)));
                    SegmentedStatement segmented = new Segmenter(new KeyNormalizer(false)).segment(statement);
                    for (int i = 0; i < segmented.size(); i++) {
                        sentences.add(segmented.sentence(i).text(statement.text()));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sentences;
    }
}
