package org.readoutdiff.text;

import java.util.List;
import java.util.RandomAccess;

/**
 * Tokens in order, which can also be read one field at a time: {@link #key}, {@link #start},
 * {@link #end} and {@link #kind} of the token at an index. A sentence's tokens are kept in
 * columns and make a {@link Token} object for every {@link #get}; these read the columns
 * instead. The passes that read every word of a long comparison (the word diffs, the alignment's
 * word bags) made 250 MB of short-lived tokens on a 10 MB pair, a third of all its garbage.
 */
public interface TokenList extends List<Token>, RandomAccess {

    /** {@code tokens} as a token list: itself when it is one, else a view of it. */
    static TokenList of(List<Token> tokens) {
        return tokens instanceof TokenList list ? list : new TokenListView(tokens);
    }

    @Override
    TokenList subList(int fromIndex, int toIndex);

    default String key(int index) {
        return get(index).key();
    }

    default int start(int index) {
        return get(index).start();
    }

    default int end(int index) {
        return get(index).end();
    }

    default TokenKind kind(int index) {
        return get(index).kind();
    }
}
