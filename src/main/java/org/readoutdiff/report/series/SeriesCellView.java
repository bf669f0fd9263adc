package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.report.Fragment;
import org.readoutdiff.report.comparison.AttributionView;
import org.readoutdiff.report.comparison.ChangeView;
import org.readoutdiff.report.comparison.SentenceView;

/**
 * What one other statement has for one base sentence.
 *
 * @param status      "aligned", "continued" (the pair is shown at an earlier base sentence),
 *                    "related" (same issue, different point) or "not-mentioned"
 * @param label       the status for a reader: "counterpart", "edited", "same issue", "not mentioned", ...
 * @param ids         the other statement's sentences in this cell ("R3 R4"), or ""
 * @param anchor      where those sentences are shown (for "continued": the row above), or null
 * @param fragments   the other statement's sentences, their changed words marked
 * @param changes     the substantive changes from the base sentence to them
 * @param related     sentences of the other statement on the same issue without a counterpart of their own
 * @param contrast    the verbs' difference in strength, in words ("stressed (3) against stated (1)"), or null
 */
public record SeriesCellView(int other, String status, String label, String ids, String anchor,
                             List<Fragment> fragments, String language, List<ChangeView> changes,
                             List<SentenceView> related, AttributionView attribution, String contrast) {

    public SeriesCellView {
        fragments = List.copyOf(fragments);
        changes = List.copyOf(changes);
        related = List.copyOf(related);
    }

    public boolean aligned() {
        return status.equals("aligned");
    }
}
