package org.readoutdiff.text;

/**
 * A sentence's key for hash maps: equal when the keys are ({@link Sentence#sameKey}), hashed
 * as the key string would be, but without joining the key.
 */
public record SentenceKey(Sentence sentence) {

    public static SentenceKey of(Sentence sentence) {
        return new SentenceKey(sentence);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceKey that && sentence.sameKey(that.sentence);
    }

    @Override
    public int hashCode() {
        return sentence.keyHash();
    }
}
