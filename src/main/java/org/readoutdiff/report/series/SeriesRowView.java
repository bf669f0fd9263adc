package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.report.comparison.AttributionView;

/**
 * One base sentence and what each other statement has for it.
 *
 * @param anchor         the base sentence id, also the row's anchor ("L12")
 * @param speakers       the ids of the speakers the row's sentences are attributed to (base and
 *                       aligned cells), for filtering by speaker
 * @param paragraphStart the sentence opens a paragraph of the base (not set on the first row)
 */
public record SeriesRowView(String anchor, String text, String language, AttributionView attribution,
                            List<String> speakers, boolean paragraphStart, List<SeriesCellView> cells) {

    public SeriesRowView {
        speakers = List.copyOf(speakers);
        cells = List.copyOf(cells);
    }
}
