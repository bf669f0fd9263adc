package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenColumnsTest {

    private static TokenColumns threeTokens() {
        TokenColumns columns = new TokenColumns(1); // grows past its first capacity
        for (int i = 0; i < 40; i++) {
            columns.add(2 * i, 2 * i + 1, "w" + i, i % 3 == 0 ? TokenKind.NUMBER : TokenKind.WORD);
        }
        columns.add(80, 81, ".", TokenKind.PUNCTUATION);
        return columns;
    }

    @Test
    void aSliceHoldsTheTokensAsAddedAndEqualsTheSameTokensAsObjects() {
        List<Token> slice = threeTokens().slice(38, 41);
        List<Token> expected = List.of(new Token(76, 77, "w38", TokenKind.WORD),
                new Token(78, 79, "w39", TokenKind.NUMBER), new Token(80, 81, ".", TokenKind.PUNCTUATION));
        assertEquals(expected, slice);
        assertEquals(expected.hashCode(), slice.hashCode());
        assertEquals(expected.subList(1, 3), slice.subList(1, 3));
        assertEquals(List.of(), slice.subList(3, 3));
    }

    @Test
    void aSliceCannotChangeOrBeReadOutsideItsRange() {
        List<Token> slice = threeTokens().slice(10, 12);
        assertThrows(UnsupportedOperationException.class, () -> slice.add(slice.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> slice.set(0, slice.get(1)));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.subList(1, 3));
    }

    @Test
    void aSentenceKeepsItsSliceAndCopiesAnyOtherList() {
        List<Token> slice = threeTokens().slice(0, 2);
        assertSame(slice, new Sentence(0, 0, 3, 0, slice, "w0 w1").tokens());
        java.util.ArrayList<Token> mutable = new java.util.ArrayList<>(slice);
        Sentence copied = new Sentence(0, 0, 3, 0, mutable, "w0 w1");
        mutable.clear();
        assertEquals(slice, copied.tokens());
    }

    @Test
    void aTokenListReadsEachFieldAsItsTokenHasItWhateverListItIs() {
        TokenList slice = threeTokens().slice(37, 41);
        for (TokenList tokens : List.of(slice, slice.subList(1, 4), TokenList.of(new java.util.ArrayList<>(slice)),
                new Sentence(0, 74, 81, 0, List.copyOf(slice), "w37 w38 w39 .").tokens())) {
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                assertEquals(List.of(token.start(), token.end(), token.key(), token.kind()),
                        List.of(tokens.start(i), tokens.end(i), tokens.key(i), tokens.kind(i)));
            }
        }
        assertEquals(List.of(74, 76, 78, 80), List.of(slice.start(0), slice.start(1), slice.start(2), slice.start(3)));
        assertEquals(TokenKind.PUNCTUATION, slice.kind(3));
        assertSame(slice, TokenList.of(slice));
    }

    @Test
    void aSliceReadsNoFieldOutsideItsRangeThoughItsColumnsGoOn() {
        TokenList slice = threeTokens().slice(10, 12);
        assertThrows(IndexOutOfBoundsException.class, () -> slice.key(2));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.start(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.end(2));
        assertThrows(IndexOutOfBoundsException.class, () -> slice.kind(2));
    }

    @Test
    void aSegmentedSentenceReadsItsRangeOfTheColumnsFieldByField() {
        TokenColumns columns = threeTokens();
        TokenList tokens = Sentence.ofTokens(0, 74, 81, 0, columns, 37, 41).tokens();
        assertEquals(columns.slice(37, 41), tokens);
        List<Object> fields = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            fields.add(new Token(tokens.start(i), tokens.end(i), tokens.key(i), tokens.kind(i)));
        }
        assertEquals(columns.slice(37, 41), fields);
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.key(4));
    }
}
