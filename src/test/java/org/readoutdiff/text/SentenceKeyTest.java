package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.readoutdiff.ReadoutTexts;

/**
 * A segmented sentence compares its key without joining it ({@link Sentence#sameKey},
 * {@link SentenceKey}): exactly as the joined strings compare, with the joined string's hash.
 */
class SentenceKeyTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    @Property(tries = 100)
    void versionsCompareKeysAsTheirJoinedStringsDo(@ForAll("versions") ReadoutTexts.Versions versions) {
        checkAgainstJoinedKeys(SEGMENTER.segment(Statement.of("l", versions.left())),
                SEGMENTER.segment(Statement.of("r", versions.right())));
    }

    /** Short sentences of few words, so that many pairs have equal keys and many equal hashes differ. */
    @Property(tries = 200)
    void shortSentencesCompareKeysAsTheirJoinedStringsDo(@ForAll("shortSentences") String left,
                                                         @ForAll("shortSentences") String right) {
        checkAgainstJoinedKeys(SEGMENTER.segment(Statement.of("l", left)), SEGMENTER.segment(Statement.of("r", right)));
    }

    @Test
    void aKeyGivenComparesWithAKeyJoinedFromTokens() {
        String text = "Both \u201csides\u201d agreed.";
        String joined = SEGMENTER.segment(Statement.of("s", text)).sentence(0).key();
        Sentence segmented = SEGMENTER.segment(Statement.of("s", text)).sentence(0); // its key not joined yet
        Sentence given = new Sentence(0, 0, 1, 0, List.of(), joined);
        assertTrue(given.sameKey(segmented) && segmented.sameKey(given));
        assertEquals(SentenceKey.of(given), SentenceKey.of(segmented));
        assertEquals(SentenceKey.of(given).hashCode(), SentenceKey.of(segmented).hashCode());
        assertFalse(new Sentence(0, 0, 1, 0, List.of(), joined.replace("sides", "side")).sameKey(segmented));
    }

    @Test
    void keysThatCollideInTheirHashAreTold() {
        // "Aa" and "BB" have the same String hash, and so do sentences that differ only there
        SegmentedStatement both = SEGMENTER.segment(Statement.of("s", "Aa met.\n\nBB met."));
        assertEquals(both.sentence(0).key().hashCode(), both.sentence(1).key().hashCode());
        Sentence fresh0 = SEGMENTER.segment(Statement.of("s", "Aa met.")).sentence(0);
        Sentence fresh1 = SEGMENTER.segment(Statement.of("s", "BB met.")).sentence(0);
        assertEquals(fresh0.keyHash(), fresh1.keyHash());
        assertFalse(fresh0.sameKey(fresh1));
        assertFalse(SentenceKey.of(fresh0).equals(SentenceKey.of(fresh1)));
    }

    @Provide
    Arbitrary<ReadoutTexts.Versions> versions() {
        return Arbitraries.oneOf(ReadoutTexts.reformattedVersions(), ReadoutTexts.editedVersions());
    }

    @Provide
    Arbitrary<String> shortSentences() {
        Arbitrary<String> sentence = Arbitraries.of("Aa", "BB", "met", "the", "\u201cthe\u201d", "U.S.", "2024", "\u4e2d\u7f8e")
                .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words) + ".");
        return sentence.list().ofMinSize(1).ofMaxSize(6).map(sentences -> String.join(" ", sentences));
    }

    private static void checkAgainstJoinedKeys(SegmentedStatement left, SegmentedStatement right) {
        boolean[][] same = new boolean[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                // asked before any key is joined, and again after
                same[i][j] = left.sentence(i).sameKey(right.sentence(j));
                assertEquals(same[i][j], SentenceKey.of(left.sentence(i)).equals(SentenceKey.of(right.sentence(j))));
            }
        }
        for (int i = 0; i < left.size(); i++) {
            Sentence sentence = left.sentence(i);
            assertEquals(sentence.key().hashCode(), sentence.keyHash());
            for (int j = 0; j < right.size(); j++) {
                Sentence other = right.sentence(j);
                assertEquals(sentence.key().equals(other.key()), same[i][j], sentence.key() + " / " + other.key());
                assertEquals(same[i][j], sentence.sameKey(other));
                if (same[i][j]) {
                    assertEquals(SentenceKey.of(sentence).hashCode(), SentenceKey.of(other).hashCode());
                }
            }
        }
    }
}
