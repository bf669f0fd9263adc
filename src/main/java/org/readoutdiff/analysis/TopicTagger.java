package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Stems;
import org.readoutdiff.text.Token;

/**
 * Says which topics of a {@link TopicLexicon} each sentence addresses. English terms match
 * whole words by their stems, in order; Chinese terms match the sentence's Chinese characters
 * as one string, so that they do not depend on how the dictionary segmenter cut the words.
 * Not thread-safe (it keeps a stemmer): one per comparison.
 */
public final class TopicTagger {

    /** Compiled lexicons, shared by the comparisons that use them; a few user lexicons at most. */
    private static final Map<TopicLexicon, Index> INDEXES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int INDEXES_LIMIT = 16;

    private final TopicLexicon lexicon;
    private final Stems stems = new Stems();
    private final Map<String, List<EnglishTerm>> byFirstWord;
    /** Terms whose first word is a prefix ("cyber*"), by that prefix's first two letters. */
    private final Map<Integer, List<EnglishTerm>> byPrefix;
    private final List<ChineseTerm> chinese;
    /** By token key: {lower case, stem}, or null for a Chinese key. Keys are shared strings, so lookups are cheap. */
    private final Map<String, String[]> words = new HashMap<>();

    public TopicTagger(TopicLexicon lexicon) {
        this.lexicon = lexicon;
        Index index = INDEXES.get(lexicon);
        if (index == null) {
            index = compile(lexicon, stems);
            if (INDEXES.size() >= INDEXES_LIMIT) {
                INDEXES.clear();
            }
            INDEXES.put(lexicon, index);
        }
        this.byFirstWord = index.byFirstWord();
        this.byPrefix = index.byPrefix();
        this.chinese = index.chinese();
    }

    /** A lexicon's terms, indexed for matching: read-only once built. */
    private record Index(Map<String, List<EnglishTerm>> byFirstWord, Map<Integer, List<EnglishTerm>> byPrefix,
                         List<ChineseTerm> chinese) {
    }

