package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.report.SentenceLink;

/**
 * One formulation of the series' table.
 *
 * @param id          "F3", its anchor
 * @param status      "changed", "new", "held" or "dropped"
 * @param statusText  the status for a reader: "wording shifted", "new", "held", "dropped"
 * @param text        its first wording
 * @param cells       one per statement, in the timeline's order
 * @param first       the statement it first appears in ("S3")
 * @param last        the statement it last appears in
 * @param shifts      where its wording shifted, in the timeline's order
 */
public record FormulationView(String id, String status, String statusText, String text, String language,
                              List<FormulationCellView> cells, String first, String last, List<ShiftView> shifts) {

    public FormulationView {
        cells = List.copyOf(cells);
        shifts = List.copyOf(shifts);
    }

    /**
     * What one statement has of the formulation.
     *
     * @param present  the statement has some wording of it
     * @param same     it has the formulation's first wording, not its first appearance: shown as a tick
     * @param wordings the wordings it has, when they are worth showing
     * @param links    the sentences they are in
     */
    public record FormulationCellView(String shortName, boolean present, boolean same, List<String> wordings,
                                      List<SentenceLink> links, String language) {

        public FormulationCellView {
            wordings = List.copyOf(wordings);
            links = List.copyOf(links);
        }
    }

    /** Where the wording shifted: from one statement's words to another's. */
    public record ShiftView(String from, String oldText, SentenceLink oldLink, String to, String newText,
                            SentenceLink newLink) {
    }
}
