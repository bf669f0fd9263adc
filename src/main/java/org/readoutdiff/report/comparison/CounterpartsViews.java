package org.readoutdiff.report.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readoutdiff.analysis.FormulationChange;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.SentenceLink;
import org.readoutdiff.report.VisibleText;

/** Builds the {@link CounterpartsView}: omissions by topic, topic coverage, shared formulations. */
public final class CounterpartsViews {

    /** Beyond this many the list stops being read; the JSON document has them all. */
    static final int MAX_SHARED_PHRASES = 300;
    /** The report lists the formulation changes that matter most; a reader wants twenty, not a hundred. */
    static final int MAX_FORMULATIONS = 20;

    private CounterpartsViews() {
    }

    /** @param anchors sentence id to the anchor of the row that shows it */
    static CounterpartsView of(Comparison comparison, Map<String, String> anchors) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (TopicCoverage topic : comparison.counterparts().topics()) {
            labels.put(topic.id(), topic.label());
        }
        List<TopicView> topics = new ArrayList<>(comparison.counterparts().topics().size());
        for (TopicCoverage topic : comparison.counterparts().topics()) {
            List<SentenceLink> left = links(topic.left(), true, anchors);
            List<SentenceLink> right = links(topic.right(), false, anchors);
            String coverage = left.isEmpty() ? (right.isEmpty() ? "neither" : "right") : right.isEmpty() ? "left" : "both";
            topics.add(new TopicView(topic.id(), topic.label(), left, right, coverage));
        }
        List<SharedPhraseView> shared = new ArrayList<>();
        for (SharedPhrase phrase : comparison.counterparts().sharedPhrases()) {
            if (shared.size() == MAX_SHARED_PHRASES) {
                break;
            }
            shared.add(new SharedPhraseView(VisibleText.of(phrase.text()),
                    places(comparison.left(), phrase.left(), true, anchors),
                    places(comparison.right(), phrase.right(), false, anchors)));
        }
        List<FormulationChangeView> formulations = new ArrayList<>();
        for (FormulationChange change : comparison.counterparts().formulations()) {
            if (formulations.size() == MAX_FORMULATIONS) {
                break;
            }
            formulations.add(new FormulationChangeView(formulations.size() + 1, change.kind().label(),
                    change.topic() == null ? null : VisibleText.of(labels.getOrDefault(change.topic(), change.topic())),
                    String.join(", ", change.reasons()),
                    change.left() == null ? null : links(List.of(change.leftSentence()), true, anchors).get(0),
                    change.left() == null ? null : VisibleText.of(change.left().of(comparison.left().text())),
                    change.right() == null ? null : links(List.of(change.rightSentence()), false, anchors).get(0),
                    change.right() == null ? null : VisibleText.of(change.right().of(comparison.right().text()))));
        }
        return new CounterpartsView(groups(comparison.left(), comparison.leftOnly(), true, labels),
                groups(comparison.right(), comparison.rightOnly(), false, labels), topics, shared,
                comparison.counterparts().sharedPhrases().size() - shared.size(), formulations,
                comparison.counterparts().formulations().size() - formulations.size());
    }

    /**
     * One-sided sentences under their first topic, topics in the lexicon's order, sentences
     * without a topic last. Each sentence is listed once; its other topics are named beside it.
     */
    private static List<TopicGroup> groups(SegmentedStatement statement, List<OneSided> sentences, boolean left,
                                           Map<String, String> labels) {
        Map<String, List<OneSidedView>> byTopic = new LinkedHashMap<>();
        labels.keySet().forEach(id -> byTopic.put(id, new ArrayList<>()));
        List<OneSidedView> none = new ArrayList<>();
        for (OneSided sentence : sentences) {
            String id = Ids.sentence(left, sentence.sentence());
            List<String> names = sentence.topics().stream().skip(1).map(t -> labels.getOrDefault(t, t)).toList();
            OneSidedView view = new OneSidedView(id, id,
                    VisibleText.of(statement.sentence(sentence.sentence()).text(statement.text())),
                    sentence.boilerplate(), VisibleText.of(String.join(", ", names)));
            if (sentence.topics().isEmpty()) {
                none.add(view);
            } else {
                byTopic.computeIfAbsent(sentence.topics().get(0), k -> new ArrayList<>()).add(view);
            }
        }
        List<TopicGroup> groups = new ArrayList<>();
        byTopic.forEach((id, views) -> {
            if (!views.isEmpty()) {
                groups.add(new TopicGroup(id, VisibleText.of(labels.getOrDefault(id, id)), views));
            }
        });
        if (!none.isEmpty()) {
            groups.add(new TopicGroup(null, "No topic", none));
        }
        return groups;
    }

    private static List<SentenceLink> links(List<Integer> sentences, boolean left, Map<String, String> anchors) {
        List<SentenceLink> links = new ArrayList<>(sentences.size());
        for (int index : sentences) {
            String id = Ids.sentence(left, index);
            links.add(new SentenceLink(id, anchors.getOrDefault(id, id)));
        }
        return links;
    }

    /** The sentences the spans start in, each once, in order. */
    private static List<SentenceLink> places(SegmentedStatement statement, List<Span> spans, boolean left,
                                             Map<String, String> anchors) {
        Set<Integer> sentences = new LinkedHashSet<>();
        for (Span span : spans) {
            int index = sentenceAt(statement, span.start());
            if (index >= 0) {
                sentences.add(index);
            }
        }
        return links(new ArrayList<>(sentences), left, anchors);
    }

    /** The sentence holding offset {@code at}, or the first one after it; -1 past the last. */
    public static int sentenceAt(SegmentedStatement statement, int at) {
        int low = 0;
        int high = statement.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (statement.sentence(mid).end() > at) {
                found = mid;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return found;
    }
}
