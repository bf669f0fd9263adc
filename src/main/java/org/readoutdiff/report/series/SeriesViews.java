package org.readoutdiff.report.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.AttributionRules;
import org.readoutdiff.analysis.TrackedFormulation;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.compare.SeriesCell;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesRow;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.report.Fragment;
import org.readoutdiff.report.Headlines;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.SentenceLink;
import org.readoutdiff.report.VisibleText;
import org.readoutdiff.report.comparison.AttributionView;
import org.readoutdiff.report.comparison.ChangeView;
import org.readoutdiff.report.comparison.CounterpartsViews;
import org.readoutdiff.report.comparison.ReportViews;
import org.readoutdiff.report.comparison.RowsBuilder;
import org.readoutdiff.report.comparison.SentenceView;

/**
 * Builds the {@link SeriesReportView} of a series comparison: the statements, one row per base
 * sentence with a cell per other statement, each other statement's sentences that match nothing
 * in the base, the formulation table, the speakers and the verb contrasts. Anchors come from
 * sentence numbers: a base row is "L12", a sentence shown only under its statement "s2-R5", a
 * formulation "F3", a speaker "speaker-xi"; the same inputs give the same view.
 */
public final class SeriesViews {

    /** Beyond this, a change in a cell is cut: the JSON document has it whole. */
    private static final int CHANGE_CHARS = 160;

    private final SeriesComparison series;
    private final List<String> shortNames = new ArrayList<>();
    private final List<Map<Integer, Attribution>> attributions = new ArrayList<>();
    /** By statement: sentence index to the anchor of the place that shows it. */
    private final List<Map<Integer, String>> anchors = new ArrayList<>();

    private SeriesViews(SeriesComparison series) {
        this.series = series;
        for (int k = 0; k < series.size(); k++) {
            shortNames.add(k == 0 ? "Base" : "S" + k);
            Map<Integer, Attribution> bySentence = new HashMap<>();
            for (Attribution attribution : series.attributions().get(k)) {
                bySentence.put(attribution.sentence(), attribution);
            }
            attributions.add(bySentence);
            anchors.add(new HashMap<>());
        }
        for (int b = 0; b < series.base().size(); b++) {
            anchors.get(0).put(b, Ids.left(b));
        }
        for (SeriesRow row : series.rows()) {
            for (int k = 0; k < row.cells().size(); k++) {
                SeriesCell cell = row.cells().get(k);
                List<Integer> shown = new ArrayList<>();
                if (cell instanceof SeriesCell.Aligned aligned) {
                    if (!aligned.continued()) {
                        shown.addAll(series.comparisons().get(k).pairs().get(aligned.pair()).pair().right());
                    }
                    shown.addAll(aligned.related());
                } else if (cell instanceof SeriesCell.Related related) {
                    shown.addAll(related.sentences());
                }
                for (int r : shown) {
                    anchors.get(k + 1).putIfAbsent(r, Ids.left(row.sentence()));
                }
            }
        }
        for (int k = 1; k < series.size(); k++) {
            for (OneSided sentence : series.comparisons().get(k - 1).rightOnly()) {
                anchors.get(k).putIfAbsent(sentence.sentence(), "s" + k + "-" + Ids.right(sentence.sentence()));
            }
        }
    }

    public static SeriesReportView of(SeriesComparison series) {
        return new SeriesViews(series).view();
    }

