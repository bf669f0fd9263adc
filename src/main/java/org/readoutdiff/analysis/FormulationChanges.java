package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.DisjointSpans;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Stems;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;

/**
 * The formulations that differ between two readouts, ranked so that the first ones are those a
 * China watcher would cite.
 *
 * <ol>
 *   <li>Rows: every substantive change inside an aligned pair (its two wordings), every
 *       one-sided sentence (an item added or dropped whole), and every shared formulation set in
 *       other words in two sentences that are not paired (the clause around it on each side).</li>
 *   <li>Whole phrases: a wording is widened to whole names (a run of capitalised words such as
 *       "Lai Ching-te" or "Nansha Qundao" is never cut) and to a short quotation it starts or ends
 *       in ("Taiwan independence").</li>
 *   <li>Merged: changes of one pair a word or two apart, or overlapping once widened, are one row.</li>
 *   <li>Ranked by weight: a changed verb of position ({@link PositionVerbs}: support, oppose,
 *       firmly oppose) first, then a named item added or dropped, a demand (should, must, urge),
 *       a number that changed; the weight shrinks as a wording grows past a phrase ({@value
 *       #PHRASE_WORDS} words), so a sentence rewritten whole ranks below a verb that changed.</li>
 *   <li>Different formulations first: a row that shows a wording again (set against another
 *       sentence of the other side) comes after every row that shows a new one, and a row with a
 *       title or dateline comes last.</li>
 * </ol>
 */
public final class FormulationChanges {

    static final double POSITION = 5;
    static final double NAMED = 3;
    static final double DEMAND = 2;
    static final double NUMBER = 2;
    static final double ONE_SIDED = 1;
    static final double CHANGE = 1;
    /**
     * Titles and datelines differ between any two readouts: a row with one on either side counts
     * for this share (a dateline linked to the other side's first sentence is no formulation),
     * and comes after every row of the body, whatever its weight ({@link #distinctFirst}).
     */
    static final double HEADING_FACTOR = 0.25;
    /** The reason a row gives when a title or dateline is on either side of it. */
    static final String HEADING = "title or dateline";
    /** A number the other statement uses this many times or more is part of its common wording. */
    static final int COMMON_NUMBER = 3;
    /** Changes of one pair at most this many words apart are one formulation. */
    static final int MERGE_GAP_WORDS = 2;
    /** The reason a row gives when one of its wordings only says who speaks. */
    static final String FRAME = "who speaks";
    /** The reason a row gives when it sets a shared formulation's two frames side by side. */
    static final String SHARED_ELSEWHERE = "shared formulation, other words";
    /** A quotation is taken in whole when it is at most this many characters long. */
    static final int MAX_QUOTE = 80;
    /** Quotation marks are paired from at most this many characters before a wording. */
    static final int QUOTE_SCAN = 4000;
    /** Wordings longer than this many words are sentences rewritten rather than one formulation changed. */
    static final int PHRASE_WORDS = 12;
    /**
     * A wording longer than this many characters (several long sentences) is weighed by its
     * length alone: what its stances, names and demands add shrinks to nothing past a phrase, and
     * reading them in each row of a text with one sentence of megabytes would take minutes.
     */
    static final int MAX_WEIGHED_CHARS = 3000;
    /**
     * At most this many rows of changed stances come from two sentences: a readout's sentence
     * takes a few stances, and a text made of stances must not give one row per pair of them.
     */
    static final int MAX_STANCE_ROWS = 4;
    /** At most this many stances of one sentence are set against the other side's (a readout's sentence has a few). */
    static final int MAX_SENTENCE_STANCES = 16;

    private static final Pattern DEMAND_WORDS = Pattern.compile(
            "\\b(should|must|needs? to|urged?|calls? on|called on|demand(?:s|ed)?|asks?|asked)\\b|应当|应该|必须|敦促|要求");

    private final PositionVerbs positions;
    private final Map<SegmentedStatement, Vocabulary> vocabularies = new IdentityHashMap<>();
    private final Stems stems = new Stems();

    public FormulationChanges(PositionVerbs positions) {
        this.positions = positions;
    }

