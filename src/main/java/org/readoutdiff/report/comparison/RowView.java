package org.readoutdiff.report.comparison;

import java.util.List;
import org.readoutdiff.report.Fragment;

/**
 * One row of the side-by-side view.
 *
 * @param anchor         stable fragment id of the row ("L3-R5", "L3-L4-R5", "L7", "R9", "move-2")
 * @param kind           "pair", "left-only", "right-only", "moved-here" (where a moved block now stands), or
 *                       "left-related"/"right-related" (no counterpart, but on an issue the other side addresses)
 * @param relation       for pairs: "identical", "edited", "moved", "moved-edited", "counterpart"; else null
 * @param label          the row's kind for a reader: "edited", "deleted", "only in left", "moved here", ...
 * @param leftIds        the left sentence ids, joined ("L3" or "L3 L4"), empty if none
 * @param leftSentences  the same ids, one by one
 * @param note           a plain-words remark ("moved: now at R32–R34"), or null
 * @param noteLink       the anchor the note points to (the other place of a moved block, the sentence a
 *                       related one is linked to), or null
 * @param changed        false only for a pair without any change that did not move
 * @param quiet          changed, but only by punctuation, format or boilerplate
 * @param paragraphStart the row starts a new paragraph (not set on the first row)
 */
public record RowView(String anchor, String kind, String relation, String label, String leftIds, String rightIds,
                      List<String> leftSentences, List<String> rightSentences, List<Fragment> left,
                      List<Fragment> right, String note, String noteLink, boolean boilerplate, boolean changed,
                      boolean quiet, boolean paragraphStart, String leftLanguage, String rightLanguage) {

    public RowView {
        leftSentences = List.copyOf(leftSentences);
        rightSentences = List.copyOf(rightSentences);
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Whether this row shows aligned sentences (and so carries sentence anchors). */
    public boolean pair() {
        return kind.equals("pair");
    }
}
