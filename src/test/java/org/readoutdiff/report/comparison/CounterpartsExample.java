package org.readoutdiff.report.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;

/**
 * The seed against the US-side readout with its counterparts analysis filled by hand, as the
 * analysis of the counterparts mode fills it: topics found by plain keywords, shared phrases
 * found by searching both texts for a few formulations. Lets the report's counterparts
 * sections be tested whatever the analysis finds.
 */
public final class CounterpartsExample {

    private static final String[][] TOPICS = {
            {"taiwan", "Taiwan", "Taiwan"},
            {"south-china-sea", "South China Sea", "South China Sea"},
            {"ai", "Artificial intelligence", "artificial intelligence", " AI"},
            {"fentanyl", "Counternarcotics", "fentanyl", "narcotics"},
            {"ukraine", "Ukraine", "Ukraine"},
            {"korea", "Korean Peninsula", "Korea", "DPRK"},
            {"climate", "Climate", "climate"},
    };

    private static final String[] PHRASES = {
            "human control over the decision to use nuclear weapons",
            "the two sides",
            "Taiwan Strait",
            "South China Sea",
    };

    private CounterpartsExample() {
    }

    public static Comparison comparison() {
        Comparison c = ReportFixtures.seedVersusCounterpart();
        List<TopicCoverage> topics = new ArrayList<>();
        for (String[] topic : TOPICS) {
            topics.add(new TopicCoverage(topic[0], topic[1], sentences(c.left(), topic), sentences(c.right(), topic)));
        }
        List<SharedPhrase> shared = new ArrayList<>();
        for (String phrase : PHRASES) {
            List<Span> left = spans(c.left().text(), phrase);
            List<Span> right = spans(c.right().text(), phrase);
            if (!left.isEmpty() && !right.isEmpty()) {
                shared.add(new SharedPhrase(phrase, left, right));
            }
        }
        return ReportFixtures.withAnalysis(c, topics, shared, oneSidedTopics(c.left(), c.leftOnly(), topics, true),
                oneSidedTopics(c.right(), c.rightOnly(), topics, false));
    }

    private static List<Integer> sentences(SegmentedStatement statement, String[] topic) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < statement.size(); i++) {
            String text = statement.sentence(i).text(statement.text());
            for (int k = 2; k < topic.length; k++) {
                if (text.contains(topic[k])) {
                    found.add(i);
                    break;
                }
            }
        }
        return found;
    }

    private static Map<Integer, List<String>> oneSidedTopics(SegmentedStatement statement, List<OneSided> sentences,
                                                             List<TopicCoverage> topics, boolean left) {
        Map<Integer, List<String>> result = new java.util.HashMap<>();
        for (OneSided sentence : sentences) {
            List<String> ids = new ArrayList<>();
            for (TopicCoverage topic : topics) {
                if ((left ? topic.left() : topic.right()).contains(sentence.sentence())) {
                    ids.add(topic.id());
                }
            }
            result.put(sentence.sentence(), ids);
        }
        return result;
    }

    private static List<Span> spans(String text, String phrase) {
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            spans.add(new Span(at, at + phrase.length()));
        }
        return spans;
    }
}
