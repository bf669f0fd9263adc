package org.readoutdiff.report.comparison;

/**
 * One change in the change list, with the row it belongs to, the words on each side and a
 * little of the sentence around it: of the right sentence for an insertion, else of the left.
 *
 * @param minor     punctuation, format or boilerplate: shown quietly
 * @param leftText  the left words ("" for an insertion)
 * @param rightText the right words ("" for a deletion)
 * @param before    text just before the change, shortened from the start with "…"
 * @param after     text just after the change, shortened at the end with "…"
 */
public record ChangeView(String id, String kind, boolean minor, String rowAnchor, String leftIds, String rightIds,
                         String leftText, String rightText, String before, String after) {
}
