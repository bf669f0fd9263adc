package org.readoutdiff.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.StatementMetadata;

/**
 * A batch manifest as {@link ManifestReader} read and checked it: its entries in their order,
 * every file resolved inside the manifest's folder.
 *
 * @param name    the manifest file as the user named it, for messages
 * @param title   the title of the index page, or null
 * @param entries the entries, in the manifest's order
 */
public record BatchManifest(String name, String title, List<Entry> entries) {

    public BatchManifest {
        entries = List.copyOf(entries);
    }

    /**
     * One entry: a pair ({@code left}, {@code right}) or one base statement against others
     * ({@code base}, {@code others}). A base entry with two others or more is one series
     * comparison with one set of reports; with a single other it is a pairwise comparison, as a
     * pair would be, whose id keeps the other's id ({@code <entry>--<other>}).
     *
     * @param where  the entry in messages: {@code comparisons[2] (seed-vs-us)}
     * @param id     the entry's id, given or derived from its files
     * @param title  the title the user gave it, or null
     * @param pair   whether it was written as {@code left}/{@code right}
     * @param base   the left statement of every comparison of the entry
     * @param others the right statements
     */
    public record Entry(String where, String id, String title, boolean pair, StatementInput base,
                        List<StatementInput> others, Options options) {

        public Entry {
            others = List.copyOf(others);
        }

        /** Whether the entry is one series comparison: a base against two others or more. */
        public boolean series() {
            return others.size() > 1;
        }
    }

    /**
     * How an entry is compared and reported.
     *
     * @param topics  a topic lexicon file, or null for the default lexicon
     * @param verbs   a reporting-verb scale file, or null for the default scale
     * @param formats the report formats, in {@link ReportFormat} order
     * @param failOn  whether the entry's comparisons take part in {@code --fail-on}
     */
    public record Options(Mode mode, boolean ignoreCase, Duration timeBudget, InputFile topics, InputFile verbs,
                          List<ReportFormat> formats, boolean failOn) {

        public Options {
            formats = List.copyOf(formats);
        }

        /**
         * Mode auto, case matters, 60 seconds, the default topics and verb scale, html, json and
         * md, taking part in --fail-on.
         */
        public static Options defaults() {
            return new Options(Mode.AUTO, false, Duration.ofSeconds(60), null, null,
                    List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.MD), true);
        }

        public Options withMode(Mode value) {
            return new Options(value, ignoreCase, timeBudget, topics, verbs, formats, failOn);
        }

        public Options withIgnoreCase(boolean value) {
            return new Options(mode, value, timeBudget, topics, verbs, formats, failOn);
        }

        public Options withTimeBudget(Duration value) {
            return new Options(mode, ignoreCase, value, topics, verbs, formats, failOn);
        }

        public Options withTopics(InputFile value) {
            return new Options(mode, ignoreCase, timeBudget, value, verbs, formats, failOn);
        }

        public Options withVerbs(InputFile value) {
            return new Options(mode, ignoreCase, timeBudget, topics, value, formats, failOn);
        }

        public Options withFormats(List<ReportFormat> value) {
            return new Options(mode, ignoreCase, timeBudget, topics, verbs, value, failOn);
        }

        public Options withFailOn(boolean value) {
            return new Options(mode, ignoreCase, timeBudget, topics, verbs, formats, value);
        }
    }

    /**
     * A file named in the manifest.
     *
     * @param path  the file, resolved (symbolic links too) inside the manifest's folder
     * @param name  the path relative to the manifest's folder, with {@code /} between folders
     * @param where where the manifest names it, for messages: {@code comparisons[0] (seed): base}
     */
    public record InputFile(Path path, String name, String where) {
    }

    /**
     * A statement named in the manifest.
     *
     * @param id       a short name for comparison ids (given, or from the file name)
     * @param label    the label the user gave, or null for the file name
     * @param encoding the declared character set, or null to detect it
     */
    public record StatementInput(InputFile file, String id, String label, StatementMetadata metadata,
                                 String encoding) {
    }

    /**
     * One comparison to run, with one set of reports named after its id: pairwise (one other
     * statement) or a series (several).
     */
    public record Planned(String id, Entry entry, StatementInput base, List<StatementInput> others) {

        public Planned {
            others = List.copyOf(others);
        }

        public boolean series() {
            return others.size() > 1;
        }

        /** The id of a series' comparison of the base with its k-th other statement (which has no report of its own). */
        public String comparisonId(int k) {
            return id + "--" + others.get(k).id();
        }

        /** Its id and, for a series, the ids of its comparisons: all name rows of the index. */
        public List<String> ids() {
            List<String> ids = new ArrayList<>(List.of(id));
            for (int k = 0; series() && k < others.size(); k++) {
                ids.add(comparisonId(k));
            }
            return ids;
        }
    }

    /**
     * Every comparison to run, in the manifest's order: one per pair, one per series entry, one
     * for a base entry with a single other.
     */
    public List<Planned> comparisons() {
        List<Planned> planned = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.pair() || entry.series()) {
                planned.add(new Planned(entry.id(), entry, entry.base(), entry.others()));
            } else {
                StatementInput other = entry.others().get(0);
                planned.add(new Planned(entry.id() + "--" + other.id(), entry, entry.base(), List.of(other)));
            }
        }
        return planned;
    }
}
