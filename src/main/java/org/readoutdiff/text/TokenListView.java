package org.readoutdiff.text;

import java.util.AbstractList;
import java.util.List;

/** Any list of tokens as a {@link TokenList}: reads fields through {@link #get}. */
final class TokenListView extends AbstractList<Token> implements TokenList {

    private final List<Token> tokens;

    TokenListView(List<Token> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Token get(int index) {
        return tokens.get(index);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public TokenList subList(int fromIndex, int toIndex) {
        return new TokenListView(tokens.subList(fromIndex, toIndex));
    }
}
