package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

/** Attribution in Chinese, nested and closing relays, a replaced verb scale, and the rule files' error messages. */
class AttributionRulesTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    @Test
    void chineseReadoutsNameTheirSpeakersAndVerbs() {
        assertEquals(List.of(
                        "习近平 指出 speech 2",
                        "习近平 强调 speech 3",
                        "习近平 表示 speech 1",
                        "中方 坚决反对 speech 4",
                        "习近平 指出 speech 2",
                        "拜登 表示 speech 1",
                        "两国元首 肯定 agreement 2",
                        "双方 同意 agreement 2"),
                describe(Fixtures.statement(Fixtures.ZH_CALL, "call"), true));
        List<String> lima = describe(Fixtures.statement("counterparts/chinese-pair/right.txt", "us"), false);
        assertTrue(lima.contains("他 呼吁 speech 2 (from 拜登总统 表示)"), lima.toString());
        assertTrue(lima.contains("他 还对新疆、西藏和香港的人权状况表示关切 concern 3 (from 拜登总统 敦促)"), lima.toString());
        assertTrue(lima.contains("两国领导人 一致认为 agreement 2"), lima.toString());
    }

    @Test
    void aSpokespersonRelaysTheSpeakerItReports() {
        String text = "The spokesperson said that President Xi also stressed that X matters. "
                + "Trade matters to both, the spokesperson said. "
                + "The two leaders agreed to talk again, the spokesperson said. "
                + "发言人表示，习近平主席特别强调，中方立场不变。";
        List<Attribution> found = attribute(text);
        assertEquals(List.of("xi also stressed relay The spokesperson said", "spokesperson said relay -",
                        "both-leaders agreed relay the spokesperson said", "xi 特别强调 relay 发言人表示"),
                found.stream().map(a -> a.speaker() + " " + a.verbText().of(text) + " relay "
                        + (a.relay() == null ? "-" : a.relay().of(text))).toList());
        assertEquals("agreement", found.get(2).category());
    }

    @Test
    void noRuleNoSpeaker() {
        assertEquals(List.of(), attribute("China and the U.S. need to cooperate. Noting that President Xi met Biden in Lima,"
                + " the meeting was long. He agreed."));
    }

    @Test
    void aPronounTakesTheLastSpeakerThatReportedWords() {
        String text = "The two Presidents believed that dialogue helps. The two sides co-sponsored a resolution. "
                + "They affirmed the need to act.";
        List<Attribution> found = attribute(text);
        assertEquals(3, found.size());
        assertEquals("both-leaders", found.get(2).speaker());
        assertEquals(0, found.get(2).antecedent());
    }

    @Test
    void aReplacedScaleChangesVerbsAndStrengths() {
        VerbScale scale = VerbScale.parse("# mine\n5 speech noted\n- action met\n2 speech/agreement reiterated\n");
        List<Attribution> found = new Attributor(AttributionRules.defaults(), scale)
                .attribute(SEGMENTER.segment(Statement.of("x", "President Xi stressed peace. President Biden noted it. "
                        + "The two sides reiterated it.")));
        assertEquals(List.of("biden 5 speech", "both-sides 2 agreement"),
                found.stream().map(a -> a.speaker() + " " + a.strength() + " " + a.category()).toList());
    }

    @Test
    void mistakesInTheFilesNameTheLine() {
        assertEquals("line 2: expected STRENGTH CATEGORY phrase, the strength a number from 1 to 9 or -, the category a"
                        + " lower-case word such as speech (e.g. \"3 speech stressed\"): stressed 3",
                assertThrows(IllegalArgumentException.class, () -> VerbScale.parse("1 speech said\nstressed 3")).getMessage());
        assertEquals("line 2: the verb 'Said' is listed twice",
                assertThrows(IllegalArgumentException.class, () -> VerbScale.parse("1 speech said\n2 speech Said")).getMessage());
        assertEquals("line 2: write groups as (?:...), not (...): (President) Xi",
                assertThrows(IllegalArgumentException.class,
                        () -> AttributionRules.parse("[speaker xi person] Xi\n(President) Xi")).getMessage());
        assertEquals("line 1: pattern 'Xi' comes before any section; start with a line such as [speaker xi person] President Xi",
                assertThrows(IllegalArgumentException.class, () -> AttributionRules.parse("Xi")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionRules.parse("[speaker xi emperor] Xi\nXi"))
                .getMessage().startsWith("line 1: expected [speaker ID KIND]"));
    }

    private static List<Attribution> attribute(String text) {
        return new Attributor(AttributionRules.defaults(), VerbScale.defaults()).attribute(SEGMENTER.segment(Statement.of("x", text)));
    }

    /** "speaker text, verb text, category, strength", with the antecedent's words for a pronoun. */
    private static List<String> describe(Statement statement, boolean bodyOnly) {
        SegmentedStatement segmented = SEGMENTER.segment(statement);
        String text = statement.text();
        List<Attribution> all = new Attributor(AttributionRules.defaults(), VerbScale.defaults()).attribute(segmented);
        List<String> lines = new ArrayList<>();
        for (Attribution a : all) {
            if (a.verb().isAction() || (bodyOnly && segmented.sentence(a.sentence()).paragraph() < 3)) {
                continue;
            }
            String line = a.speakerText().of(text) + " " + a.verbText().of(text) + " " + a.category() + " " + a.strength();
            if (a.pronoun()) {
                Attribution from = all.stream().filter(b -> b.sentence() == a.antecedent()).findFirst().orElseThrow();
                line += " (from " + from.speakerText().of(text) + " " + from.verbText().of(text) + ")";
            }
            lines.add(line);
        }
        return lines;
    }
}
