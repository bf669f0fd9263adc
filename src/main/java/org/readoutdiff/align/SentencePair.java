package org.readoutdiff.align;

/** A left and a right sentence, by index, known to be counterparts before alignment starts. */
public record SentencePair(int left, int right) {
}
