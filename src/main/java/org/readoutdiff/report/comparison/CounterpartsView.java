package org.readoutdiff.report.comparison;

import java.util.List;

/**
 * What each side has that the other has not, and what they share: the one-sided sentences of
 * each side grouped by topic, the topic coverage matrix and the shared formulations.
 *
 * @param sharedPhrasesNotShown shared formulations left out of the report to keep it readable
 * @param formulations         the formulation changes that matter most, ranked
 * @param formulationsNotShown the formulation changes ranked below those (the JSON document has them all)
 */
public record CounterpartsView(List<TopicGroup> leftOnly, List<TopicGroup> rightOnly, List<TopicView> topics,
                               List<SharedPhraseView> sharedPhrases, int sharedPhrasesNotShown,
                               List<FormulationChangeView> formulations, int formulationsNotShown) {

    public CounterpartsView {
        formulations = List.copyOf(formulations);
        leftOnly = List.copyOf(leftOnly);
        rightOnly = List.copyOf(rightOnly);
        topics = List.copyOf(topics);
        sharedPhrases = List.copyOf(sharedPhrases);
    }

    /** The topics at least one side addresses: the rows of the coverage matrix. */
    public List<TopicView> addressedTopics() {
        return topics.stream().filter(t -> !t.coverage().equals("neither")).toList();
    }

    /** Labels of the topics looked for that neither side addresses, joined with ", ". */
    public String unaddressedTopics() {
        return String.join(", ", topics.stream().filter(t -> t.coverage().equals("neither")).map(TopicView::label).toList());
    }
}