    private static Index compile(TopicLexicon lexicon, Stems stems) {
        Index index = new Index(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        List<TopicLexicon.Topic> topics = lexicon.topics();
        for (int t = 0; t < topics.size(); t++) {
            for (String term : topics.get(t).terms()) {
                compile(index, t, term, stems);
            }
        }
        return index;
    }

    /**
     * The ids of the topics each sentence addresses (lexicon order), by sentence index. A
     * sentence recalling earlier years ({@link Recaps}) addresses none: the issues it names
     * were those of an earlier meeting.
     */
    public List<List<String>> tag(SegmentedStatement statement) {
        List<List<String>> result = new ArrayList<>(statement.size());
        boolean[] recaps = Recaps.of(statement);
        for (Sentence sentence : statement.sentences()) {
            if (recaps[sentence.index()]) {
                result.add(List.of());
                continue;
            }
            BitSet found = topicsOf(sentence);
            List<String> ids = new ArrayList<>(found.cardinality());
            for (int t = found.nextSetBit(0); t >= 0; t = found.nextSetBit(t + 1)) {
                ids.add(lexicon.topics().get(t).id());
            }
            result.add(List.copyOf(ids));
        }
        return result;
    }

    /** Topic coverage of two statements: for each topic found on either side, its sentences on each. */
    public static List<TopicCoverage> coverage(TopicLexicon lexicon, List<List<String>> left, List<List<String>> right) {
        List<TopicCoverage> coverage = new ArrayList<>();
        for (TopicLexicon.Topic topic : lexicon.topics()) {
            List<Integer> l = sentencesWith(topic.id(), left);
            List<Integer> r = sentencesWith(topic.id(), right);
            if (!l.isEmpty() || !r.isEmpty()) {
                coverage.add(new TopicCoverage(topic.id(), topic.label(), l, r));
            }
        }
        return coverage;
    }

    private static List<Integer> sentencesWith(String id, List<List<String>> tags) {
        List<Integer> sentences = new ArrayList<>();
        for (int s = 0; s < tags.size(); s++) {
            if (tags.get(s).contains(id)) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    private BitSet topicsOf(Sentence sentence) {
        BitSet found = new BitSet();
        List<String> lower = new ArrayList<>();
        List<String> stemmed = new ArrayList<>();
        StringBuilder han = new StringBuilder();
        for (Token token : sentence.tokens()) {
            if (!token.isWordLike()) {
                continue;
            }
            String key = token.key();
            String[] word = words.get(key);
            if (word == null) {
                word = hasHan(key) ? new String[0] : new String[] {key.toLowerCase(Locale.ROOT), stems.stem(key)};
                words.put(key, word);
            }
            if (word.length == 0) {
                han.append(key);
            } else {
                lower.add(word[0]);
                stemmed.add(word[1]);
            }
        }
        for (int at = 0; at < stemmed.size(); at++) {
            List<EnglishTerm> candidates = byFirstWord.get(stemmed.get(at));
            if (candidates != null) {
                for (EnglishTerm term : candidates) {
                    if (!found.get(term.topic()) && term.matches(lower, stemmed, at)) {
                        found.set(term.topic());
                    }
                }
            }
            String word = lower.get(at);
            List<EnglishTerm> prefixed = word.length() < 2 ? null : byPrefix.get(firstTwo(word));
            if (prefixed != null) {
                for (EnglishTerm term : prefixed) {
                    if (!found.get(term.topic()) && term.matches(lower, stemmed, at)) {
                        found.set(term.topic());
                    }
                }
            }
        }
        if (!han.isEmpty()) {
            String text = han.toString();
            for (ChineseTerm term : chinese) {
                if (!found.get(term.topic()) && text.contains(term.text())) {
                    found.set(term.topic());
                }
            }
        }
        return found;
    }

    private static void compile(Index index, int topic, String term, Stems stems) {
        if (hasHan(term)) {
            StringBuilder text = new StringBuilder();
            term.codePoints().filter(Character::isLetterOrDigit).forEach(text::appendCodePoint);
            index.chinese().add(new ChineseTerm(topic, text.toString()));
            return;
        }
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String raw : term.split("[\\s\\-\u2010-\u2015/,;:]+")) {
            String word = stripPunctuation(raw.toLowerCase(Locale.ROOT));
            if (word.isEmpty()) {
                continue;
            }
            boolean prefix = word.endsWith("*");
            word = prefix ? word.substring(0, word.length() - 1) : stems.stem(word);
            if (!word.isEmpty()) {
                words.add(word);
                prefixes.add(prefix);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        EnglishTerm compiled = new EnglishTerm(topic, words.toArray(String[]::new),
                prefixes.stream().mapToInt(p -> p ? 1 : 0).toArray());
        if (prefixes.get(0)) {
            String first = words.get(0);
            if (first.length() < 2) {
                throw new IllegalArgumentException("term '" + term + "': a prefix needs at least two letters before '*'");
            }
            index.byPrefix().computeIfAbsent(firstTwo(first), k -> new ArrayList<>()).add(compiled);
        } else {
            index.byFirstWord().computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(compiled);
        }
    }

    private static int firstTwo(String word) {
        return (word.charAt(0) << 16) | word.charAt(1);
    }

    /** Leading and trailing punctuation goes; inner dots and apostrophes stay ("u.s", "ren'ai"), and a final '*'. */
    private static String stripPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        boolean star = end > start && word.charAt(end - 1) == '*';
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end) + (star ? "*" : "");
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** Words of an English term: stems, or prefixes of the lower-case word where {@code prefix[k] == 1}. */
    private record EnglishTerm(int topic, String[] words, int[] prefix) {

        boolean matches(List<String> lower, List<String> stemmed, int at) {
            if (at + words.length > stemmed.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                boolean ok = prefix[k] == 1
                        ? lower.get(at + k).startsWith(words[k])
                        : stemmed.get(at + k).equals(words[k]);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    private record ChineseTerm(int topic, String text) {
    }
}
