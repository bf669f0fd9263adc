package org.readoutdiff.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;

/**
 * Where a changed wording of the two-readout formulation table ends, so that it does not stop
 * on a word that leans on the next one: "manage differences in" reads as "manage differences in
 * the South China Sea", "the guiding principles for" as "… for China-U.S. relations", "the one"
 * as "the one-China principle". The series table has a like rule on its own units ({@link
 * FormulationTracker}); this one reads a sentence's tokens.
 *
 * <ul>
 *   <li>A wording that ends inside a hyphenated word ("one-China") ends after it.</li>
 *   <li>A wording that ends on a word that leans forward (an article, a preposition, a
 *       conjunction, a determiner: {@link #LEANS_FORWARD}) runs on over at most
 *       {@value #LEANING_RUN} more of them to the next word, widened to a whole name or
 *       hyphenated word, and on to its clause's end when that is at most {@value #CLAUSE_RUN}
 *       words further; where it cannot, it ends before its leaning words. Verbs, modals and
 *       negations are never dropped: "should", "not" carry a demand and a stance. A preposition
 *       at its clause's end leans on nothing ("to get along.").</li>
 *   <li>It runs on over unchanged words only: never to {@code limit}, where the next change of
 *       the pair starts, nor past a comma or another clause mark. A wording of leaning words
 *       only stays as it is.</li>
 * </ul>
 * A closed list of English words, written here: no part-of-speech tagger is served to this build.
 */
final class WordingEnds {

    static final int LEANING_RUN = 2;
    static final int CLAUSE_RUN = 3;
    /** Words that lean on the words after them: a wording that ends on one reads cut off. */
    static final Set<String> LEANS_FORWARD = Set.of("a", "an", "the", "about", "above", "after", "against", "along",
            "among", "and", "any", "as", "at", "because", "before", "below", "between", "both", "but", "by", "during",
            "each", "every", "for", "from", "her", "his", "if", "in", "into", "its", "my", "of", "on", "onto", "or",
            "other", "our", "over", "since", "some", "such", "than", "that", "their", "these", "this", "those",
            "through", "to", "toward", "towards", "under", "until", "upon", "when", "where", "whether", "which",
            "while", "who", "whom", "whose", "with", "within", "without", "your");