    private SeriesReportView view() {
        List<SeriesReportView.SeriesStatementView> statements = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            statements.add(statement(k));
        }
        List<SeriesReportView.SeriesStatementView> timeline = new ArrayList<>();
        for (int k : series.timeline().order()) {
            timeline.add(statements.get(k));
        }
        List<FormulationView> formulations = formulations();
        int[] counts = new int[4];
        for (TrackedFormulation formulation : series.formulations()) {
            counts[formulation.status().ordinal()]++;
        }
        SeriesReportView.FormulationCounts formulationCounts = new SeriesReportView.FormulationCounts(counts[0],
                counts[1], counts[2], counts[3]);
        List<ContrastView> contrasts = contrasts();
        String base = series.base().statement().label();
        String verdict = series.verdict().label();
        return new SeriesReportView(base + " against " + (series.size() - 1) + " statements", verdict,
                verdictText(verdict), headline(statements, formulationCounts, contrasts.size()), statements, timeline,
                series.timeline().reason(), rows(), unmatched(), formulations, formulationCounts, speakers(), contrasts,
                series.limits().reason(), series.engineVersion());
    }

    private static String verdictText(String verdict) {
        return switch (verdict) {
            case "substantive" -> "Substantive differences";
            case "minor" -> "Minor differences only";
            case "format-only" -> "Format differences only";
            default -> "No differences";
        };
    }

    private String headline(List<SeriesReportView.SeriesStatementView> statements,
                            SeriesReportView.FormulationCounts formulations, int contrasts) {
        List<String> parts = new ArrayList<>();
        for (SeriesReportView.SeriesStatementView other : statements.subList(1, statements.size())) {
            parts.add(other.shortName() + " has nothing for " + other.notMentioned() + " of the base's "
                    + statements.get(0).sentences() + " sentences and " + other.unmatched() + " of its own");
        }
        return String.join("; ", parts) + ". Formulations: " + formulations.changed() + " shifted, " + formulations.created()
                + " new, " + formulations.dropped() + " dropped, " + formulations.held() + " held. "
                + contrasts + (contrasts == 1 ? " pair reports" : " pairs report") + " with verbs of different strength.";
    }

    private SeriesReportView.SeriesStatementView statement(int k) {
        SegmentedStatement statement = series.statement(k);
        StatementMetadata metadata = statement.statement().metadata();
        String source = series.timeline().dateSources().get(k);
        if (k == 0) {
            return new SeriesReportView.SeriesStatementView(0, shortNames.get(0), statement.statement().label(),
                    metadata.issuer(), metadata.meeting(), series.timeline().dates().get(0),
                    source == null ? null : source.equals("metadata") ? "given" : source, metadata.sourceUrl(),
                    ReportViews.link(metadata.sourceUrl()), statement.statement().sha256(), statement.language(),
                    statement.size(), null, null, null, null, 0, 0, null);
        }
        Comparison comparison = series.comparisons().get(k - 1);
        int notMentioned = 0;
        for (SeriesRow row : series.rows()) {
            if (row.cells().get(k - 1) instanceof SeriesCell.NotMentioned) {
                notMentioned++;
            }
        }
        return new SeriesReportView.SeriesStatementView(k, shortNames.get(k), statement.statement().label(),
                metadata.issuer(), metadata.meeting(), series.timeline().dates().get(k),
                source == null ? null : source.equals("metadata") ? "given" : source, metadata.sourceUrl(),
                ReportViews.link(metadata.sourceUrl()), statement.statement().sha256(), statement.language(),
                statement.size(), comparison.mode().label(), comparison.modeReason(),
                comparison.summary().verdict().label(), Headlines.of(comparison.summary()), notMentioned,
                comparison.rightOnly().size(), comparison.limits().reason());
    }

    private List<SeriesRowView> rows() {
        SegmentedStatement base = series.base();
        List<SeriesRowView> rows = new ArrayList<>(series.rows().size());
        int lastParagraph = -1;
        for (SeriesRow row : series.rows()) {
            int b = row.sentence();
            List<SeriesCellView> cells = new ArrayList<>();
            for (int k = 0; k < row.cells().size(); k++) {
                cells.add(cell(k + 1, b, row.cells().get(k)));
            }
            int paragraph = base.sentence(b).paragraph();
            Attribution attribution = attributions.get(0).get(b);
            java.util.Set<String> speakers = new java.util.TreeSet<>();
            if (attribution != null) {
                speakers.add(attribution.speaker());
            }
            for (SeriesCellView cell : cells) {
                if (cell.attribution() != null) {
                    speakers.add(cell.attribution().speaker());
                }
            }
            rows.add(new SeriesRowView(Ids.left(b), VisibleText.of(base.sentence(b).text(base.text())), base.language(),
                    attribution(0, attribution), List.copyOf(speakers), lastParagraph >= 0 && paragraph != lastParagraph,
                    cells));
            lastParagraph = paragraph;
        }
        return rows;
    }

    private SeriesCellView cell(int k, int baseSentence, SeriesCell cell) {
        Comparison comparison = series.comparisons().get(k - 1);
        SegmentedStatement other = comparison.right();
        if (cell instanceof SeriesCell.Aligned aligned) {
            ComparedPair pair = comparison.pairs().get(aligned.pair());
            List<SentenceView> related = sentences(k, aligned.related());
            if (aligned.continued()) {
                return new SeriesCellView(k, "continued", "with " + Ids.left(pair.pair().firstLeft()),
                        join(pair.pair().right()), Ids.left(pair.pair().firstLeft()), List.of(), other.language(),
                        List.of(), related, null, null);
            }
            List<String> ids = new ArrayList<>();
            List<ChangeView> changes = new ArrayList<>();
            String leftText = comparison.left().text();
            for (int c = 0; c < pair.changes().size(); c++) {
                Change change = pair.changes().get(c);
                ids.add("s" + k + "-C" + (c + 1));
                if (change.kind() == ChangeKind.SUBSTANTIVE) {
                    changes.add(new ChangeView(ids.get(c), change.kind().label(), false, Ids.left(baseSentence),
                            join(pair.pair().left(), true), join(pair.pair().right()),
                            VisibleText.of(shorten(change.left().of(leftText))),
                            VisibleText.of(shorten(change.right().of(other.text()))), "", ""));
                }
            }
            List<Fragment> fragments = RowsBuilder.fragments(other.text(), RowsBuilder.runs(other, pair.pair().right()), pair.changes(), ids, false);
            Attribution attribution = first(k, pair.pair().right());
            return new SeriesCellView(k, "aligned", pair.pair().relation().label(), join(pair.pair().right()), null,
                    fragments, other.language(), changes, related, attribution(k, attribution),
                    contrast(comparison, aligned.pair()));
        }
        if (cell instanceof SeriesCell.Related related) {
            return new SeriesCellView(k, "related", "same issue, another point", join(related.sentences()), null,
                    List.of(), other.language(), List.of(), sentences(k, related.sentences()), null, null);
        }
        return new SeriesCellView(k, "not-mentioned", "not mentioned", "", null, List.of(), other.language(), List.of(),
                List.of(), null, null);
    }

    private Attribution first(int k, List<Integer> sentences) {
        for (int sentence : sentences) {
            Attribution attribution = attributions.get(k).get(sentence);
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    private static String contrast(Comparison comparison, int pair) {
        for (VerbContrast contrast : comparison.counterparts().verbContrasts()) {
            if (contrast.pair() == pair) {
                String left = comparison.left().text();
                String right = comparison.right().text();
                return contrast.right().verbText().of(right) + " (" + contrast.right().strength() + ") against the base's "
                        + contrast.left().verbText().of(left) + " (" + contrast.left().strength() + ")";
            }
        }
        return null;
    }

    private List<SentenceView> sentences(int k, List<Integer> indices) {
        SegmentedStatement statement = series.statement(k);
        List<SentenceView> views = new ArrayList<>();
        for (int index : indices) {
            views.add(new SentenceView(Ids.sentence(k == 0, index), anchors.get(k).get(index),
                    VisibleText.of(statement.sentence(index).text(statement.text())), statement.language(),
                    attribution(k, attributions.get(k).get(index)), "", false));
        }
        return views;
    }

    private List<UnmatchedView> unmatched() {
        List<UnmatchedView> views = new ArrayList<>();
        for (int k = 1; k < series.size(); k++) {
            Comparison comparison = series.comparisons().get(k - 1);
            Map<String, String> labels = new HashMap<>();
            comparison.counterparts().topics().forEach(t -> labels.put(t.id(), t.label()));
            SegmentedStatement statement = comparison.right();
            List<SentenceView> sentences = new ArrayList<>();
            for (OneSided sentence : comparison.rightOnly()) {
                sentences.add(new SentenceView(Ids.right(sentence.sentence()), "s" + k + "-" + Ids.right(sentence.sentence()),
                        VisibleText.of(statement.sentence(sentence.sentence()).text(statement.text())),
                        statement.language(), attribution(k, attributions.get(k).get(sentence.sentence())),
                        VisibleText.of(String.join(", ", sentence.topics().stream().map(t -> labels.getOrDefault(t, t)).toList())),
                        sentence.boilerplate()));
            }
            views.add(new UnmatchedView(k, shortNames.get(k), statement.statement().label(), sentences));
        }
        return views;
    }

    private List<FormulationView> formulations() {
        List<FormulationView> views = new ArrayList<>();
        int number = 0;
        for (TrackedFormulation formulation : series.formulations()) {
            String firstWording = firstWording(formulation);
            List<FormulationView.FormulationCellView> cells = new ArrayList<>();
            for (int k : series.timeline().order()) {
                List<Span> places = placesIn(formulation, k);
                List<SentenceLink> links = places.stream().map(span -> link(k, span)).distinct().toList();
                // wordings of one formulation that overlap here (two shifts of one place) show as one
                List<String> placeTexts = unionOfOverlapping(places).stream()
                        .map(span -> VisibleText.of(span.of(series.statement(k).text()))).distinct().toList();
                boolean same = k != formulation.first() && !placeTexts.isEmpty()
                        && placeTexts.stream().allMatch(VisibleText.of(firstWording)::equals);
                List<String> texts = same ? List.of() : placeTexts;
                cells.add(new FormulationView.FormulationCellView(shortNames.get(k), !places.isEmpty(), same, texts,
                        links, series.statement(k).language()));
            }
            List<FormulationView.ShiftView> shifts = new ArrayList<>();
            for (TrackedFormulation.Shift shift : formulation.shifts()) {
                int from = shift.old().statement();
                int to = shift.now().statement();
                shifts.add(new FormulationView.ShiftView(when(from),
                        VisibleText.of(shift.old().span().of(series.statement(from).text())), link(from, shift.old().span()),
                        when(to), VisibleText.of(shift.now().span().of(series.statement(to).text())),
                        link(to, shift.now().span())));
            }
            views.add(new FormulationView("F" + ++number, formulation.status().label(), statusText(formulation.status()),
                    VisibleText.of(name(formulation, firstWording)), series.statement(formulation.first()).language(), cells,
                    shortNames.get(formulation.first()), shortNames.get(formulation.last()), shifts));
        }
        return views;
    }

    /**
     * The formulation's words where it first appears, with any of its other wordings that overlap
     * them there ("one-China policy and the" with "the three joint communiques").
     */
    private String firstWording(TrackedFormulation formulation) {
        TrackedFormulation.Place first = formulation.wordings().get(0).places().get(0);
        Span whole = unionOfOverlapping(placesIn(formulation, first.statement())).stream()
                .filter(span -> span.start() <= first.span().start() && first.span().end() <= span.end())
                .findFirst().orElse(first.span());
        return whole.of(series.statement(first.statement()).text());
    }

    /**
     * What the table calls a formulation: its first wording, or, when its first shift only added
     * words to that very wording, the wording that has them ("its alliances, and has" became "its alliances, does
     * not support "Taiwan independence" and has": the row is about what was added).
     */
    private String name(TrackedFormulation formulation, String firstWording) {
        if (formulation.shifts().isEmpty()) {
            return firstWording;
        }
        TrackedFormulation.Shift shift = formulation.shifts().get(0);
        String old = shift.old().span().of(series.statement(shift.old().statement()).text());
        String now = shift.now().span().of(series.statement(shift.now().statement()).text());
        return old.equals(firstWording) && TrackedFormulation.onlyAddsWords(old, now) ? now : firstWording;
    }

    /** Where the formulation's wordings occur in statement {@code k}, in the order of its wordings. */
    private static List<Span> placesIn(TrackedFormulation formulation, int k) {
        return formulation.wordings().stream().flatMap(wording -> wording.places().stream())
                .filter(place -> place.statement() == k).map(TrackedFormulation.Place::span).toList();
    }

    /** The spans in text order, those that overlap joined into one. */
    static List<Span> unionOfOverlapping(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> joined = new ArrayList<>();
        for (Span span : sorted) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() < last.end()) {
                joined.set(joined.size() - 1, last.union(span));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private static String statusText(TrackedFormulation.Status status) {
        return switch (status) {
            case CHANGED -> "wording shifted";
            case NEW -> "new";
            case HELD -> "held";
            case DROPPED -> "dropped";
        };
    }

    /** "S2 (2023-11-16)", or the short name alone without a date. */
    private String when(int k) {
        String date = series.timeline().dates().get(k);
        return shortNames.get(k) + (date == null ? "" : " (" + date + ")");
    }

    private SentenceLink link(int k, Span span) {
        int sentence = CounterpartsViews.sentenceAt(series.statement(k), span.start());
        String id = Ids.sentence(k == 0, sentence);
        String anchor = anchors.get(k).get(sentence);
        return new SentenceLink(k == 0 ? id : shortNames.get(k) + " " + id, anchor);
    }

    private List<SpeakerView> speakers() {
        AttributionRules rules = AttributionRules.defaults();
        Map<String, List<SpeakerView.SpeakerLine>> lines = new LinkedHashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (AttributionRules.Speaker speaker : rules.speakers()) {
            lines.put(speaker.id(), new ArrayList<>());
            kinds.put(speaker.id(), speaker.kind().label());
        }
        for (int k = 0; k < series.size(); k++) {
            SegmentedStatement statement = series.statement(k);
            for (Attribution attribution : series.attributions().get(k)) {
                String text = statement.sentence(attribution.sentence()).text(statement.text());
                lines.computeIfAbsent(attribution.speaker(), id -> new ArrayList<>()).add(new SpeakerView.SpeakerLine(
                        shortNames.get(k), statement.statement().label(),
                        new SentenceLink(Ids.sentence(k == 0, attribution.sentence()),
                                anchors.get(k).get(attribution.sentence())),
                        VisibleText.of(attribution.verbText().of(statement.text())), attribution.strength(),
                        attribution.category(), VisibleText.of(text), statement.language()));
                kinds.putIfAbsent(attribution.speaker(), attribution.kind().label());
            }
        }
        List<SpeakerView> speakers = new ArrayList<>();
        lines.forEach((id, list) -> {
            if (!list.isEmpty()) {
                speakers.add(new SpeakerView(id, speakerLabel(id), kinds.get(id), list.size(), list));
            }
        });
        return speakers;
    }

    private static String speakerLabel(String id) {
        AttributionRules.Speaker speaker = AttributionRules.defaults().speaker(id);
        return speaker == null ? id : speaker.label();
    }

    private AttributionView attribution(int k, Attribution attribution) {
        if (attribution == null) {
            return null;
        }
        String text = series.statement(k).text();
        return new AttributionView(attribution.speaker(), VisibleText.of(speakerLabel(attribution.speaker())),
                VisibleText.of(attribution.speakerText().of(text)), VisibleText.of(attribution.verbText().of(text)),
                attribution.strength(), attribution.category(),
                attribution.relay() == null ? null : VisibleText.of(attribution.relay().of(text)),
                attribution.pronoun() ? Ids.sentence(k == 0, attribution.antecedent()) : null);
    }

    private List<ContrastView> contrasts() {
        List<ContrastView> views = new ArrayList<>();
        for (int k = 1; k < series.size(); k++) {
            Comparison comparison = series.comparisons().get(k - 1);
            for (VerbContrast contrast : comparison.counterparts().verbContrasts()) {
                String left = comparison.left().text();
                String right = comparison.right().text();
                views.add(new ContrastView(shortNames.get(k), comparison.right().statement().label(),
                        new SentenceLink(Ids.left(contrast.left().sentence()), Ids.left(contrast.left().sentence())),
                        VisibleText.of(contrast.left().speakerText().of(left)), VisibleText.of(contrast.left().verbText().of(left)),
                        contrast.left().strength(), Ids.right(contrast.right().sentence()),
                        VisibleText.of(contrast.right().speakerText().of(right)),
                        VisibleText.of(contrast.right().verbText().of(right)), contrast.right().strength(),
                        contrast.difference() > 0 ? "stronger" : "weaker"));
            }
        }
        views.sort(java.util.Comparator.comparingInt(v -> Integer.parseInt(v.baseLink().id().substring(1))));
        return views;
    }

    private String join(List<Integer> sentences) {
        return join(sentences, false);
    }

    private static String join(List<Integer> sentences, boolean left) {
        List<String> ids = new ArrayList<>();
        for (int sentence : sentences) {
            ids.add(Ids.sentence(left, sentence));
        }
        return String.join(" ", ids);
    }

    private static String shorten(String text) {
        if (text.length() <= CHANGE_CHARS) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(CHANGE_CHARS)) ? CHANGE_CHARS - 1 : CHANGE_CHARS;
        return text.substring(0, end) + "\u2026";
    }

}
