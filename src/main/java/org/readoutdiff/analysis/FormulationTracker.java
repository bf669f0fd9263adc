package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;

/**
 * Follows formulations across a series of statements in date order: the phrases several
 * statements share word for word (maximal runs of at least four words or four Chinese
 * characters, not function words alone, as {@link SharedPhraseFinder} finds them between each
 * two statements), and the phrases whose wording shifted — a small substantive change inside
 * sentences aligned between an earlier and a later statement ("five pillars for China-U.S.
 * relations" → "the five pillars of the mansion"). A shifted wording is kept with a little of
 * the unchanged text around it, so that a reader sees where it stands. Wordings joined by a
 * shift form one formulation; each wording is then looked up word for word in every
 * statement, which gives the formulation's first and last appearance. Formulations come
 * changed first, then new, dropped and held, each kind by first appearance.
 */
public final class FormulationTracker {

    /** Weights in half-words: an English word is two, a Chinese character one. */
    static final int MAX_SHIFT = 30;
    static final int CONTEXT = 4;
    static final int MERGE_GAP = 4;
    /** How many function words the context around a change may run on to end on a word that is not one. */
    static final int FUNCTION_RUN = 2;
    /** A wording runs on to its clause's end when that is at most this many words further. */
    static final int CLAUSE_RUN = 3;
    /** A wording has at least as many units as a shared formulation. */
    static final int MIN_UNITS = SharedPhraseFinder.MIN_UNITS;
    /** Below this similarity two aligned sentences share too little for a small change to be the same formulation. */
    static final double MIN_SIMILARITY = 0.25;

    private final int maxFormulations;

    /**
     * The changes inside one aligned pair of two statements of the series, oriented from the
     * earlier statement (the changes' left side) to the later one (their right side).
     */
    public record PairChanges(int earlier, int later, double similarity, List<Change> changes) {

        public PairChanges {
            changes = List.copyOf(changes);
        }
    }

    /** The formulations, and why some were left out (or null). */
    public record Result(List<TrackedFormulation> formulations, String limitReason) {

        public Result {
            formulations = List.copyOf(formulations);
        }
    }

    public FormulationTracker(int maxFormulations) {
        this.maxFormulations = maxFormulations;
    }