    /**
     * @param pairs       the aligned pairs
     * @param changes     for each pair, its changes (same order as {@code pairs})
     * @param leftOnly    left sentences with no counterpart
     * @param rightOnly   right sentences with no counterpart
     * @param leftTopics  topic ids by left sentence index, or null
     * @param rightTopics topic ids by right sentence index, or null
     * @param leftFrames  the left sentences' relayed reporting frames, which wordings leave out
     * @param rightFrames the same on the right
     * @param shared      the formulations both statements use word for word
     */
    public List<FormulationChange> find(SegmentedStatement left, SegmentedStatement right, List<AlignedPair> pairs,
                                        List<List<Change>> changes, List<Integer> leftOnly, List<Integer> rightOnly,
                                        List<List<String>> leftTopics, List<List<String>> rightTopics,
                                        ReportingFrames leftFrames, ReportingFrames rightFrames,
                                        List<SharedPhrase> shared) {
        List<FormulationChange> rows = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            for (Wording wording : merged(left, right, changes.get(p), leftFrames, rightFrames)) {
                FormulationChange row = row(left, right, wording, leftTopics, rightTopics);
                boolean framing = whoSpeaks(left, row.leftSentence(), wording.left, leftFrames)
                        || whoSpeaks(right, row.rightSentence(), wording.right, rightFrames);
                // weighed as a title's: it comes last (distinctFirst)
                rows.add(framing ? withReason(row, FRAME, HEADING_FACTOR) : row);
            }
        }
        for (Wording wording : reframed(left, right, pairs, shared, leftFrames, rightFrames)) {
            rows.add(withReason(row(left, right, wording, leftTopics, rightTopics), SHARED_ELSEWHERE, 1));
        }
        Map<Integer, List<FormulationChange>> byLeftSentence = new HashMap<>();
        for (FormulationChange row : rows) {
            byLeftSentence.computeIfAbsent(row.leftSentence(), k -> new ArrayList<>()).add(row);
        }
        for (Wording wording : stanceShifts(left, right, pairs)) {
            FormulationChange row = row(left, right, wording, leftTopics, rightTopics);
            if (byLeftSentence.getOrDefault(row.leftSentence(), List.of()).stream().noneMatch(other -> holds(other, row))) {
                rows.add(row);
            }
        }
        for (int i : leftOnly) {
            rows.add(oneSided(left, i, true, leftTopics, right));
        }
        for (int j : rightOnly) {
            rows.add(oneSided(right, j, false, rightTopics, left));
        }
        rows.sort(Comparator.comparingDouble(FormulationChange::weight).reversed()
                .thenComparingInt(r -> r.leftSentence() < 0 ? Integer.MAX_VALUE : r.leftSentence())
                .thenComparingInt(FormulationChange::rightSentence));
        return distinctFirst(rows);
    }

    /**
     * Whether a wording says only who speaks and how ("President Xi Jinping stressed that", as
     * the sentence's attribution finds it) or holds function words alone ("If", "Their"): set
     * against the other side's words, it is a difference of framing, not of formulation.
     */
    private static boolean whoSpeaks(SegmentedStatement statement, int sentence, Span wording, ReportingFrames frames) {
        if (sentence < 0 || wording.isEmpty()) {
            return false;
        }
        if (frames.onlyFrame(statement, sentence, wording)) {
            return true;
        }
        for (Token token : statement.sentence(sentence).tokens()) {
            if (token.isWordLike() && token.start() < wording.end() && token.end() > wording.start()
                    && !Stopwords.contains(token.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code wide} already shows {@code narrow}: its wordings hold both of the narrow
     * row's, and it weighs as much, so it ranks no lower.
     */
    private static boolean holds(FormulationChange wide, FormulationChange narrow) {
        return wide.left() != null && wide.right() != null && wide.weight() >= narrow.weight()
                && wide.left().contains(narrow.left()) && wide.right().contains(narrow.right());
    }

    /** The row with one more reason, and its weight times {@code factor}. */
    private static FormulationChange withReason(FormulationChange row, String reason, double factor) {
        List<String> reasons = new ArrayList<>(row.reasons());
        reasons.add(reason);
        return new FormulationChange(row.kind(), row.leftSentence(), row.left(), row.rightSentence(), row.right(),
                row.topic(), round(row.weight() * factor), reasons);
    }

    /**
     * The rows, ranked by weight, in three tiers: first each row whose wordings no row above it
     * has shown (nor words overlapping them), then the rows that show a wording again against
     * another sentence ("… irreconcilable as water and fire" set against three sentences of the
     * other side), then those with a title or dateline on either side or a wording that only
     * says who speaks. So the first rows are as
     * many different formulations as there are.
     */
    private static List<FormulationChange> distinctFirst(List<FormulationChange> ranked) {
        List<FormulationChange> distinct = new ArrayList<>();
        List<FormulationChange> repeated = new ArrayList<>();
        List<FormulationChange> headings = new ArrayList<>();
        // the distinct rows' spans never overlap on either side, so each side's are a disjoint set
        DisjointSpans shownLeft = new DisjointSpans();
        DisjointSpans shownRight = new DisjointSpans();
        for (FormulationChange row : ranked) {
            if (row.reasons().contains(HEADING) || row.reasons().contains(FRAME)) {
                headings.add(row);
            } else if (shownLeft.overlapsAny(row.left()) || shownRight.overlapsAny(row.right())) {
                repeated.add(row);
            } else {
                distinct.add(row);
                shownLeft.add(row.left());
                shownRight.add(row.right());
            }
        }
        distinct.addAll(repeated);
        distinct.addAll(headings);
        return distinct;
    }

    /**
     * A formulation both statements use word for word, in two sentences that are neither paired
     * nor linked, with other words around it: the clause around it on each side ("a new Cold War
     * should not be fought and cannot be won" against "the United States does not seek a new
     * Cold War"). The same stock phrase set in another frame is a change of formulation that no
     * aligned pair shows.
     */
    private static List<Wording> reframed(SegmentedStatement left, SegmentedStatement right, List<AlignedPair> pairs,
                                          List<SharedPhrase> shared, ReportingFrames leftFrames,
                                          ReportingFrames rightFrames) {
        Set<Long> together = new HashSet<>();
        for (AlignedPair pair : pairs) {
            for (int i : pair.left()) {
                for (int j : pair.right()) {
                    together.add(((long) i << 32) | j);
                }
            }
        }
        List<Wording> wordings = new ArrayList<>();
        for (SharedPhrase phrase : shared) {
            for (Span l : phrase.left()) {
                for (Span r : phrase.right()) {
                    int i = sentenceAt(left, l.start());
                    int j = sentenceAt(right, r.start());
                    if (i < 0 || j < 0 || together.contains(((long) i << 32) | j)
                            || Headings.isHeading(left, i) || Headings.isHeading(right, j)) {
                        continue;
                    }
                    Span leftClause = shown(left, clauseAround(left, i, l), leftFrames);
                    Span rightClause = shown(right, clauseAround(right, j, r), rightFrames);
                    if (!lower(leftClause.of(left.text())).equals(lower(rightClause.of(right.text())))) {
                        wordings.add(new Wording(leftClause, rightClause));
                    }
                }
            }
        }
        return wordings;
    }

    /**
     * A verb of position that changed on one object, in two sentences paired or linked:
     * "unequivocally opposes "Taiwan independence,"" against "not supporting "Taiwan
     * independence"". Where the two sentences were rewritten around it, their diff shows it
     * inside a whole clause, which ranks as a sentence rewritten; this row shows the two verbs
     * and their object alone, and ranks first.
     * At most {@link #MAX_STANCE_ROWS} of them come from one pair of sentences.
     */
    List<Wording> stanceShifts(SegmentedStatement left, SegmentedStatement right, List<AlignedPair> pairs) {
        Set<Wording> wordings = new LinkedHashSet<>();
        Map<Integer, List<PlacedStance>> leftStances = new HashMap<>();
        Map<Integer, Map<String, List<PlacedStance>>> rightStances = new HashMap<>();
        for (AlignedPair pair : pairs) {
            for (int i : pair.left()) {
                for (int j : pair.right()) {
                    if (Headings.isHeading(left, i) || Headings.isHeading(right, j)
                            || left.sentence(i).sameKey(right.sentence(j))) {
                        continue; // the same words take the same stances
                    }
                    Map<String, List<PlacedStance>> rightByHead = rightStances.computeIfAbsent(j,
                            k -> byHead(placedStances(right, k)));
                    int added = 0;
                    for (PlacedStance a : leftStances.computeIfAbsent(i, k -> placedStances(left, k))) {
                        for (PlacedStance b : rightByHead.getOrDefault(a.object.head(), List.of())) {
                            if (!a.meaning.equals(b.meaning) && added < MAX_STANCE_ROWS) {
                                wordings.add(new Wording(a.wording, b.wording));
                                added++;
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(wordings);
    }

    private static Map<String, List<PlacedStance>> byHead(List<PlacedStance> stances) {
        Map<String, List<PlacedStance>> byHead = new HashMap<>();
        for (PlacedStance stance : stances) {
            byHead.computeIfAbsent(stance.object.head(), k -> new ArrayList<>()).add(stance);
        }
        return byHead;
    }

    /** A stance of one sentence with its object, what it means, and its wording in the statement's text. */
    private record PlacedStance(String meaning, StanceObject object, Span wording) {
    }

    private List<PlacedStance> placedStances(SegmentedStatement statement, int index) {
        Sentence sentence = statement.sentence(index);
        String text = sentence.text(statement.text());
        List<PlacedStance> placed = new ArrayList<>();
        List<PositionVerbs.Stance> stances = positions.stances(text);
        // a readout's sentence takes a few stances: one made of stances gets its first few set against the other side
        for (int k = 0; k < Math.min(stances.size(), MAX_SENTENCE_STANCES); k++) {
            PositionVerbs.Stance stance = stances.get(k);
            StanceObject object = StanceObject.after(text, stance.end(), nextStart(stances, k, text), stems);
            if (object != null) {
                Span wording = new Span(sentence.start() + stance.start(), sentence.start() + object.end());
                placed.add(new PlacedStance(stance.meaning(stems), object,
                        withoutEdgeSeparators(statement.text(), widenToNamesAndQuotations(statement, wording))));
            }
        }
        return placed;
    }

    /**
     * The clause of sentence {@code index} that holds {@code phrase}: from the comma, semicolon,
     * colon or dash before it (or the sentence's start) to the one after it (or the sentence's
     * end). A comma between digits ("1,000") does not end a clause.
     */
    static Span clauseAround(SegmentedStatement statement, int index, Span phrase) {
        String text = statement.text();
        Sentence sentence = statement.sentence(index);
        int start = phrase.start();
        while (start > sentence.start() && !endsClause(text, start - 1)) {
            start--;
        }
        int end = phrase.end();
        while (end < sentence.end() && !endsClause(text, end)) {
            end++;
        }
        Span clause = new Span(start, end).trimmed(text, c -> Character.isWhitespace(c) || ".。!?！？".indexOf(c) >= 0);
        return clause.isEmpty() ? phrase : clause;
    }

    private static boolean endsClause(String text, int at) {
        char c = text.charAt(at);
        if (c == ',') {
            return !(at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
                    && Character.isDigit(text.charAt(at + 1)));
        }
        return c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '\uFF0C' || c == '\uFF1B' || c == '\uFF1A'
                || c == '\u3001';
    }

    /**
     * The pair's substantive changes, widened to whole phrases and merged where close, each
     * ending on a word that does not lean on the next ({@link WordingEnds}).
     */
    private static List<Wording> merged(SegmentedStatement left, SegmentedStatement right, List<Change> changes,
                                        ReportingFrames leftFrames, ReportingFrames rightFrames) {
        List<Wording> wordings = new ArrayList<>();
        for (Change change : changes) {
            if (change.kind() != ChangeKind.SUBSTANTIVE) {
                continue;
            }
            Wording next = new Wording(shown(left, change.left(), leftFrames), shown(right, change.right(), rightFrames));
            Wording last = wordings.isEmpty() ? null : wordings.get(wordings.size() - 1);
            if (last != null && close(left, last.left, next.left) && close(right, last.right, next.right)) {
                wordings.set(wordings.size() - 1, new Wording(last.left.union(next.left), last.right.union(next.right)));
            } else {
                wordings.add(next);
            }
        }
        // a wording runs on over unchanged words only: it ends before the next one starts on its side
        Wording[] ended = new Wording[wordings.size()];
        int leftLimit = Integer.MAX_VALUE;
        int rightLimit = Integer.MAX_VALUE;
        for (int w = wordings.size() - 1; w >= 0; w--) {
            Wording wording = wordings.get(w);
            ended[w] = new Wording(endOnWord(left, wording.left, leftLimit, leftFrames),
                    endOnWord(right, wording.right, rightLimit, rightFrames));
            leftLimit = wording.left.isEmpty() ? leftLimit : wording.left.start();
            rightLimit = wording.right.isEmpty() ? rightLimit : wording.right.start();
        }
        return List.of(ended);
    }

    /** The wording run on to a word that does not lean on the next, unless it says only who speaks. */
    private static Span endOnWord(SegmentedStatement statement, Span wording, int limit, ReportingFrames frames) {
        if (wording.isEmpty() || whoSpeaks(statement, sentenceAt(statement, wording.start()), wording, frames)) {
            return wording;
        }
        return WordingEnds.endOnContentWord(statement, wording, limit);
    }

    /** A changed span as the table shows it: over whole names and quotations, less a reporting frame and edge commas. */
    private static Span shown(SegmentedStatement statement, Span changed, ReportingFrames frames) {
        Span widened = widen(statement, changed);
        if (!widened.isEmpty()) {
            widened = frames.cut(statement.text(), sentenceAt(statement, widened.start()), widened);
        }
        return withoutEdgeSeparators(statement.text(), widened);
    }

    /**
     * The span less the commas, semicolons and colons (and spaces) at its ends: a wording read in
     * the table starts and ends with words (", upholding the United Nations Charter" reads as
     * "upholding the United Nations Charter"). A span of nothing else stays as it is.
     */
    static Span withoutEdgeSeparators(String text, Span span) {
        Span trimmed = span.trimmed(text, c -> isSeparator((char) c));
        if (trimmed.isEmpty()) {
            return span;
        }
        if (endsOnStrayClosingQuote(text, trimmed)) {
            // "on several major issues,"" reads as "on several major issues": the quotation's
            // closing mark, whose opening mark is not in the wording, is no part of it
            Span unquoted = new Span(trimmed.start(), trimmed.end() - 1).trimmed(text, c -> isSeparator((char) c));
            return unquoted.isEmpty() ? trimmed : unquoted;
        }
        return trimmed;
    }

    /** Whether the span ends on a closing quotation mark that no mark inside it opens. */
    private static boolean endsOnStrayClosingQuote(String text, Span span) {
        char last = text.charAt(span.end() - 1);
        if (last != '"' && last != '”') {
            return false;
        }
        int straight = 0;
        int opening = 0;
        int closing = 0;
        for (int k = span.start(); k < span.end(); k++) {
            char c = text.charAt(k);
            straight += c == '"' ? 1 : 0;
            opening += c == '“' ? 1 : 0;
            closing += c == '”' ? 1 : 0;
        }
        return last == '"' ? straight % 2 == 1 : closing > opening;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == ':' || c == '\uFF0C' || c == '\u3001' || c == '\uFF1B' || c == '\uFF1A'
                || Character.isWhitespace(c);
    }

    /** Whether two spans of one sentence are at most {@link #MERGE_GAP_WORDS} words apart (or overlap). */
    private static boolean close(SegmentedStatement statement, Span a, Span b) {
        if (b.start() <= a.end()) {
            return true;
        }
        int sentence = sentenceAt(statement, a.start());
        if (sentence < 0 || sentence != sentenceAt(statement, Math.max(b.start(), b.end() - 1))) {
            return false;
        }
        int words = 0;
        for (Token token : statement.sentence(sentence).tokens()) {
            if (token.isWordLike() && token.start() >= a.end() && token.end() <= b.start()) {
                words++;
            }
        }
        return words <= MERGE_GAP_WORDS;
    }

    /**
     * The span widened so that it cuts no name (a run of capitalised words) and no short
     * quotation; an empty span stays empty.
     */
    static Span widen(SegmentedStatement statement, Span span) {
        return widen(statement, span, true);
    }

    /**
     * The span widened so that it cuts no name (a run of capitalised words, "U.S. President Joe
     * Biden") and crosses no quotation mark of a short quotation ("Taiwan independence," stop
     * arming Taiwan → "Taiwan independence," stop arming Taiwan with its opening mark); a span
     * inside a quotation stays inside it.
     */
    static Span widenToNamesAndQuotations(SegmentedStatement statement, Span span) {
        return widen(statement, span, false);
    }

    private static Span widen(SegmentedStatement statement, Span span, boolean wholeQuotationAround) {
        Span named = overNames(statement, span);
        return named == null ? span
                : quoted(statement.sentence(sentenceAt(statement, span.start())), statement.text(), named,
                        wholeQuotationAround);
    }

    /** The span over whole names, or null when it is empty or holds no token of a sentence. */
    private static Span overNames(SegmentedStatement statement, Span span) {
        int sentenceIndex = span.isEmpty() ? -1 : sentenceAt(statement, span.start());
        if (sentenceIndex < 0) {
            return null;
        }
        String text = statement.text();
        List<Token> tokens = statement.sentence(sentenceIndex).tokens();
        int first = firstEndingAfter(tokens, span.start());
        int last = firstEndingAfter(tokens, span.end());
        last = last < tokens.size() && tokens.get(last).start() < span.end() ? last : last - 1;
        if (first >= tokens.size() || last < first) {
            return null;
        }
        // a name has a few words: a sentence of capitalised words is not widened to its ends
        int lowest = Math.max(0, first - NAME_WORDS);
        int highest = Math.min(tokens.size() - 1, last + NAME_WORDS);
        while (first > lowest) {
            // "U.S. President": the abbreviation's own full stop does not end the name
            int previous = first - 1;
            if (previous > 0 && isJoiningHyphen(tokens, previous, text)) {
                previous--; // "China-U.S.": a hyphen between two parts of a name does not end it
            }
            if (previous > 0 && isAbbreviationStop(tokens.get(previous - 1), tokens.get(previous), text)) {
                previous--;
            }
            if (previous < 0 || !isNamePart(tokens.get(first), text) || !isNamePart(tokens.get(previous), text)
                    || !adjacent(tokens.get(first - 1), tokens.get(first), text)) {
                break;
            }
            first = previous;
        }
        while (last < highest) {
            int next = last + 1;
            if (next < tokens.size() && isAbbreviationStop(tokens.get(last), tokens.get(next), text)) {
                next++;
            }
            if (next + 1 < tokens.size() && isJoiningHyphen(tokens, next, text)) {
                next++;
            }
            if (next >= tokens.size() || !isNamePart(tokens.get(last), text) || !isNamePart(tokens.get(next), text)
                    || !adjacent(tokens.get(next - 1), tokens.get(next), text)) {
                break;
            }
            last = next;
        }
        if (last + 1 < tokens.size() && isAbbreviationStop(tokens.get(last), tokens.get(last + 1), text)) {
            last++;
        }
        return new Span(Math.min(span.start(), tokens.get(first).start()), Math.max(span.end(), tokens.get(last).end()));
    }

    /** The index of the first token ending after {@code offset} (tokens' ends rise), or the count of tokens. */
    static int firstEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Widened to a short quotation that the span starts or ends inside of, and, when
     * {@code wholeQuotationAround}, to one that holds the whole span.
     */
    private static Span quoted(Sentence sentence, String text, Span span, boolean wholeQuotationAround) {
        int open = -1;
        // a quotation closing further on than this is longer than MAX_QUOTE or starts after the span;
        // marks are paired from the sentence's start, or from QUOTE_SCAN characters before the span
        // in a sentence longer than any readout's (one each time would make the scans quadratic)
        int end = Math.min(sentence.end(), span.end() + MAX_QUOTE + 1);
        for (int k = Math.max(sentence.start(), span.start() - QUOTE_SCAN); k < end; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '“' || c == '”') {
                if (open < 0) {
                    open = k;
                } else {
                    int close = k + 1;
                    boolean cuts = (span.start() > open && span.start() < close && span.end() > close)
                            || (span.end() > open && span.end() < close && span.start() < open)
                            || (wholeQuotationAround && span.start() > open && span.end() < close);
                    if (cuts && close - open <= MAX_QUOTE) {
                        return new Span(Math.min(span.start(), open), Math.max(span.end(), close));
                    }
                    open = -1;
                }
            }
        }
        return span;
    }

    private static boolean isNamePart(Token token, String text) {
        if (!token.isWordLike()) {
            return false;
        }
        char c = text.charAt(token.start());
        return Character.isUpperCase(c);
    }

    /** A full stop right after an abbreviation with stops inside it ("U.S", "U.N"): part of the name. */
    static boolean isAbbreviationStop(Token abbreviation, Token stop, String text) {
        return stop.start() == abbreviation.end() && stop.end() == stop.start() + 1 && text.charAt(stop.start()) == '.'
                && abbreviation.isWordLike() && text.substring(abbreviation.start(), abbreviation.end()).indexOf('.') > 0;
    }

    /** Whether token {@code k} is a hyphen written tight between the tokens around it ("China-U.S."). */
    static boolean isJoiningHyphen(List<Token> tokens, int k, String text) {
        Token hyphen = tokens.get(k);
        if (k == 0 || k + 1 >= tokens.size() || hyphen.end() != hyphen.start() + 1) {
            return false;
        }
        char c = text.charAt(hyphen.start());
        return (c == '-' || c == '\u2010' || c == '\u2011') && tokens.get(k - 1).end() == hyphen.start()
                && tokens.get(k + 1).start() == hyphen.end();
    }

    /** Two tokens with at most a space or a hyphen between them (no comma, no sentence break). */
    private static boolean adjacent(Token a, Token b, String text) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** The sentence holding the offset, or -1 (sentences are in text order: a binary search). */
    static int sentenceAt(SegmentedStatement statement, int offset) {
        int low = 0;
        int high = statement.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = statement.sentence(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private FormulationChange row(SegmentedStatement left, SegmentedStatement right, Wording wording,
                                  List<List<String>> leftTopics, List<List<String>> rightTopics) {
        boolean hasLeft = !wording.left.isEmpty();
        boolean hasRight = !wording.right.isEmpty();
        int l = hasLeft ? sentenceAt(left, wording.left.start()) : -1;
        int r = hasRight ? sentenceAt(right, wording.right.start()) : -1;
        String leftText = hasLeft ? wording.left.of(left.text()) : "";
        String rightText = hasRight ? wording.right.of(right.text()) : "";
        Weighing weighing = weigh(leftText, rightText, vocabulary(left), vocabulary(right));
        List<String> reasons = new ArrayList<>(weighing.reasons());
        double weight = weighing.weight();
        FormulationChange.Kind kind = hasLeft && hasRight ? FormulationChange.Kind.CHANGED
                : hasLeft ? FormulationChange.Kind.DROPPED : FormulationChange.Kind.ADDED;
        if (l >= 0 && Headings.isHeading(left, l) || r >= 0 && Headings.isHeading(right, r)) {
            weight *= HEADING_FACTOR; // a title or dateline set against a sentence of the other side, too
            reasons.add(HEADING);
        }
        String topic = topic(leftTopics, l);
        if (topic == null) {
            topic = topic(rightTopics, r);
        }
        return new FormulationChange(kind, l, hasLeft ? wording.left : null, r, hasRight ? wording.right : null, topic,
                round(weight), reasons);
    }

    /** What a change of wording weighs, and why. */
    public record Weighing(double weight, List<String> reasons) {
    }

    /**
     * Weighs one wording against another (either may be empty): a verb of position that
     * differs, a name the other statement never mentions, a demand on one side only, a number the
     * other statement does not use all the time; all of it shrinking as the wording grows past a
     * phrase.
     *
     * @param leftWhole  what the whole text the left wording comes from names and counts
     * @param rightWhole the same of the right
     */
    public Weighing weigh(String leftText, String rightText, Vocabulary leftWhole, Vocabulary rightWhole) {
        List<String> reasons = new ArrayList<>();
        double weight = CHANGE;
        if (leftText.length() > MAX_WEIGHED_CHARS || rightText.length() > MAX_WEIGHED_CHARS) {
            return new Weighing(shrunk(weight, leftText, rightText), List.of("wording"));
        }
        if (positionChanged(leftText, rightText)) {
            weight += POSITION;
            reasons.add("position");
        }
        if (namesMissingFrom(leftText, rightWhole) || namesMissingFrom(rightText, leftWhole)) {
            weight += NAMED;
            reasons.add("named item");
        }
        if (DEMAND_WORDS.matcher(lower(leftText)).find() != DEMAND_WORDS.matcher(lower(rightText)).find()) {
            weight += DEMAND;
            reasons.add("demand");
        }
        // a number that changed ("three principles", "seven experiences", "first of four red
        // lines"); a number the other statement uses all the time ("the two sides") is no news
        if (newNumber(leftText, rightWhole) || newNumber(rightText, leftWhole)) {
            weight += NUMBER;
            reasons.add("number");
        }
        reasons.add("wording");
        return new Weighing(shrunk(weight, leftText, rightText), reasons);
    }

    /**
     * What a row weighs once its wordings' length is counted: a sentence rewritten whole contains
     * names, numbers and demands by length alone, so the weight shrinks as a wording grows past
     * {@value #PHRASE_WORDS} words.
     */
    private static double shrunk(double weight, String leftText, String rightText) {
        int words = Math.max(wordCount(leftText), wordCount(rightText));
        return weight * Math.min(1.0, (double) PHRASE_WORDS / Math.max(1, words));
    }

    /**
     * Whether the two wordings state a position differently: one states one and the other none,
     * or one takes a stance on something that the other names without that stance ("opposes
     * "Taiwan independence"" against "does not support "Taiwan independence""). Two stances on
     * things the other wording does not name ("supports China's peaceful reunification", "has no
     * intention to seek conflict") are two statements, not one position that changed. A stance
     * whose object the wording cuts off counts when the other wording has no stance like it.
     */
    private boolean positionChanged(String leftText, String rightText) {
        List<PositionVerbs.Stance> leftStances = positions.stances(leftText);
        List<PositionVerbs.Stance> rightStances = positions.stances(rightText);
        if (leftStances.isEmpty() || rightStances.isEmpty()) {
            return leftStances.isEmpty() != rightStances.isEmpty();
        }
        List<ReadStance> leftRead = read(leftText, leftStances);
        List<ReadStance> rightRead = read(rightText, rightStances);
        return stanceChanged(leftRead, rightRead, rightText) || stanceChanged(rightRead, leftRead, leftText);
    }

    /** A stance with what it means and its object (null when the wording cuts it off). */
    private record ReadStance(String meaning, StanceObject object) {

        /** The meaning and head together: one key for a set. */
        String onObject() {
            return meaning + '\u0000' + object.head();
        }
    }

    private List<ReadStance> read(String text, List<PositionVerbs.Stance> stances) {
        List<ReadStance> read = new ArrayList<>(stances.size());
        for (int k = 0; k < stances.size(); k++) {
            read.add(new ReadStance(stances.get(k).meaning(stems),
                    StanceObject.after(text, stances.get(k).end(), nextStart(stances, k, text), stems)));
        }
        return read;
    }

    /** Where the stance after stance {@code k} starts, or the text's end: the object of {@code k} ends before it. */
    private static int nextStart(List<PositionVerbs.Stance> stances, int k, String text) {
        return k + 1 < stances.size() ? stances.get(k + 1).start() : text.length();
    }

    /**
     * Whether a stance of one wording is missing from another that names its object, or its
     * object is cut off and the other has no stance like it. Sets, not a test of every pair of
     * stances: a text made of stances would take quadratic time.
     */
    private boolean stanceChanged(List<ReadStance> stances, List<ReadStance> otherStances, String otherText) {
        Set<String> otherMeanings = new HashSet<>();
        Set<String> otherCutOff = new HashSet<>();
        Set<String> otherOnObject = new HashSet<>();
        for (ReadStance other : otherStances) {
            otherMeanings.add(other.meaning());
            if (other.object() == null) {
                otherCutOff.add(other.meaning());
            } else {
                otherOnObject.add(other.onObject());
            }
        }
        Set<String> otherWords = null;
        for (ReadStance stance : stances) {
            boolean held = otherCutOff.contains(stance.meaning()) || (stance.object() == null
                    ? otherMeanings.contains(stance.meaning()) : otherOnObject.contains(stance.onObject()));
            if (held) {
                continue;
            }
            if (stance.object() == null) {
                return true;
            }
            if (otherWords == null) {
                otherWords = StanceObject.contentStems(otherText, stems);
            }
            if (stance.object().isNamedIn(otherWords)) {
                return true;
            }
        }
        return false;
    }

    private FormulationChange oneSided(SegmentedStatement statement, int index, boolean left,
                                       List<List<String>> topics, SegmentedStatement other) {
        Sentence sentence = statement.sentence(index);
        String text = sentence.text(statement.text());
        List<String> reasons = new ArrayList<>();
        double weight = ONE_SIDED;
        if (positions.find(text) != null) {
            weight += POSITION / 2;
            reasons.add("position");
        }
        if (namesMissingFrom(text, vocabulary(other))) {
            weight += NAMED / 2;
            reasons.add("named item");
        }
        if (DEMAND_WORDS.matcher(lower(text)).find()) {
            weight += DEMAND / 2;
            reasons.add("demand");
        }
        reasons.add(left ? "sentence only on the left" : "sentence only on the right");
        weight *= Math.min(1.0, (double) PHRASE_WORDS * 2 / Math.max(1, wordCount(text)));
        if (Headings.isHeading(statement, index)) {
            weight *= HEADING_FACTOR;
            reasons.add(HEADING);
        }
        String topic = topic(topics, index);
        return left
                ? new FormulationChange(FormulationChange.Kind.DROPPED, index, sentence.span(), -1, null, topic,
                round(weight), reasons)
                : new FormulationChange(FormulationChange.Kind.ADDED, -1, null, index, sentence.span(), topic,
                round(weight), reasons);
    }

    /**
     * Whether the wording names something (a quotation, a run of capitalised words) that the
     * other statement never mentions: the speakers and places both texts name are not news.
     */
    private static boolean namesMissingFrom(String wording, Vocabulary other) {
        for (String name : names(wording)) {
            if (!other.mentions(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a whole statement names and how often it uses each number, read once, so that
     * weighing a row costs the row's length and not the statement's.
     */
    public static final class Vocabulary {
        private final Set<String> names;
        private final Set<String> words = new HashSet<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        private Vocabulary(String text) {
            names = names(text);
            String lower = lower(text);
            WordScan.words(lower, words::add);
            WordScan.numbers(lower, number -> numbers.merge(number, 1, Integer::sum));
        }

        public static Vocabulary of(String text) {
            return new Vocabulary(text);
        }

        /** Whether the statement names it, or has every one of its words. */
        boolean mentions(String name) {
            if (names.contains(name)) {
                return true;
            }
            return WordScan.words(name).stream().allMatch(words::contains);
        }

        int uses(String number) {
            return numbers.getOrDefault(number, 0);
        }
    }

    /** At most this many words follow a name's first: the regex engine recurses once per word, and a text of capitals would overflow the stack. */
    static final int NAME_WORDS = 15;
    private static final Pattern NAME = Pattern.compile(
            "\"[^\"]{2,80}\"|“[^”]{2,80}”|\\b\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|the\\s+|and\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,"
                    + NAME_WORDS + "}");

    /** Quotations and runs of two or more capitalised words (a name's first word alone is too often a sentence's). */
    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = NAME.matcher(text).useTransparentBounds(true);
        int i = 0;
        while (i < text.length()) {
            // the pattern is tried only where a name can start (a quotation mark or a capital):
            // letting find() try it at every character of a long statement costs several times more
            char c = text.charAt(i);
            if ((c == '"' || c == '“' || Character.isUpperCase(c)) && m.region(i, text.length()).lookingAt()) {
                names.add(m.group().replaceAll("[\"“”]", "").toLowerCase(Locale.ROOT));
                i = m.end();
            } else {
                i++;
            }
        }
        return names;
    }

    /** Whether the wording has a number that the other statement uses fewer than {@value #COMMON_NUMBER} times. */
    private static boolean newNumber(String wording, Vocabulary other) {
        for (String number : numbers(wording)) {
            if (other.uses(number) < COMMON_NUMBER) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        WordScan.numbers(lower(text), numbers::add);
        return numbers;
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private Vocabulary vocabulary(SegmentedStatement statement) {
        return vocabularies.computeIfAbsent(statement, s -> Vocabulary.of(s.text()));
    }

    private static String topic(List<List<String>> topics, int sentence) {
        return topics == null || sentence < 0 || topics.get(sentence).isEmpty() ? null : topics.get(sentence).get(0);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    record Wording(Span left, Span right) {
    }
}
