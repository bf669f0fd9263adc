package org.readoutdiff.report;

/**
 * One change in the change list, with the row it belongs to and the words on each side.
 *
 * @param leftText  the left words ("" for an insertion)
 * @param rightText the right words ("" for a deletion)
 */
public record ChangeView(String id, String kind, String rowAnchor, String leftIds, String rightIds, String leftText,
                         String rightText) {
}
