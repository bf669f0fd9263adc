package org.readoutdiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Token;
import org.readoutdiff.text.TokenKind;

/**
 * Generators of readout-like statements for property tests: a title, a dateline and a few
 * paragraphs of sentences taken from the fixtures (the seed, the US-side readout, the Chinese
 * call readout) or made up from their words, in English, Chinese or both; and of second
 * versions of them, either edited (words substituted, deleted or inserted, punctuation changed,
 * sentences deleted, inserted or moved, paragraphs moved) or only re-formatted (quotes, no-break
 * spaces, doubled spaces, re-wrapping, CRLF).
 *
 * <p>Values come from a {@link Random} that jqwik seeds, so a failure is reproducible from the
 * seed jqwik reports; they do not shrink, which is why each pair carries a log of what was done.
 */
public final class ReadoutTexts {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));
    private static final List<String> ENGLISH_SENTENCES = new ArrayList<>();
    private static final List<String> CHINESE_SENTENCES = new ArrayList<>();
    private static final List<String> ENGLISH_WORDS = new ArrayList<>();
    private static final List<String> CHINESE_WORDS = new ArrayList<>();

    static {
        collect(Fixtures.text(Fixtures.SEED), 3, ENGLISH_SENTENCES, ENGLISH_WORDS);
        collect(Fixtures.text(Fixtures.US_A), 3, ENGLISH_SENTENCES, ENGLISH_WORDS);
        collect(Fixtures.text(Fixtures.ZH_CALL), 3, CHINESE_SENTENCES, CHINESE_WORDS);
    }

    private static final String[] TITLES = {
        "Chinese foreign ministry spokesperson on meeting between Chinese, US Presidents in Lima",
        "Readout of President Biden's Meeting with President Xi Jinping",
        "习近平同美国总统拜登通电话",
    };
    private static final String[] DATELINES = {
        "Xinhua | November 18, 2024", "The White House | Lima, Peru | November 16, 2024", "新华社北京2024年4月2日电",
    };

    private ReadoutTexts() {
    }

    /** A statement and a second version of it, with what was done to get the second. */
    public record Versions(String left, String right, List<String> log) {
        @Override
        public String toString() {
            return "Versions" + log + "\n--- left ---\n" + left + "\n--- right ---\n" + right;
        }
    }

    public static Arbitrary<String> statements() {
        return Arbitraries.randomValue(random -> document(random).render());
    }

    public static Arbitrary<Versions> editedVersions() {
        return Arbitraries.randomValue(random -> {
            Document left = document(random);
            List<String> log = new ArrayList<>();
            Document right = left.copy();
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) {
                edit(right, random, log);
            }
            return new Versions(left.render(), right.render(), log);
        });
    }

    /** A statement and a second version with one edit whose kind is known by how it was made. */
    public record PlantedEdit(String left, String right, String kind, String log) {
        @Override
        public String toString() {
            return "PlantedEdit[" + kind + ": " + log + "]\n--- left ---\n" + left + "\n--- right ---\n" + right;
        }
    }

    /**
     * One edit of one sentence, of a kind chosen first: "substantive" (a word replaced by
     * another word or a word inserted), "punctuation" (a comma added or removed) or "format"
     * (straight and curly quotation marks swapped), in a sentence of at least {@value
     * #PLANTED_MIN_WORDS} words: one word of a shorter sentence changes so much of it that the
     * sentence counts as replaced. Edits that change nothing are filtered out.
     */
    static final int PLANTED_MIN_WORDS = 8;

    public static Arbitrary<PlantedEdit> plantedEdits() {
        return Arbitraries.randomValue(random -> {
            Document left = document(random);
            Document right = left.copy();
            List<String> paragraph = right.paragraphs.get(random.nextInt(right.paragraphs.size()));
            int s = random.nextInt(paragraph.size());
            String sentence = paragraph.get(s);
            List<String> words = isChinese(sentence) ? CHINESE_WORDS : ENGLISH_WORDS;
            List<String> log = new ArrayList<>();
            String kind = List.of("substantive", "punctuation", "format").get(random.nextInt(3));
            if (words(sentence).size() < PLANTED_MIN_WORDS) {
                return new PlantedEdit(left.render(), left.render(), kind, "sentence too short");
            }
            String edited = switch (kind) {
                case "substantive" -> random.nextBoolean()
                        ? replaceWord(sentence, random, pick(random, words), log)
                        : insertWord(sentence, random, pick(random, words), log);
                case "punctuation" -> punctuate(sentence, random, log);
                default -> swapQuotes(sentence, random);
            };
            paragraph.set(s, edited);
            return new PlantedEdit(left.render(), right.render(), kind, String.join("; ", log));
        }).filter(edit -> !edit.left().equals(edit.right()) && !sameWordsIgnoringCase(edit));
    }

    /** A word replaced by the same word in other case is a format change, not the substantive one planted. */
    private static boolean sameWordsIgnoringCase(PlantedEdit edit) {
        return edit.kind().equals("substantive") && edit.left().equalsIgnoreCase(edit.right());
    }

    public static Arbitrary<Versions> reformattedVersions() {
        return Arbitraries.randomValue(random -> {
            String left = document(random).render();
            List<String> log = new ArrayList<>();
            return new Versions(left, reformat(left, random, log), log);
        });
    }

    // ---- documents

    private static final class Document {
        final String title;
        final String dateline;
        final List<List<String>> paragraphs;

        Document(String title, String dateline, List<List<String>> paragraphs) {
            this.title = title;
            this.dateline = dateline;
            this.paragraphs = paragraphs;
        }

        Document copy() {
            List<List<String>> copy = new ArrayList<>();
            for (List<String> paragraph : paragraphs) {
                copy.add(new ArrayList<>(paragraph));
            }
            return new Document(title, dateline, copy);
        }

        String render() {
            StringBuilder out = new StringBuilder(title).append("\n\n").append(dateline);
            for (List<String> paragraph : paragraphs) {
                out.append("\n\n");
                boolean first = true;
                for (String sentence : paragraph) {
                    if (!first && !isChinese(sentence)) {
                        out.append(' ');
                    }
                    out.append(sentence);
                    first = false;
                }
            }
            return out.toString();
        }
    }

    private static Document document(Random random) {
        int language = random.nextInt(10); // 0-3 English, 4-6 Chinese, 7-9 mixed paragraphs
        List<List<String>> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int p = 0; p < count; p++) {
            boolean chinese = language >= 4 && (language <= 6 || random.nextBoolean());
            List<String> paragraph = new ArrayList<>();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                paragraph.add(sentence(random, chinese));
            }
            paragraphs.add(paragraph);
        }
        int header = language <= 3 ? random.nextInt(2) : language <= 6 ? 2 : random.nextInt(3);
        return new Document(TITLES[header], DATELINES[header], paragraphs);
    }

    private static String sentence(Random random, boolean chinese) {
        if (random.nextInt(10) < 7) {
            return pick(random, chinese ? CHINESE_SENTENCES : ENGLISH_SENTENCES);
        }
        int words = 3 + random.nextInt(12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = pick(random, chinese ? CHINESE_WORDS : ENGLISH_WORDS);
            if (!chinese) {
                if (i == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                } else {
                    out.append(random.nextInt(8) == 0 ? ", " : " ");
                }
            } else if (i > 0 && random.nextInt(8) == 0) {
                out.append('，');
            }
            out.append(word);
        }
        String[] ends = chinese ? new String[] {"。", "；", "！", "？"} : new String[] {".", ".", ".", "?", "!"};
        return out.append(ends[random.nextInt(ends.length)]).toString();
    }

    // ---- edits

    private static void edit(Document document, Random random, List<String> log) {
        List<List<String>> paragraphs = document.paragraphs;
        int p = random.nextInt(paragraphs.size());
        List<String> paragraph = paragraphs.get(p);
        int s = random.nextInt(paragraph.size());
        String sentence = paragraph.get(s);
        boolean chinese = isChinese(sentence);
        switch (random.nextInt(11)) {
            case 0, 1 -> paragraph.set(s, replaceWord(sentence, random, pick(random, chinese ? CHINESE_WORDS : ENGLISH_WORDS), log));
            case 2 -> paragraph.set(s, replaceWord(sentence, random, "", log));
            case 3 -> paragraph.set(s, insertWord(sentence, random, pick(random, chinese ? CHINESE_WORDS : ENGLISH_WORDS), log));
            case 4 -> paragraph.set(s, punctuate(sentence, random, log));
            case 5 -> {
                if (paragraphs.size() > 1 || paragraph.size() > 1) {
                    paragraph.remove(s);
                    log.add("delete sentence " + p + "." + s);
                }
            }
            case 6 -> {
                paragraph.add(s, sentence(random, chinese));
                log.add("insert sentence " + p + "." + s);
            }
            case 7 -> {
                paragraph.remove(s);
                List<String> target = paragraphs.get(random.nextInt(paragraphs.size()));
                int at = random.nextInt(target.size() + 1);
                target.add(at, sentence);
                log.add("move sentence " + p + "." + s + " to " + paragraphs.indexOf(target) + "." + at);
            }
            case 8 -> {
                List<String> moved = paragraphs.remove(p);
                int at = random.nextInt(paragraphs.size() + 1);
                paragraphs.add(at, moved);
                log.add("move paragraph " + p + " to " + at);
            }
            case 9 -> {
                paragraph.set(s, swapQuotes(sentence, random));
                log.add("quote style in " + p + "." + s);
            }
            default -> {
                List<String> added = new ArrayList<>();
                added.add(sentence(random, chinese));
                paragraphs.add(random.nextInt(paragraphs.size() + 1), added);
                log.add("insert paragraph");
            }
        }
        paragraphs.removeIf(List::isEmpty);
    }

    /** Replaces one word (a dictionary word in Chinese) by {@code word}, or deletes it if empty. */
    private static String replaceWord(String sentence, Random random, String word, List<String> log) {
        List<Token> words = words(sentence);
        if (words.isEmpty()) {
            return sentence;
        }
        Token token = words.get(random.nextInt(words.size()));
        String old = sentence.substring(token.start(), token.end());
        int start = token.start();
        int end = token.end();
        if (word.isEmpty() && !isChinese(sentence)) {
            if (end < sentence.length() && sentence.charAt(end) == ' ') {
                end++;
            } else if (start > 0 && sentence.charAt(start - 1) == ' ') {
                start--;
            }
        }
        log.add((word.isEmpty() ? "delete word " : "replace word ") + old + (word.isEmpty() ? "" : " -> " + word));
        return sentence.substring(0, start) + word + sentence.substring(end);
    }

    private static String insertWord(String sentence, Random random, String word, List<String> log) {
        List<Token> words = words(sentence);
        if (words.isEmpty()) {
            return sentence;
        }
        Token before = words.get(random.nextInt(words.size()));
        log.add("insert word " + word + " before " + sentence.substring(before.start(), before.end()));
        String separator = isChinese(sentence) ? "" : " ";
        return sentence.substring(0, before.start()) + word + separator + sentence.substring(before.start());
    }

    private static String punctuate(String sentence, Random random, List<String> log) {
        String comma = isChinese(sentence) ? "，" : ",";
        int at = sentence.indexOf(comma);
        if (at > 0 && random.nextBoolean()) {
            log.add("delete comma");
            return sentence.substring(0, at) + sentence.substring(at + 1);
        }
        List<Token> words = words(sentence);
        if (words.size() < 2) {
            return sentence;
        }
        Token token = words.get(random.nextInt(words.size() - 1));
        log.add("add comma after " + sentence.substring(token.start(), token.end()));
        return sentence.substring(0, token.end()) + comma + sentence.substring(token.end());
    }

    // ---- format noise

    /** The same text, written differently: what a copy, a web page or an e-mail does to a text. */
    static String reformat(String text, Random random, List<String> log) {
        String out = text;
        if (random.nextInt(10) < 6) {
            int width = 20 + random.nextInt(80);
            out = rewrap(out, width);
            log.add("rewrap at " + width);
        }
        StringBuilder spaced = new StringBuilder(out.length() + 16);
        int nbsp = 0;
        int doubled = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == ' ' && random.nextInt(20) == 0) {
                spaced.append('\u00a0');
                nbsp++;
            } else if (c == ' ' && random.nextInt(20) == 0) {
                spaced.append("  ");
                doubled++;
            } else {
                spaced.append(c);
            }
        }
        out = spaced.toString();
        log.add(nbsp + " no-break spaces, " + doubled + " doubled spaces");
        out = swapQuotes(out, random);
        if (random.nextBoolean()) {
            out = out.replace("\n", "\r\n");
            log.add("CRLF");
        }
        if (random.nextBoolean()) {
            out = out + (out.contains("\r\n") ? "\r\n" : "\n");
            log.add("final line break");
        }
        return out;
    }

    /**
     * Each paragraph hard-wrapped at {@code width} characters, breaking at spaces, and inside a
     * run of Chinese where there are none (between two characters, as an e-mail client or a
     * PDF extractor does; never inside a Latin word or a number).
     */
    private static String rewrap(String text, int width) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\n\n", -1)) {
            StringBuilder wrapped = new StringBuilder();
            int lineLength = 0;
            for (String word : breakChinese(paragraph, Math.max(8, width / 2)).split(" ", -1)) {
                if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                    wrapped.append('\n');
                    lineLength = 0;
                } else if (!wrapped.isEmpty()) {
                    wrapped.append(' ');
                    lineLength++;
                }
                wrapped.append(word);
                lineLength += word.length();
            }
            paragraphs.add(wrapped.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    /** Chinese runs longer than {@code width} cut into lines (at most {@code width} characters each). */
    private static String breakChinese(String paragraph, int width) {
        StringBuilder out = new StringBuilder(paragraph.length());
        int run = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == ' ') {
                run = 0;
            } else if (run >= width && i > 0 && cjk(paragraph.charAt(i - 1)) && cjk(c)) {
                out.append('\n');
                run = 0;
            }
            out.append(c);
            run++;
        }
        return out.toString();
    }

    private static boolean cjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef') || c == '\u201c' || c == '\u201d';
    }

    private static String swapQuotes(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean swap = random.nextInt(3) == 0;
            switch (c) {
                case '\'' -> out.append(swap ? '\u2019' : c);
                case '\u2019' -> out.append(swap ? '\'' : c);
                case '"' -> {
                    out.append(swap ? (open ? '\u201c' : '\u201d') : c);
                    open = !open;
                }
                case '\u201c', '\u201d' -> out.append(swap ? '"' : c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ---- material

    private static void collect(String text, int header, List<String> sentences, List<String> words) {
        SegmentedStatement statement = SEGMENTER.segment(org.readoutdiff.text.Statement.of("source", text));
        for (Sentence sentence : statement.sentences().subList(header, statement.size())) {
            sentences.add(sentence.text(text));
            for (Token token : sentence.tokens()) {
                if (token.kind() == TokenKind.WORD) {
                    words.add(token.text(text));
                }
            }
        }
    }

    private static List<Token> words(String sentence) {
        return SEGMENTER.segment(org.readoutdiff.text.Statement.of("s", sentence)).sentences().stream()
                .flatMap(s -> s.tokens().stream())
                .filter(Token::isWordLike)
                .toList();
    }

    private static boolean isChinese(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.UnicodeScript.of(sentence.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
