package org.readoutdiff.report;

/** A sentence named by its id ("L3") and the anchor of the row that shows it ("L3-R5"). */
public record SentenceLink(String id, String anchor) {
}