    /**
     * @param statements the series, by index (0 is the base)
     * @param order      the statements' indices, earliest first
     * @param latest     the statements that count as the latest (those of the latest date)
     * @param pairs      changes inside aligned pairs between statements of the series
     */
    public Result track(List<SegmentedStatement> statements, List<Integer> order, java.util.Set<Integer> latest,
                        List<PairChanges> pairs) {
        List<PhraseUnits> units = phraseUnits(statements);
        int[] rank = new int[statements.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
        Map<Key, Node> nodes = new LinkedHashMap<>();
        String reason = addSharedPhrases(statements, units, nodes);
        List<Shifted> shifts = addShifts(pairs, units, nodes);
        locate(nodes.values(), units, rank);
        List<Node> kept = prune(new ArrayList<>(nodes.values()), functionUnits(units));
        List<TrackedFormulation> formulations = families(kept, shifts, statements, rank, latest, new Joinable(units));
        sortByStatusAndWeight(formulations, statements, rank);
        if (formulations.size() > maxFormulations) {
            formulations = formulations.subList(0, maxFormulations);
            reason = (reason == null ? "" : reason + "; ") + "only the first " + maxFormulations
                    + " formulations of the series are followed";
        }
        return new Result(formulations, reason);
    }

    /** A shift of wording and the two wordings it joins. */
    private record Shifted(Node old, Node now, TrackedFormulation.Shift shift) {
    }

    /** Each statement as comparable units, the ids shared across the series. */
    private static List<PhraseUnits> phraseUnits(List<SegmentedStatement> statements) {
        Map<String, Integer> ids = new HashMap<>();
        List<PhraseUnits> units = new ArrayList<>();
        for (int k = 0; k < statements.size(); k++) {
            units.add(PhraseUnits.of(statements.get(k), ids, -1 - k));
        }
        return units;
    }

    /** Step 1: a node for every phrase two statements share word for word; returns why some were left out, or null. */
    private static String addSharedPhrases(List<SegmentedStatement> statements, List<PhraseUnits> units,
                                           Map<Key, Node> nodes) {
        String reason = null;
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                SharedPhraseFinder.Result shared = new SharedPhraseFinder(1_000, 16)
                        .find(units.get(i), units.get(j), statements.get(i).text());
                if (shared.limitReason() != null && reason == null) {
                    reason = "not every shared formulation was followed: " + shared.limitReason();
                }
                for (SharedPhrase phrase : shared.phrases()) {
                    Key key = trimmed(units.get(i), phrase.left().get(0));
                    if (key != null) {
                        nodes.computeIfAbsent(key, k -> new Node(k));
                    }
                }
            }
        }
        return reason;
    }

    /** Step 2: a node for each wording of a small substantive change between aligned sentences, and the shift joining the two. */
    private static List<Shifted> addShifts(List<PairChanges> pairs, List<PhraseUnits> units, Map<Key, Node> nodes) {
        List<Shifted> shifts = new ArrayList<>();
        for (PairChanges pair : pairs) {
            if (pair.similarity() < MIN_SIMILARITY) {
                continue;
            }
            PhraseUnits from = units.get(pair.earlier());
            PhraseUnits to = units.get(pair.later());
            for (Change change : merged(from, to, pair.changes())) {
                Extent old = extent(from, change.left());
                Extent now = extent(to, change.right());
                if (old == null || now == null || !small(old, now) || old.key.equals(now.key)) {
                    continue;
                }
                old = old.endingOnWord(from, nextChangeStart(pair.changes(), change.left(), Change::left));
                now = now.endingOnWord(to, nextChangeStart(pair.changes(), change.right(), Change::right));
                Node a = nodes.computeIfAbsent(old.key, k -> new Node(k));
                Node b = nodes.computeIfAbsent(now.key, k -> new Node(k));
                a.shifted = true;
                b.shifted = true;
                shifts.add(new Shifted(a, b, new TrackedFormulation.Shift(new TrackedFormulation.Place(pair.earlier(), old.span),
                        new TrackedFormulation.Place(pair.later(), now.span))));
            }
        }
        return shifts;
    }

    /** Step 3: every place where each node's wording occurs, word for word, in series order. */
    private static void locate(java.util.Collection<Node> nodes, List<PhraseUnits> units, int[] rank) {
        List<Map<Integer, List<Integer>>> index = new ArrayList<>();
        for (PhraseUnits u : units) {
            index.add(positions(u));
        }
        for (Node node : nodes) {
            for (int k = 0; k < units.size(); k++) {
                for (int at : find(units.get(k), index.get(k), node.key.units)) {
                    PhraseUnits u = units.get(k);
                    node.places.add(new TrackedFormulation.Place(k, new Span(u.starts[at], u.ends[at + node.key.length() - 1])));
                }
            }
            node.places.sort(Comparator.comparingInt((TrackedFormulation.Place p) -> rank[p.statement()])
                    .thenComparingInt(p -> p.span().start()));
        }
    }

    private static java.util.Set<Integer> functionUnits(List<PhraseUnits> units) {
        java.util.Set<Integer> functionUnits = new java.util.HashSet<>();
        for (PhraseUnits u : units) {
            for (int k = 0; k < u.size(); k++) {
                if (u.function[k]) {
                    functionUnits.add(u.units[k]);
                }
            }
        }
        return functionUnits;
    }

    /**
     * Step 5 (after pruning): wordings joined by shifts, directly or through other wordings, are
     * one formulation: the connected components of the graph whose edges are the shifts.
     */
    private static List<TrackedFormulation> families(List<Node> kept, List<Shifted> shifts,
                                                     List<SegmentedStatement> statements, int[] rank,
                                                     java.util.Set<Integer> latest, Joinable joinable) {
        Graph<Node, DefaultEdge> graph = new Pseudograph<>(DefaultEdge.class);
        kept.forEach(graph::addVertex);
        for (Shifted shift : shifts) {
            graph.addVertex(shift.old());
            graph.addVertex(shift.now());
            graph.addEdge(shift.old(), shift.now());
        }
        joinOverlappingShifts(graph, shifts, joinable);
        Map<Node, Integer> component = new HashMap<>();
        List<java.util.Set<Node>> components = new ConnectivityInspector<>(graph).connectedSets();
        for (int c = 0; c < components.size(); c++) {
            for (Node node : components.get(c)) {
                component.put(node, c);
            }
        }
        Map<Integer, List<Node>> families = new LinkedHashMap<>();
        for (Node node : kept) {
            families.computeIfAbsent(component.get(node), k -> new ArrayList<>()).add(node);
        }
        Map<Integer, List<TrackedFormulation.Shift>> shiftsByFamily = new HashMap<>();
        for (Shifted shift : shifts) {
            shiftsByFamily.computeIfAbsent(component.get(shift.old()), k -> new ArrayList<>()).add(shift.shift());
        }
        List<TrackedFormulation> formulations = new ArrayList<>();
        for (Map.Entry<Integer, List<Node>> family : families.entrySet()) {
            formulations.add(formulation(statements, family.getValue(),
                    shiftsByFamily.getOrDefault(family.getKey(), List.of()), rank, latest));
        }
        return formulations;
    }

    /**
     * Two shifts that reword overlapping words at one place are one formulation: the same place
     * reworded one way in one statement and another way in the next ("U.S. President Joe Biden in
     * Bali" became "near San Francisco" in 2023; "in Bali, Indonesia, on the" became "upon
     * request on the margins of" in 2024) is one row, not two. Only the places where the words
     * shifted count, not every place the same words occur, or a formulation would chain through
     * common words into its neighbours.
     */
    private static void joinOverlappingShifts(Graph<Node, DefaultEdge> graph, List<Shifted> shifts, Joinable joinable) {
        // Each statement's places in order of start, so that only places that overlap are tested:
        // testing every pair of shifts made a series of long statements quadratic.
        Map<Integer, List<ShiftPlace>> byStatement = new HashMap<>();
        for (int k = 0; k < shifts.size(); k++) {
            for (TrackedFormulation.Place place : places(shifts.get(k))) {
                byStatement.computeIfAbsent(place.statement(), s -> new ArrayList<>()).add(new ShiftPlace(k, place));
            }
        }
        for (List<ShiftPlace> places : byStatement.values()) {
            places.sort(Comparator.comparingInt(ShiftPlace::start));
            for (int a = 0; a < places.size(); a++) {
                ShiftPlace one = places.get(a);
                for (int b = a + 1; b < places.size() && places.get(b).start() < one.place().span().end(); b++) {
                    ShiftPlace other = places.get(b);
                    if (one.shift() != other.shift() && joinable.test(one.place(), other.place())) {
                        graph.addEdge(shifts.get(one.shift()).old(), shifts.get(other.shift()).old());
                    }
                }
            }
        }
    }

    /** A place where words shifted, and which shift (its index) it belongs to. */
    private record ShiftPlace(int shift, TrackedFormulation.Place place) {

        int start() {
            return place.span().start();
        }
    }

    private static List<TrackedFormulation.Place> places(Shifted shifted) {
        return List.of(shifted.shift().old(), shifted.shift().now());
    }

    /**
     * Whether two places may be joined into one: they overlap in one statement, and together
     * they stay as short as a shift may be ({@value #MAX_SHIFT} half-words), so that a chain of
     * overlapping shifts does not join a whole sentence into one wording ("应邀" → "应约" stays
     * a row of its own).
     */
    private record Joinable(List<PhraseUnits> units) {

        boolean test(TrackedFormulation.Place one, TrackedFormulation.Place other) {
            Span both = one.span().union(other.span());
            return one.statement() == other.statement() && one.span().overlaps(other.span())
                    && weightBetween(units.get(one.statement()), both.start(), both.end()) <= MAX_SHIFT;
        }
    }

    /**
     * Step 6: within each status the body's formulations before those only in titles and
     * datelines, each the most telling first, weighed as between two readouts
     * ({@link FormulationChanges}), then in the order the series first has them.
     */
    private static void sortByStatusAndWeight(List<TrackedFormulation> formulations, List<SegmentedStatement> statements,
                                              int[] rank) {
        Map<TrackedFormulation, Double> weights = new java.util.IdentityHashMap<>();
        Map<TrackedFormulation, Boolean> headingsOnly = new java.util.IdentityHashMap<>();
        List<FormulationChanges.Vocabulary> vocabularies = statements.stream()
                .map(s -> FormulationChanges.Vocabulary.of(s.text())).toList();
        for (TrackedFormulation formulation : formulations) {
            boolean inHeadings = onlyInHeadings(formulation, statements);
            headingsOnly.put(formulation, inHeadings);
            weights.put(formulation, weight(formulation, statements, vocabularies, inHeadings));
        }
        formulations.sort(Comparator.comparingInt((TrackedFormulation f) -> f.status().ordinal())
                .thenComparing(headingsOnly::get)
                .thenComparing(f -> -weights.get(f))
                .thenComparingInt(f -> rank[f.first()])
                .thenComparingInt(f -> firstStart(f))
                .thenComparing(f -> f.wordings().get(0).text()));
    }

    /**
     * What a formulation weighs: its most telling shift, or for one never reworded its first
     * wording against nothing (an item that comes or goes); a quarter of that when it is found
     * only in titles and datelines, which differ between any two readouts (such a formulation
     * also comes after those of the body, whatever its weight).
     */
    private static double weight(TrackedFormulation formulation, List<SegmentedStatement> statements,
                                 List<FormulationChanges.Vocabulary> vocabularies, boolean onlyInHeadings) {
        FormulationChanges weigher = new FormulationChanges(PositionVerbs.defaults());
        double best = 0;
        for (TrackedFormulation.Shift shift : formulation.shifts()) {
            int old = shift.old().statement();
            int now = shift.now().statement();
            best = Math.max(best, weigher.weigh(shift.old().span().of(statements.get(old).text()),
                    shift.now().span().of(statements.get(now).text()), vocabularies.get(old), vocabularies.get(now))
                    .weight());
        }
        if (formulation.shifts().isEmpty()) {
            TrackedFormulation.Place at = formulation.wordings().get(0).places().get(0);
            int other = at.statement() == 0 && statements.size() > 1 ? 1 : 0;
            best = weigher.weigh(at.span().of(statements.get(at.statement()).text()), "",
                    vocabularies.get(at.statement()), vocabularies.get(other)).weight();
        }
        if (onlyInHeadings) {
            best *= FormulationChanges.HEADING_FACTOR;
        }
        return Math.round(best * 100) / 100.0;
    }

    /**
     * The place widened so that its wording cuts no name and crosses no quotation mark, as
     * between two readouts (but not to a quotation that holds all of it: the table shows each
     * wording in quotation marks of its own).
     */
    private static TrackedFormulation.Place wholePhrase(List<SegmentedStatement> statements,
                                                        TrackedFormulation.Place place) {
        return new TrackedFormulation.Place(place.statement(),
                FormulationChanges.widenToNamesAndQuotations(statements.get(place.statement()), place.span()));
    }

    /**
     * Whether the formulation is one of titles and datelines: every place of it is in a title or
     * dateline at the head of its statement, or, for one that shifted, every shift is between
     * two of them (two titles reworded: "Xi Jinping meets U.S. President Joe Biden in Bali" →
     * "… near San Francisco", whose words the body of one statement happens to repeat).
     */
    private static boolean onlyInHeadings(TrackedFormulation formulation, List<SegmentedStatement> statements) {
        if (!formulation.shifts().isEmpty() && formulation.shifts().stream()
                .allMatch(shift -> inHeading(shift.old(), statements) && inHeading(shift.now(), statements))) {
            return true;
        }
        return formulation.wordings().stream().allMatch(wording -> wording.places().stream()
                .allMatch(place -> inHeading(place, statements)));
    }

    private static boolean inHeading(TrackedFormulation.Place place, List<SegmentedStatement> statements) {
        SegmentedStatement statement = statements.get(place.statement());
        int sentence = FormulationChanges.sentenceAt(statement, place.span().start());
        return sentence >= 0 && Headings.isHeading(statement, sentence);
    }

    private static int firstStart(TrackedFormulation formulation) {
        int start = Integer.MAX_VALUE;
        for (TrackedFormulation.Wording wording : formulation.wordings()) {
            for (TrackedFormulation.Place place : wording.places()) {
                if (place.statement() == formulation.first()) {
                    start = Math.min(start, place.span().start());
                }
            }
        }
        return start;
    }

    private static TrackedFormulation formulation(List<SegmentedStatement> statements, List<Node> members,
                                                  List<TrackedFormulation.Shift> shifts, int[] rank,
                                                  java.util.Set<Integer> latest) {
        List<TrackedFormulation.Wording> wordings = new ArrayList<>();
        int first = -1;
        int last = -1;
        boolean inLatest = false;
        members.sort(Comparator.comparingInt((Node n) -> rank[n.places.get(0).statement()])
                .thenComparingInt(n -> n.places.get(0).span().start()));
        for (Node node : members) {
            List<TrackedFormulation.Place> places = node.places.stream().map(p -> wholePhrase(statements, p)).toList();
            TrackedFormulation.Place at = places.get(0);
            wordings.add(new TrackedFormulation.Wording(at.span().of(statements.get(at.statement()).text()), places));
            for (TrackedFormulation.Place place : places) {
                if (first < 0 || rank[place.statement()] < rank[first]) {
                    first = place.statement();
                }
                if (last < 0 || rank[place.statement()] > rank[last]) {
                    last = place.statement();
                }
                inLatest |= latest.contains(place.statement());
            }
        }
        List<TrackedFormulation.Shift> ordered = new ArrayList<>();
        for (TrackedFormulation.Shift shift : shifts) {
            ordered.add(new TrackedFormulation.Shift(wholePhrase(statements, shift.old()),
                    wholePhrase(statements, shift.now())));
        }
        ordered.sort(Comparator.comparingInt((TrackedFormulation.Shift s) -> rank[s.old().statement()])
                .thenComparingInt(s -> rank[s.now().statement()])
                .thenComparingInt(s -> s.old().span().start()));
        TrackedFormulation.Status status = !ordered.isEmpty() ? TrackedFormulation.Status.CHANGED
                : !inLatest ? TrackedFormulation.Status.DROPPED
                : latest.contains(first) ? TrackedFormulation.Status.NEW
                : TrackedFormulation.Status.HELD;
        return new TrackedFormulation(status, wordings, ordered, first, last);
    }

    /**
     * Leaves out a shared phrase that only adds function words to another ("President Xi noted
     * that the" beside "President Xi noted that"), then one that only repeats part of a longer
     * one at every place it occurs ("the three China-U.S. joint" inside "the three China-U.S.
     * joint communiques"). Wordings of a shift always stay.
     */
    private static List<Node> prune(List<Node> nodes, java.util.Set<Integer> functionUnits) {
        // Both steps look a node's partners up (by key; by the rarest unit of its key) rather than
        // scanning every node for each, which was quadratic in the number of shared phrases.
        Map<Key, Node> plain = new HashMap<>();
        for (Node node : nodes) {
            if (!node.shifted && !node.places.isEmpty()) {
                plain.put(node.key, node);
            }
        }
        List<Node> candidates = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.places.isEmpty() && (node.shifted || !paddedPhrase(node, plain, functionUnits))) {
                candidates.add(node);
            }
        }
        Map<Integer, List<Node>> byUnit = new HashMap<>();
        for (Node node : candidates) {
            Arrays.stream(node.key.units()).distinct()
                    .forEach(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(node));
        }
        List<Node> kept = new ArrayList<>();
        for (Node node : candidates) {
            if (node.shifted || !repeatsPartOfALongerOne(node, byUnit)) {
                kept.add(node);
            }
        }
        return kept;
    }

    /** Whether another phrase of {@code plain} is this one less function words before or after it. */
    private static boolean paddedPhrase(Node node, Map<Key, Node> plain, java.util.Set<Integer> functionUnits) {
        int[] units = node.key.units();
        int leading = 0;
        while (leading < units.length && functionUnits.contains(units[leading])) {
            leading++;
        }
        int trailing = 0;
        while (trailing < units.length && functionUnits.contains(units[units.length - 1 - trailing])) {
            trailing++;
        }
        for (int from = 0; from <= leading; from++) {
            for (int cut = 0; cut <= trailing && from + cut < units.length; cut++) {
                if (from + cut > 0 && plain.containsKey(new Key(Arrays.copyOfRange(units, from, units.length - cut)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a longer phrase holds this one's words at every place this one occurs. */
    private static boolean repeatsPartOfALongerOne(Node node, Map<Integer, List<Node>> byUnit) {
        List<Node> holders = null;
        for (int unit : node.key.units()) {
            List<Node> withUnit = byUnit.getOrDefault(unit, List.of());
            if (holders == null || withUnit.size() < holders.size()) {
                holders = withUnit;
            }
        }
        for (Node other : holders == null ? List.<Node>of() : holders) {
            if (other != node && other.key.length() > node.key.length() && other.key.contains(node.key) >= 0
                    && other.covers(node)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The substantive changes of a pair, those close together joined into one ("candid [and →
     * ,] in-depth [→ and constructive]" is one shift) as long as the whole stays small, each as
     * a change over the joined spans.
     */
    private static List<Change> merged(PhraseUnits from, PhraseUnits to, List<Change> changes) {
        List<Change> result = new ArrayList<>();
        Change open = null;
        for (Change change : changes) {
            if (change.kind() != ChangeKind.SUBSTANTIVE) {
                continue;
            }
            Change joined = open == null ? null
                    : new Change(ChangeKind.SUBSTANTIVE, open.left().union(change.left()), open.right().union(change.right()));
            if (joined != null && !from.crossesSentence(joined.left().start(), joined.left().end())
                    && !to.crossesSentence(joined.right().start(), joined.right().end())
                    && weightBetween(from, open.left().end(), change.left().start()) <= MERGE_GAP
                    && weightBetween(to, open.right().end(), change.right().start()) <= MERGE_GAP
                    && weightBetween(from, joined.left().start(), joined.left().end()) <= MAX_SHIFT
                    && weightBetween(to, joined.right().start(), joined.right().end()) <= MAX_SHIFT) {
                open = joined;
            } else {
                if (open != null) {
                    result.add(open);
                }
                open = change;
            }
        }
        if (open != null) {
            result.add(open);
        }
        return result;
    }

    /** The weight of the units in {@code [from, to)}; past a sentence end it is taken as too far. */
    private static int weightBetween(PhraseUnits u, int from, int to) {
        int weight = 0;
        for (int k = u.unitAt(from); k < u.size() && u.starts[k] < to; k++) {
            if (u.isBoundary(k)) {
                return Integer.MAX_VALUE;
            }
            weight += u.weight(k);
        }
        return weight;
    }

    /**
     * A changed span with some of the unchanged text around it, and the units of the whole.
     *
     * @param atStart nothing of its sentence before it
     * @param atEnd   nothing of its sentence after it
     */
    private record Extent(Span span, Key key, int core, boolean numbersOnly, boolean atStart, boolean atEnd,
                          Span change, int from, int changeEnd, int to) {

        /**
         * This extent, its context after the change ending on a word that is not a function word
         * (see {@link #endOnWord}). Applied once the change is taken as a shift, so that it does
         * not decide which changes are: function words carried a wording past the length a
         * shift needs ("This was the" → "This was the first").
         */
        Extent endingOnWord(PhraseUnits u, int limit) {
            int end = endOnWord(u, changeEnd, to, limit);
            if (end == to || end == from) {
                return this;
            }
            Span around = new Span(u.starts[from], u.ends[end - 1]);
            return new Extent(change.isEmpty() ? around : around.union(change),
                    new Key(Arrays.copyOfRange(u.units, from, end)), core, numbersOnly, atStart, atEnd,
                    change, from, changeEnd, end);
        }
    }

    /** The extent of a change, or null when the change crosses a sentence end. */
    private static Extent extent(PhraseUnits u, Span change) {
        int a = u.unitAt(change.start());
        int b = a;
        int core = 0;
        boolean numbersOnly = true;
        while (b < u.size() && u.starts[b] < change.end()) {
            if (u.isBoundary(b)) {
                return null;
            }
            core += u.weight(b);
            numbersOnly &= u.number[b];
            b++;
        }
        if (change.isEmpty() && a < u.size() && u.isBoundary(a)) {
            a++; // an insertion point at a sentence end: the words around it are those of the next sentence
            b = a;
        }
        int before = a;
        for (int w = 0; before > 0 && !u.isBoundary(before - 1) && w < CONTEXT; ) {
            before--;
            w += u.weight(before);
        }
        int after = b;
        for (int w = 0; after < u.size() && !u.isBoundary(after) && w < CONTEXT; after++) {
            w += u.weight(after);
        }
        while (before > 0 && before < a && u.sameWord(before - 1, before)) {
            before--; // whole Chinese words around a change, not half of one
        }
        while (after < u.size() && after > b && u.sameWord(after - 1, after)) {
            after++;
        }
        if (after == before) {
            return null;
        }
        Span around = new Span(u.starts[before], u.ends[after - 1]);
        Span span = change.isEmpty() ? around : around.union(change);
        boolean atStart = before == 0 || u.isBoundary(before - 1);
        boolean atEnd = after == u.size() || u.isBoundary(after);
        return new Extent(span, new Key(Arrays.copyOfRange(u.units, before, after)), core, numbersOnly && core > 0,
                atStart && before == a, atEnd && after == b, change, before, b, after);
    }

    /**
     * Where the context after a change ends so that a wording does not end on a function word
     * ("one-China principle and the"): up to {@value #FUNCTION_RUN} words further, at the next
     * word that is not one, or else before the function words. It runs on over unchanged words
     * only (up to {@code limit}, where the next change starts): a wording that ran into the
     * next change would show that change as part of this one. English words only: a Chinese
     * function character is part of a word. Its start is left as it is: "the five pillars" and
     * "they held candid talks" read well, and running on backwards crossed into other clauses.
     */
    private static int endOnWord(PhraseUnits u, int changeEnd, int after, int limit) {
        return toClauseEnd(u, endOnNonFunctionWord(u, changeEnd, after, limit), limit);
    }

    /**
     * Where a wording ends so that it does not stop one or two words short of its clause's end,
     * nor on an abbreviation or hyphenated name that qualifies the noun right after it
     * ("support China's peaceful" → "… peaceful reunification", "in China-U.S." → "… China-U.S.
     * relations"): at that end when it is at most {@value #CLAUSE_RUN} unchanged words further,
     * else where it is. Without a parser, a clause's end is the surest place where a phrase ends.
     */
    private static int toClauseEnd(PhraseUnits u, int end, int limit) {
        if (end == 0 || u.endsClause[end - 1] || u.isBoundary(end - 1) || u.han[end - 1]) {
            return end;
        }
        while (end < u.size() && !u.isBoundary(end) && u.ends[end] <= limit && u.hyphenBetween(end - 1, end)) {
            end++; // "of China" → "of China-U.S.": a hyphenated word is not cut
        }
        if (u.endsClause[end - 1]) {
            return end;
        }
        for (int k = end; k < u.size() && k < end + CLAUSE_RUN && !u.isBoundary(k) && !u.han[k] && u.ends[k] <= limit; k++) {
            if (u.endsClause[k]) {
                return k + 1;
            }
        }
        boolean nounAfterName = end < u.size() && !u.isBoundary(end) && !u.han[end] && u.ends[end] <= limit
                && u.qualifier(end - 1) && u.lowercaseWord(end) && !u.function[end] && !u.negation[end]
                && u.spaceBetween(end - 1, end);
        return nounAfterName ? end + 1 : end; // "of China-U.S." → "of China-U.S. relations"
    }

    private static int endOnNonFunctionWord(PhraseUnits u, int changeEnd, int after, int limit) {
        int further = after;
        for (int extra = 0; extra < FUNCTION_RUN && further > changeEnd && englishFunctionWord(u, further - 1)
                && further < u.size() && !u.isBoundary(further) && !u.han[further] && u.ends[further] <= limit; extra++) {
            further++;
        }
        if (further > changeEnd && !englishFunctionWord(u, further - 1) && !u.negation[further - 1]) {
            return further;
        }
        // neither on a function word nor on a negation: "and has no" says nothing without what it negates
        while (after > changeEnd && (englishFunctionWord(u, after - 1) || u.negation[after - 1])) {
            after--;
        }
        return after;
    }

    /** Where the first change after {@code current} starts on one side, or the end of all text. */
    private static int nextChangeStart(List<Change> changes, Span current, java.util.function.Function<Change, Span> side) {
        int next = Integer.MAX_VALUE;
        for (Change change : changes) {
            Span span = side.apply(change);
            if (span.start() >= current.end() && !span.equals(current)) {
                next = Math.min(next, span.start());
            }
        }
        return next;
    }

    private static boolean englishFunctionWord(PhraseUnits u, int k) {
        return u.function[k] && !u.han[k];
    }

    /**
     * Whether a change is a formulation that shifted: a few words on each side, each wording at
     * least {@value #MIN_UNITS} units with its context, not only numbers (a date or a count), and
     * not a clause added or dropped at one end of a sentence ("In the face of challenges, ...",
     * "..., the spokesperson said"), which frames a sentence rather than changes its words.
     */
    private static boolean small(Extent old, Extent now) {
        if (old.core() == 0 && now.core() == 0) {
            return false;
        }
        if ((old.numbersOnly() || old.core() == 0) && (now.numbersOnly() || now.core() == 0)) {
            return false;
        }
        if (old.key().length() < MIN_UNITS || now.key().length() < MIN_UNITS) {
            return false;
        }
        if (old.atStart() != now.atStart() || old.atEnd() != now.atEnd()) {
            return false;
        }
        if ((old.core() == 0 || now.core() == 0) && (old.atStart() || old.atEnd())) {
            return false;
        }
        return old.core() <= MAX_SHIFT && now.core() <= MAX_SHIFT;
    }

    /**
     * The units of a shared phrase, whole Chinese words only, and without the function words at
     * its ends as long as {@value #MIN_UNITS} units remain: "mutual respect, peaceful coexistence
     * and win-win cooperation, which" is the formulation without its "which", and so is found
     * where no "which" follows it; "a new Cold War" keeps its "a".
     */
    private static Key trimmed(PhraseUnits u, Span span) {
        int a = u.unitAt(span.start());
        int b = a;
        while (b < u.size() && !u.isBoundary(b) && u.starts[b] < span.end()) {
            b++;
        }
        while (a < b && a > 0 && u.sameWord(a - 1, a)) {
            a++; // a shared run of characters that starts inside a Chinese word starts at the next word
        }
        while (b > a && b < u.size() && u.sameWord(b - 1, b)) {
            b--;
        }
        while (b - a > MIN_UNITS && (u.function[a] || u.function[b - 1])) {
            if (u.function[a]) {
                a++;
            } else {
                b--;
            }
        }
        return b - a >= MIN_UNITS ? new Key(Arrays.copyOfRange(u.units, a, b)) : null;
    }

    /** Where each unit occurs in a statement, in order. */
    private static Map<Integer, List<Integer>> positions(PhraseUnits u) {
        Map<Integer, List<Integer>> index = new HashMap<>();
        for (int k = 0; k < u.size(); k++) {
            index.computeIfAbsent(u.units[k], x -> new ArrayList<>()).add(k);
        }
        return index;
    }

    /**
     * Where {@code key} occurs in a statement (not starting at a boundary), in order. Looked up
     * by the key's rarest unit there: by its first, a phrase starting with "the" would test
     * every "the" of a long statement.
     */
    private static List<Integer> find(PhraseUnits u, Map<Integer, List<Integer>> index, int[] key) {
        int rarest = 0;
        for (int j = 1; j < key.length; j++) {
            if (index.getOrDefault(key[j], List.of()).size() < index.getOrDefault(key[rarest], List.of()).size()) {
                rarest = j;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int p : index.getOrDefault(key[rarest], List.of())) {
            int at = p - rarest;
            if (at >= 0 && !u.isBoundary(at) && at + key.length <= u.size()
                    && Arrays.equals(u.units, at, at + key.length, key, 0, key.length)) {
                found.add(at);
            }
        }
        return found;
    }

    /** A wording as its unit ids (case-folded words, single Chinese characters). */
    private record Key(int[] units) {

        int length() {
            return units.length;
        }

        /** Where {@code other} starts inside this key, or -1. */
        int contains(Key other) {
            for (int i = 0; i + other.units.length <= units.length; i++) {
                if (Arrays.equals(units, i, i + other.units.length, other.units, 0, other.units.length)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(units, k.units);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(units);
        }

        @Override
        public String toString() {
            return Arrays.toString(units);
        }
    }

    private static final class Node {
        final Key key;
        final List<TrackedFormulation.Place> places = new ArrayList<>();
        boolean shifted;

        Node(Key key) {
            this.key = key;
        }

        /** Whether every place of {@code inner} lies inside one of this node's places. */
        boolean covers(Node inner) {
            for (TrackedFormulation.Place place : inner.places) {
                boolean inside = false;
                for (TrackedFormulation.Place own : places) {
                    if (own.statement() == place.statement() && own.span().start() <= place.span().start()
                            && place.span().end() <= own.span().end()) {
                        inside = true;
                        break;
                    }
                }
                if (!inside) {
                    return false;
                }
            }
            return true;
        }
    }
}
