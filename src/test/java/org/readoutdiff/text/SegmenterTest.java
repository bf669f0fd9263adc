package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.Fixtures;

class SegmenterTest {

    @Test
    void aSpaceIsWhatJavaCallsWhiteSpaceOrASpaceCharacterOrNextLineForEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u0085',
                    Segmenter.isSpace(ch), () -> String.format("U+%04X", (int) ch));
        }
    }


    private final Segmenter segmenter = new Segmenter(new KeyNormalizer(false));

    private SegmentedStatement segment(String text) {
        return segmenter.segment(Statement.of("test", text));
    }

    private List<String> sentences(String text) {
        SegmentedStatement statement = segment(text);
        return statement.sentences().stream().map(s -> s.text(text)).toList();
    }

    private List<String> tokens(String text) {
        SegmentedStatement statement = segment(text);
        return statement.sentences().stream().flatMap(s -> s.tokens().stream()).map(t -> t.text(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of(
                        "Today U.S. President Joseph R. Biden Jr. held a meeting with Mr. Wang and Dr. Li in Lima.",
                        "Mrs. Smith, Sr. Adviser, met St. Paul's envoy.",
                        "Ties between China-U.S. partners matter."),
                sentences("Today U.S. President Joseph R. Biden Jr. held a meeting with Mr. Wang and Dr. Li in Lima. "
                        + "Mrs. Smith, Sr. Adviser, met St. Paul's envoy. Ties between China-U.S. partners matter."));
    }

    @Test
    void chineseSentencesEndAtFullStopExclamationQuestionAndSemicolon() {
        assertEquals(List.of("中方坚决反对任何形式的“台独”分裂活动。", "美方应当落到实处！", "你同意吗？", "双方同意开展磋商；",
                        "两国元首也将保持联系。"),
                sentences("中方坚决反对任何形式的“台独”分裂活动。美方应当落到实处！你同意吗？双方同意开展磋商；两国元首也将保持联系。"));
    }

    @Test
    void anOpeningQuoteAfterAChineseFullStopOpensTheNextSentence() {
        assertEquals(List.of("两国元首重申了一个中国原则。", "“台独”分裂行径同台海和平稳定水火不容。", "《联合声明》仍然有效。"),
                sentences("两国元首重申了一个中国原则。“台独”分裂行径同台海和平稳定水火不容。《联合声明》仍然有效。"));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("He said, \"We agree.\"", "Then he left.", "She asked, \u2018Why?\u2019", "He smiled."),
                sentences("He said, \"We agree.\" Then he left. She asked, \u2018Why?\u2019 He smiled."));
        assertEquals(List.of("Xi stressed the \u201cfour red lines.\u201d", "The U.S. side should not cross them."),
                sentences("Xi stressed the \u201cfour red lines.\u201d The U.S. side should not cross them."));
        assertEquals(List.of("他说：“我们同意。”", "然后离开了。", "双方同意开展磋商；”", "两国元首也将保持联系。"),
                sentences("他说：“我们同意。”然后离开了。双方同意开展磋商；”两国元首也将保持联系。"));
    }

    @Test
    void paragraphsSplitAtBlankLinesOnly() {
        String text = "First line of a paragraph\nwrapped here. Second sentence\r\ncontinues.\r\n\r\n  Second paragraph.\n \n\nThird.";
        SegmentedStatement statement = segment(text);
        assertEquals(3, statement.paragraphs().size());
        assertEquals(List.of("First line of a paragraph\nwrapped here.", "Second sentence\r\ncontinues.",
                "Second paragraph.", "Third."), statement.sentences().stream().map(s -> s.text(text)).toList());
        assertEquals(List.of(0, 0, 1, 2), statement.sentences().stream().map(Sentence::paragraph).toList());
        Paragraph first = statement.paragraphs().get(0);
        assertEquals(0, first.start());
        assertEquals(text.indexOf("continues.") + "continues.".length(), first.end());
        assertEquals(2, first.sentenceCount());
    }

    @Test
    void aTextWithoutBlankLinesHasOneParagraphPerLine() {
        String text = "Line one.\nLine two\r\nLine three";
        SegmentedStatement statement = segment(text);
        assertEquals(3, statement.paragraphs().size());
        assertEquals(List.of("Line one.", "Line two", "Line three"),
                statement.sentences().stream().map(s -> s.text(text)).toList());
    }

    @Test
    void chineseWordsComeFromTheDictionary() {
        assertEquals(List.of("中方", "坚决", "反对", "任何", "形式", "的", "“", "台独", "”", "分裂", "活动", "。"),
                tokens("中方坚决反对任何形式的“台独”分裂活动。"));
        SegmentedStatement call = segment(Fixtures.text(Fixtures.ZH_CALL));
        assertEquals("zh", call.language());
        for (Sentence sentence : call.sentences()) {
            if (sentence.text(call.text()).length() > 8) {
                assertTrue(sentence.tokens().size() > 3, "a Chinese sentence is several words: " + sentence.text(call.text()));
            }
        }
    }

    @Test
    void aLineBreakInsideAChineseWordDoesNotSplitIt() {
        String plain = "标题\n\n中方坚决反对任何形式的“台独”分裂活动，也不会坐视不管。";
        String wrapped = "标题\n\n中方坚决反\r\n对任何形式的“台独”分裂活\n  动，也不会坐视不\n管。";
        assertEquals(segment(plain).sentence(1).key(), segment(wrapped).sentence(1).key());
        assertEquals(List.of("中方", "坚决", "反\r\n对", "任何", "形式", "的", "“", "台独", "”", "分裂", "活\n  动", "，", "也不会",
                "坐视不\n管", "。"), tokens(wrapped).subList(1, 16));
        // a blank line is a paragraph break, whatever the characters around it
        assertEquals(3, segment("标题\n\n中方坚决反\n\n对任何形式").paragraphs().size());
    }

    /** The key of a token is looked up in the flattened text, where a zero-width space is a word joiner. */
    @Test
    void invisibleCharactersInsideAWordKeepItOneWordWithTheKeyOfThePlainWord() {
        String text = "A zero\u200Bwidth space and a soft\u00ADhyphen.";
        SegmentedStatement statement = segment(text);
        assertEquals(List.of("A", "zero\u200Bwidth", "space", "and", "a", "soft\u00ADhyphen", "."),
                statement.sentence(0).tokens().stream().map(t -> t.text(text)).toList());
        assertEquals(segment("A zerowidth space and a softhyphen.").sentence(0).key(), statement.sentence(0).key());
    }

    @Test
    void tokensHaveKindsAndWhitespaceIsNeverAToken() {
        String text = "In 2024, trade\u00a0grew 1,000.5 percent\u3000\u2014 fast.";
        SegmentedStatement statement = segment(text);
        List<Token> tokens = statement.sentence(0).tokens();
        assertEquals(List.of("In", "2024", ",", "trade", "grew", "1,000.5", "percent", "\u2014", "fast", "."),
                tokens.stream().map(t -> t.text(text)).toList());
        assertEquals(List.of(TokenKind.WORD, TokenKind.NUMBER, TokenKind.PUNCTUATION, TokenKind.WORD, TokenKind.WORD,
                TokenKind.NUMBER, TokenKind.WORD, TokenKind.PUNCTUATION, TokenKind.WORD, TokenKind.PUNCTUATION),
                tokens.stream().map(Token::kind).toList());
    }

    @Test
    void comparisonKeysFoldFormat() {
        KeyNormalizer keys = new KeyNormalizer(false);
        assertEquals(keys.key("China's"), keys.key("China\u2019s"));
        assertEquals("\"", keys.key("\u201c"));
        assertEquals("\"", keys.key("\u201d"));
        assertEquals("'", keys.key("\u2018"));
        assertEquals("-", keys.key("\u2014"));
        assertEquals("-", keys.key("\u2013"));
        assertEquals("-", keys.key("\u2212"));
        assertEquals("ABC123", keys.key("\uff21\uff22\uff23\uff11\uff12\uff13"));
        assertEquals(",", keys.key("\uff0c"));
        assertEquals("zerowidth", keys.key("zero\u200bwidth"));
        assertEquals("softhyphen", keys.key("soft\u00adhyphen"));
        assertEquals("joined", keys.key("jo\u200din\u200ced"));
        assertEquals("Biden", keys.key("Biden"));
        assertEquals("biden", new KeyNormalizer(true).key("BIDEN"));
    }

    @Test
    void formatNoiseGivesEqualSentenceKeys() {
        String plain = "\"At the meeting,\" China's  leaders - and U.S. envoys - met on November 16 in zerowidth Lima.";
        String noisy = "\u201cAt the\r\nmeeting,\u201d China\u2019s leaders \u2013 and\u00a0U.S. envoys \u2014 met on November"
                + "\u00a016\nin zero\u200bwidth Lima.\r\n\r\nNext.";
        assertEquals(segment(plain).sentence(0).key(), segment(noisy).sentence(0).key());
        assertEquals(2, segment(noisy).size());
    }

    @Test
    void theSeedHas49SentencesOf46AreBody() throws IOException {
        checkAgainstGold(Fixtures.SEED, "left", "left_only", 49, 3, 46);
    }

    @Test
    void theUsReadoutHas30BodySentences() throws IOException {
        checkAgainstGold(Fixtures.US_A, "right", "right_only", 33, 3, 30);
    }

    /**
     * The body sentences (after the header lines) match the gold alignment's sentence starts
     * one to one: each begins, leading quotes aside, with exactly one snippet.
     */
    private void checkAgainstGold(String file, String side, String only, int total, int header, int body)
            throws IOException {
        SegmentedStatement statement = segment(Fixtures.text(file));
        assertEquals(total, statement.size());
        JsonNode gold = new ObjectMapper().readTree(Fixtures.bytes("statements/lima-2024-us-a.gold.json"));
        Set<String> snippets = new HashSet<>();
        gold.get("pairs").forEach(pair -> snippets.add(pair.get(side).asText()));
        gold.get(only).forEach(snippet -> snippets.add(snippet.asText()));
        assertEquals(body, snippets.size());
        List<String> unmatched = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Sentence sentence : statement.sentences().subList(header, total)) {
            String text = sentence.text(statement.text()).replaceFirst("^[\"\u201c\u2018']+", "");
            List<String> starts = snippets.stream().filter(text::startsWith).toList();
            if (starts.size() != 1) {
                unmatched.add(text);
            } else {
                used.add(starts.get(0));
            }
        }
        assertEquals(List.of(), unmatched, "body sentences not starting with exactly one gold snippet");
        assertEquals(snippets, used);
    }
}
