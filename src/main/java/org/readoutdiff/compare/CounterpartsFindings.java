package org.readoutdiff.compare;

import java.util.List;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.analysis.FormulationChange;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.analysis.VerbContrast;

/**
 * What counterparts mode finds beyond pairs and changes; {@link #none()} in versions mode.
 *
 * @param links         sentences without a counterpart linked to the sentence of the other side
 *                      on the same issue (neither paired nor one-sided)
 * @param sharedPhrases stock formulations both statements use word for word
 * @param topics        the issues each side addresses
 * @param verbContrasts the pairs whose two sides report with verbs of different strength
 *                      ("stressed" against "noted")
 * @param formulations  the formulations that differ, ranked (most telling first)
 */
public record CounterpartsFindings(List<TopicLink> links, List<SharedPhrase> sharedPhrases, List<TopicCoverage> topics,
                                   List<VerbContrast> verbContrasts, List<FormulationChange> formulations) {

    private static final CounterpartsFindings NONE = new CounterpartsFindings(List.of(), List.of(), List.of(), List.of(),
            List.of());

    public CounterpartsFindings {
        links = List.copyOf(links);
        sharedPhrases = List.copyOf(sharedPhrases);
        topics = List.copyOf(topics);
        verbContrasts = List.copyOf(verbContrasts);
        formulations = List.copyOf(formulations);
    }

    public static CounterpartsFindings none() {
        return NONE;
    }
}
