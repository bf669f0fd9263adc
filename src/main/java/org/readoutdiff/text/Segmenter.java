package org.readoutdiff.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Cuts a statement into paragraphs, sentences and tokens, keeping every offset.
 *
 * <ul>
 *   <li>Paragraphs are separated by blank lines; a text without any blank line has one
 *       paragraph per line. Single line breaks inside a paragraph are only wrapping.</li>
 *   <li>Sentences come from ICU's sentence break iterator, corrected by {@link SentenceRules}
 *       ("U.S.", "Jr.", initials; {@code ；} ends a sentence). A sentence never crosses a
 *       paragraph.</li>
 *   <li>Tokens come from ICU's word break iterator, which segments Chinese with its
 *       dictionary; whitespace is not a token.</li>
 * </ul>
 * Instances are immutable and safe to share between threads.
 */
public final class Segmenter {

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(ULocale.ROOT);
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);

    private final KeyNormalizer normalizer;

    public Segmenter(KeyNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public KeyNormalizer normalizer() {
        return normalizer;
    }

    public SegmentedStatement segment(Statement statement) {
        String text = statement.text();
        // One array for every pass over the characters: String.charAt checks each index through
        // a call when the text has a character outside Latin-1, which most texts here have.
        char[] flat = text.toCharArray();
        FlatText layout = FlatText.flatten(flat);
        BreakIterator sentenceBreaks = (BreakIterator) SENTENCES.clone();
        // English readouts have a token every 5.6 to 5.8 characters: sized for one every 5, the
        // columns of a long text are not grown, which would leave a copy of each as garbage
        TokenColumns columns = new TokenColumns(text.length() / 5);
        TokenStream tokens = new TokenStream(BreakText.of(flat, layout.wraps()), new KeyTable(normalizer), columns);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (Span paragraph : layout.paragraphs()) {
            int first = sentences.size();
            List<Span> sentenceSpans = sentenceSpans(flat, paragraph, sentenceBreaks);
            int firstToken = columns.size();
            tokens.until(paragraph.end());
            addSentences(sentenceSpans, columns, firstToken, columns.size(), paragraphs.size(), sentences);
            paragraphs.add(new Paragraph(paragraphs.size(), paragraph.start(), paragraph.end(), first,
                    sentences.size() - first));
        }
        return new SegmentedStatement(statement, Languages.guess(text), paragraphs, sentences);
    }

    /** Short enough for the quick JIT to inline in each loop over a text's characters (35 bytes). */
    static boolean isSpace(char c) {
        return c == ' ' || (c < ' ' || c >= 0x7F) && isSpaceOutsidePrintableAscii(c);
    }

    /**
     * {@code isWhitespace(c) || isSpaceChar(c) || c == '\u0085'} with one Unicode lookup where
     * that took two: outside ASCII every white-space character is a space character, and below
     * the space no character is one (SegmenterTest checks every char). Non-ASCII letters and
     * punctuation (curly quotes, dashes) come here in every pass over a text.
     */
    private static boolean isSpaceOutsidePrintableAscii(char c) {
        return c < ' ' ? Character.isWhitespace(c) : c == '\u0085' || Character.isSpaceChar(c);
    }

    /** {@code [start, end)} of {@code text} without the white space at either end. */
    static Span trim(char[] text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && isSpace(text[from])) {
            from++;
        }
        while (to > from && isSpace(text[to - 1])) {
            to--;
        }
        return new Span(from, to);
    }

    /** The sentences of one paragraph of the flattened text, in offsets of the whole text. */
    private static List<Span> sentenceSpans(char[] flat, Span paragraph, BreakIterator breaks) {
        IntUnaryOperator following; // the next sentence boundary after one, BreakIterator.DONE after the last
        boolean plain = AsciiSentenceBreaks.applies(flat, paragraph.start(), paragraph.end());
        if (plain) {
            following = after -> AsciiSentenceBreaks.following(flat, paragraph.start(), paragraph.end(), after);
        } else {
            breaks.setText(new CharArrayIterator(flat, paragraph.start(), paragraph.end()));
            following = after -> breaks.next();
        }
        List<Span> spans = new ArrayList<>();
        int start = paragraph.start();
        int boundary = following.applyAsInt(start);
        while (boundary != BreakIterator.DONE) {
            boolean last = boundary >= paragraph.end();
            if (last || !SentenceRules.endsInAbbreviation(flat, start, boundary)) {
                int cut = boundary;
                // ICU counts an opening quote after "。" as closing the sentence; it opens the next
                while (!last && cut > start + 1 && SentenceRules.isOpening(flat[cut - 1])) {
                    cut--;
                }
                addPieces(flat, start, cut, plain, spans);
                start = cut;
            }
            boundary = following.applyAsInt(boundary);
        }
        if (start < paragraph.end()) {
            addPieces(flat, start, paragraph.end(), plain, spans);
        }
        return spans;
    }

    /** One sentence, or several if it holds an extra terminator, which plain ASCII and curly quotes cannot. */
    private static void addPieces(char[] flat, int start, int end, boolean plain, List<Span> spans) {
        if (plain) {
            addTrimmed(flat, start, end, spans);
        } else {
            splitAtExtraTerminators(flat, start, end, spans);
        }
    }

    private static void splitAtExtraTerminators(char[] flat, int start, int end, List<Span> spans) {
        int pieceStart = start;
        for (int i = start; i < end; i++) {
            if (SentenceRules.isExtraTerminator(flat[i])) {
                int cut = i + 1;
                while (cut < end && SentenceRules.isClosing(flat[cut])) {
                    cut++;
                }
                addTrimmed(flat, pieceStart, cut, spans);
                pieceStart = cut;
                i = cut - 1;
            }
        }
        addTrimmed(flat, pieceStart, end, spans);
    }

    private static void addTrimmed(char[] flat, int start, int end, List<Span> spans) {
        Span trimmed = trim(flat, start, end);
        if (!trimmed.isEmpty()) {
            spans.add(trimmed);
        }
    }

    /** The word segments of the whole text, added to the columns paragraph by paragraph. */
    private static final class TokenStream {

        private final BreakText broken;
        private final char[] flat;
        private final KeyTable keys;
        private final TokenColumns columns;
        private final WordSegments segments;
        private boolean more;

        TokenStream(BreakText broken, KeyTable keys, TokenColumns columns) {
            this.broken = broken;
            this.flat = broken.chars();
            this.keys = keys;
            this.columns = columns;
            segments = new WordSegments(flat, (BreakIterator) WORDS.clone());
            more = segments.advance();
        }

        /** Adds the tokens that start before {@code limit} and have not been added yet. */
        void until(int limit) {
            for (; more && broken.original(segments.start()) < limit; more = segments.advance()) {
                int tokenStart = segments.start();
                int end = segments.end();
                while (tokenStart < end && flat[tokenStart] == ' ') {
                    tokenStart++; // whitespace is never a token...
                }
                if (tokenStart == end) {
                    continue;
                }
                // ...but ICU attaches a stray combining mark to the space before it, and that mark
                // is still text: it becomes a token of its own rather than vanish from the diff
                int from = broken.original(tokenStart);
                int to = broken.originalEnd(end);
                // the key of the characters the word breaker read: the original's, less a
                // wrapping line break, with white space flattened and a zero-width space made a
                // word joiner, all of which a key leaves out
                String key = keys.key(flat, tokenStart, end);
                if (!key.isEmpty()) { // empty: only invisible characters (zero-width space, soft hyphen)
                    columns.add(from, to, key, segments.kind());
                }
            }
        }
    }

    /**
     * Hands each token of {@code [firstToken, endToken)} to the sentence it starts in. A sentence
     * boundary never cuts a token: should a token run past its sentence's end, the sentence is
     * extended to cover it.
     */
    private static void addSentences(List<Span> spans, TokenColumns tokens, int firstToken, int endToken,
                                     int paragraph, List<Sentence> out) {
        int next = firstToken;
        int minStart = 0;
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            int start = Math.max(span.start(), minStart);
            int end = span.end();
            int first = next;
            boolean lastSentence = s == spans.size() - 1;
            while (next < endToken && (lastSentence || tokens.start(next) < end)) {
                end = Math.max(end, tokens.end(next));
                next++;
            }
            if (next == first) {
                continue; // nothing but characters that are not tokens
            }
            start = Math.min(start, tokens.start(first));
            out.add(Sentence.ofTokens(out.size(), start, end, paragraph, tokens, first, next));
            minStart = end;
        }
    }
}
