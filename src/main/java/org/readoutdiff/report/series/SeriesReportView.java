package org.readoutdiff.report.series;

import java.util.List;

/**
 * Everything the report of a series comparison shows (one base statement against several
 * others), as text and numbers; templates add only markup.
 *
 * @param statements the base and the others, in the order given
 * @param timeline   the same statements in the order formulations are followed in, earliest first
 * @param rows       one per base sentence, with a cell per other statement
 * @param unmatched  per other statement, its sentences that match nothing in the base
 * @param speakers   every speaker the statements attribute something to, each with those sentences
 * @param contrasts  aligned pairs whose two sides report with verbs of different strength
 */
public record SeriesReportView(String title, String verdict, String verdictText, String headline,
                               List<SeriesStatementView> statements, List<SeriesStatementView> timeline,
                               String timelineReason, List<SeriesRowView> rows, List<UnmatchedView> unmatched,
                               List<FormulationView> formulations, FormulationCounts formulationCounts,
                               List<SpeakerView> speakers, List<ContrastView> contrasts, String degradedReason,
                               String engineVersion) {

    public SeriesReportView {
        statements = List.copyOf(statements);
        timeline = List.copyOf(timeline);
        rows = List.copyOf(rows);
        unmatched = List.copyOf(unmatched);
        formulations = List.copyOf(formulations);
        speakers = List.copyOf(speakers);
        contrasts = List.copyOf(contrasts);
    }

    /** The page's title: the verdict, then what was compared. */
    public String pageTitle() {
        return verdictText + ": " + title;
    }

    public SeriesStatementView base() {
        return statements.get(0);
    }

    public List<SeriesStatementView> others() {
        return statements.subList(1, statements.size());
    }

    /** How many formulations of each status. */
    public record FormulationCounts(int changed, int created, int held, int dropped) {
    }

    /**
     * One statement of the series, with its provenance and, for an other statement, how its
     * comparison with the base went.
     *
     * @param index      0 for the base, 1.. for the others
     * @param shortName  "Base" or "S2", for column heads and cell labels
     * @param date       the date the series is ordered by (ISO-8601), or null
     * @param dateSource "given" or "dateline", or null
     * @param mode       for an other statement, the mode its comparison ran in; null for the base
     * @param modeReason why that mode
     * @param verdict    for an other statement, its comparison's verdict label; null for the base
     * @param headline   for an other statement, its comparison's counts in one sentence
     * @param notMentioned for an other statement, how many base sentences it has nothing for
     * @param unmatched  for an other statement, how many of its sentences match nothing in the base
     */
    public record SeriesStatementView(int index, String shortName, String label, String issuer, String meeting,
                                      String date, String dateSource, String sourceUrl, String sourceLink,
                                      String sha256, String language, int sentences, String mode,
                                      String modeReason, String verdict, String headline, int notMentioned,
                                      int unmatched, String degradedReason) {

        public boolean base() {
            return index == 0;
        }
    }
}
