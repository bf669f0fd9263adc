package org.readoutdiff.align;

/**
 * A sentence without a counterpart, linked to the sentence of the other side that addresses
 * the same issue while making a different point or framing it differently ("raised concerns
 * about activity around Taiwan" against "the Taiwan question is the first red line"). Such a
 * sentence is not an omission, and it is not the same point either: it is neither in a pair
 * nor one-sided. Counterparts mode only.
 *
 * @param score how strongly the two are linked: shared wording plus shared topics
 */
public record TopicLink(int left, int right, double score) {
}
