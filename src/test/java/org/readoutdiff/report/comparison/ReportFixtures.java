package org.readoutdiff.report.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.CounterpartsFindings;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.text.TextDecoder;
import org.readoutdiff.text.UndecodableInputException;

/** Comparisons for the report tests: from the fixtures through the engine, or completed by hand. */
public final class ReportFixtures {

    public static final String SEED = "statements/seed-lima-2024-cn.txt";
    public static final String US_A = "statements/lima-2024-us-a.txt";

    /** Provenance of the seed, as a user would type it (the URL is a placeholder). */
    public static final StatementMetadata SEED_METADATA = new StatementMetadata("Chinese Foreign Ministry (via Xinhua)",
            "Xi\u2013Biden, Lima, 16 Nov 2024", "2024-11-18", "https://example.org/readouts/seed-lima-2024-cn",
            "2024-11-18T09:30:00Z");

    private ReportFixtures() {
    }

    public static Statement statement(String fixture, String label, StatementMetadata metadata) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("fixtures").resolve(fixture));
            return new Statement(label, new TextDecoder().decode(bytes, null).text(), Statement.sha256(bytes), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UndecodableInputException e) {
            throw new IllegalStateException(fixture + ": " + e.getMessage(), e);
        }
    }

    public static Comparison compare(Statement left, Statement right, Mode mode) {
        return new ComparisonEngine(ComparisonOptions.defaults().withMode(mode)).compare(left, right);
    }

    /** The seed against one of its edited versions, with provenance on both sides. */
    public static Comparison seedVersus(String versionCase) {
        return compare(statement(SEED, "Seed (MFA, 18 Nov 2024)", SEED_METADATA),
                statement("versions/" + versionCase + "/right.txt", "Edited version (" + versionCase + ")",
                        SEED_METADATA.withRetrievedAt("2024-11-19T08:00:00Z")),
                Mode.AUTO);
    }

    /** The seed against the US-side readout of the same meeting. */
    public static Comparison seedVersusCounterpart() {
        return compare(statement(SEED, "China: MFA readout", SEED_METADATA),
                statement(US_A, "United States: readout (illustrative)", new StatementMetadata("The White House",
                        "Xi\u2013Biden, Lima, 16 Nov 2024", "2024-11-16", "https://example.org/readouts/lima-2024-us-a",
                        "2024-11-17T10:00:00Z")),
                Mode.COUNTERPARTS);
    }

    /**
     * The comparison with its counterparts analysis replaced: topics, shared phrases and the
     * topics of one-sided sentences (by sentence index), as the analysis would fill them.
     */
    public static Comparison withAnalysis(Comparison c, List<TopicCoverage> topics, List<SharedPhrase> shared,
                                          Map<Integer, List<String>> leftTopics, Map<Integer, List<String>> rightTopics) {
        return new Comparison(c.mode(), c.modeReason(), c.left(), c.right(), c.pairs(), tagged(c.leftOnly(), leftTopics),
                tagged(c.rightOnly(), rightTopics), c.moves(), c.summary(), c.limits(), c.options(), c.engineVersion(),
                new CounterpartsFindings(c.counterparts().links(), shared, topics, List.of(), List.of()));
    }

    private static List<OneSided> tagged(List<OneSided> sentences, Map<Integer, List<String>> topics) {
        List<OneSided> result = new ArrayList<>();
        for (OneSided s : sentences) {
            result.add(new OneSided(s.sentence(), s.boilerplate(), topics.getOrDefault(s.sentence(), s.topics())));
        }
        return result;
    }
}
