package org.readoutdiff.report;

import java.util.List;

/**
 * One row of the side-by-side view.
 *
 * @param anchor    stable fragment id of the row ("L3-R5", "L7", "R9", "move-2")
 * @param kind      "pair", "left-only", "right-only" or "moved-here" (where a moved block now stands)
 * @param relation  for pairs: "identical", "edited", "moved", "moved-edited", "counterpart"
 * @param leftIds   the left sentence ids, joined ("L3" or "L3 L4"), empty if none
 * @param note      a plain-words remark ("moved to R32–R34"), or null
 * @param language  the language of the row's text, for the lang attribute
 */
public record RowView(String anchor, String kind, String relation, String leftIds, String rightIds,
                      List<Fragment> left, List<Fragment> right, String note, boolean boilerplate,
                      boolean changed, String leftLanguage, String rightLanguage) {

    public RowView {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }
}
