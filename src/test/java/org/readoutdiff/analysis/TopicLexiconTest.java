package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

class TopicLexiconTest {

    private static List<List<String>> tag(TopicLexicon lexicon, String text) {
        return new TopicTagger(lexicon).tag(new Segmenter(new KeyNormalizer(false)).segment(Statement.of("t", text)));
    }

    @Test
    void parsesTopicsAndTermsAndIgnoresComments() {
        TopicLexicon lexicon = TopicLexicon.parse(
                "# comment\n\n[fish] Fisheries\nfishing quota*\n渔业\n[ice] Arctic | theme\nArctic\n");
        assertEquals(List.of(new TopicLexicon.Topic("fish", "Fisheries", List.of("fishing quota*", "渔业"), false),
                new TopicLexicon.Topic("ice", "Arctic", List.of("Arctic"), true)), lexicon.topics());
        assertEquals(java.util.Set.of("fish"), lexicon.issueIds());
    }

    @Test
    void namesTheLineOfEveryMistake() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse("Arctic\n[ice] Ice\n"))
                .getMessage().startsWith("line 1:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse("[ice] Ice\nx\n[ice] Again\ny"))
                .getMessage().contains("defined twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse("[Ice Cap] Ice\nx"))
                .getMessage().startsWith("line 1:"));
        assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse("[ice] Ice\n[sea] Sea\nwater"));
    }

    @Test
    void defaultLexiconHasTheCorpusTopicIds() {
        List<String> ids = TopicLexicon.defaults().topics().stream().map(TopicLexicon.Topic::id).toList();
        for (String id : List.of("taiwan", "south-china-sea", "ai", "nuclear", "counternarcotics", "climate",
                "people-to-people", "mil-to-mil", "trade-technology", "export-controls", "cyber", "ukraine-russia",
                "korean-peninsula", "human-rights", "detained-citizens", "macroeconomic", "un-charter", "transition",
                "guiding-principles", "strategic-communication", "red-lines", "containment", "allies-partners",
                "middle-east", "east-china-sea")) {
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void englishTermsMatchStemsPrefixesAndHyphensChineseTermsMatchCharacters() {
        TopicLexicon lexicon = TopicLexicon.defaults();
        List<List<String>> tags = tag(lexicon, "He pressed for the release of two detained citizens. "
                + "President Xi noted alleged cyberattacks. The DPRK sent troops. We uphold the one China policy. "
                + "双方讨论了朝鲜半岛问题。Nothing here.");
        assertEquals(List.of("detained-citizens"), tags.get(0));
        assertEquals(List.of("cyber"), tags.get(1));
        assertEquals(List.of("korean-peninsula"), tags.get(2));
        assertEquals(List.of("taiwan"), tags.get(3));
        assertEquals(List.of("korean-peninsula"), tags.get(4));
        assertEquals(List.of(), tags.get(5));
    }

    @Test
    void aUserLexiconReplacesTheDefault() {
        TopicLexicon lexicon = TopicLexicon.parse("[fish] Fisheries\nfishing quota*\n渔业\n");
        List<List<String>> tags = tag(lexicon, "They discussed fishing quotas. 渔业合作。Taiwan was not raised.");
        assertEquals(List.of(List.of("fish"), List.of("fish"), List.of()), tags);
    }

    @Test
    void aSentenceRecallingAnEarlierYearAddressesNoTopicOfThisMeeting() {
        List<List<String>> tags = tag(TopicLexicon.defaults(), "Xinhua | November 18, 2024. "
                + "During the 2022 Bali meeting, he raised the Taiwan question. "
                + "In 2024 the two sides discussed Taiwan again. Taiwan was raised.");
        assertEquals(List.of(List.of(), List.of(), List.of("taiwan"), List.of("taiwan")), tags);
    }
}
