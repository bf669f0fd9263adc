package org.readoutdiff.report;

/**
 * One change in the change list, with the row it belongs to, the words on each side and a
 * little of the left sentence around it.
 *
 * @param minor     punctuation, format or boilerplate: shown quietly
 * @param leftText  the left words ("" for an insertion)
 * @param rightText the right words ("" for a deletion)
 * @param before    left text just before the change, shortened from the start with "…"
 * @param after     left text just after the change, shortened at the end with "…"
 */
public record ChangeView(String id, String kind, boolean minor, String rowAnchor, String leftIds, String rightIds,
                         String leftText, String rightText, String before, String after) {
}