    /** The prepositions among them: at a clause's end one leans on nothing ("to get along.", "as set out above."). */
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "after", "against", "along", "among", "as", "at",
            "before", "below", "between", "by", "during", "for", "from", "in", "into", "of", "on", "onto", "over",
            "since", "through", "to", "toward", "towards", "under", "until", "upon", "with", "within", "without");

    private WordingEnds() {
    }

    /**
     * @param limit the offset where the next change on this side starts (the wording stops before it)
     */
    static Span endOnContentWord(SegmentedStatement statement, Span span, int limit) {
        if (span.isEmpty()) {
            return span;
        }
        int index = FormulationChanges.sentenceAt(statement, span.end() - 1);
        if (index < 0) {
            return span;
        }
        Sentence sentence = statement.sentence(index);
        List<Token> tokens = sentence.tokens();
        String text = statement.text();
        int end = Math.min(limit, sentence.end());
        int last = lastWord(tokens, span);
        if (last < 0) {
            return span;
        }
        int whole = compoundEnd(tokens, text, last, end);
        if (whole > last) {
            return new Span(span.start(), tokens.get(whole).end());
        }
        if (!leansForward(tokens.get(last)) || prepositionEndsClause(tokens, last, text) || !hasContentWord(tokens, span)) {
            return span;
        }
        int leaning = 0;
        for (int k = last + 1; k < tokens.size() && tokens.get(k).end() <= end; k++) {
            Token token = tokens.get(k);
            if (!token.isWordLike()) {
                if (isClauseMark(tokens, k, text)) {
                    break;
                }
                continue;
            }
            if (!leansForward(token)) {
                Span word = new Span(span.start(), tokens.get(compoundEnd(tokens, text, k, end)).end());
                Span named = FormulationChanges.widen(statement, word);
                if (named.end() > end) {
                    return word;
                }
                Span headed = withHead(tokens, text, named, end);
                return headed != named ? headed
                        : FormulationChanges.widen(statement, toClauseEnd(tokens, text, named, end));
            }
            if (++leaning > LEANING_RUN) {
                break;
            }
        }
        for (int k = last - 1; k >= 0 && tokens.get(k).start() >= span.start(); k--) {
            if (tokens.get(k).isWordLike() && !leansForward(tokens.get(k))) {
                return new Span(span.start(), tokens.get(k).end());
            }
        }
        return span;
    }

    /**
     * An abbreviation or hyphenated word that ends the span ("China-U.S.", "one-China") with the noun it
     * qualifies right after it ("relations", "principle"): a lowercase word that is not a function
     * word, with only a space between. Else the span itself.
     */
    private static Span withHead(List<Token> tokens, String text, Span span, int end) {
        int k = firstStartingFrom(tokens, span.end());
        int last = k - 1;
        if (last < 0 || k >= tokens.size() || tokens.get(k).end() > end || !tokens.get(k).isWordLike()) {
            return span;
        }
        Token modifier = tokens.get(last);
        // an abbreviation ("U.S.") or a hyphenated word ("China-U.S.", "one-China"); a name alone
        // ("President Xi") is as often the subject of the verb after it
        boolean nameOrCompound = !modifier.isWordLike() && text.charAt(modifier.start()) == '.'
                || last >= 2 && FormulationChanges.isJoiningHyphen(tokens, last - 1, text);
        Token head = tokens.get(k);
        boolean spaced = head.start() == modifier.end() + 1 && text.charAt(modifier.end()) == ' ';
        boolean lowercaseContent = Character.isLowerCase(text.charAt(head.start())) && !Stopwords.contains(head.key());
        return nameOrCompound && spaced && lowercaseContent ? new Span(span.start(), head.end()) : span;
    }

    /** Whether the span holds a word other than a function word: a wording of "If" or "Their" frames, it says nothing. */
    private static boolean hasContentWord(List<Token> tokens, Span span) {
        for (int k = firstStartingFrom(tokens, span.start()); k < tokens.size() && tokens.get(k).end() <= span.end(); k++) {
            if (tokens.get(k).isWordLike() && !Stopwords.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the hyphenated word that token {@code k} is part of ("one-China"), up to {@code end}. */
    private static int compoundEnd(List<Token> tokens, String text, int k, int end) {
        while (k + 2 < tokens.size() && tokens.get(k + 2).end() <= end && tokens.get(k + 2).isWordLike()
                && FormulationChanges.isJoiningHyphen(tokens, k + 1, text)) {
            k += 2;
        }
        return k;
    }

    /** The span run on to its clause's end when that is at most {@value #CLAUSE_RUN} words further and before {@code end}. */
    private static Span toClauseEnd(List<Token> tokens, String text, Span span, int end) {
        int words = 0;
        int reach = span.end();
        for (int k = firstStartingFrom(tokens, span.end()); k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (!token.isWordLike()) {
                // a comma at the next change's start still ends the clause: only words must be unchanged
                if (isClauseMark(tokens, k, text)) {
                    return new Span(span.start(), reach);
                }
                continue;
            }
            if (token.end() > end || ++words > CLAUSE_RUN) {
                return span;
            }
            reach = token.end();
        }
        return words > 0 ? new Span(span.start(), reach) : span;
    }

    /** The last word-like token inside the span, or -1. */
    private static int lastWord(List<Token> tokens, Span span) {
        for (int k = firstStartingFrom(tokens, span.end()) - 1; k >= 0 && tokens.get(k).start() >= span.start(); k--) {
            if (tokens.get(k).isWordLike()) {
                return tokens.get(k).end() <= span.end() ? k : -1;
            }
        }
        return -1;
    }

    /** The index of the first token starting at or after {@code offset} (tokens are in text order). */
    private static int firstStartingFrom(List<Token> tokens, int offset) {
        int k = FormulationChanges.firstEndingAfter(tokens, offset);
        return k < tokens.size() && tokens.get(k).start() < offset ? k + 1 : k;
    }

    private static boolean leansForward(Token token) {
        return token.isWordLike() && LEANS_FORWARD.contains(token.key().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code k} is a comma, a stop or the like; not an abbreviation's own full stop ("U.S."). */
    private static boolean isClauseMark(List<Token> tokens, int k, String text) {
        Token token = tokens.get(k);
        if (k > 0 && FormulationChanges.isAbbreviationStop(tokens.get(k - 1), token, text)) {
            return k + 1 == tokens.size(); // a sentence that ends on "U.S." ends there
        }
        for (int i = token.start(); i < token.end(); i++) {
            if (PhraseUnits.isClausePunctuation(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a preposition with nothing but a clause mark, or the sentence's end, after it ("get along."). */
    private static boolean prepositionEndsClause(List<Token> tokens, int k, String text) {
        return PREPOSITIONS.contains(tokens.get(k).key().toLowerCase(Locale.ROOT))
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).isWordLike() && isClauseMark(tokens, k + 1, text));
    }
}
