package org.readoutdiff.report.series;

import java.util.List;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesEngine;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.report.comparison.ReportFixtures;

/** Series comparisons for the tests: the Lima 2024 series of the fixtures, with provenance as a user would give it. */
public final class SeriesFixtures {

    public static final String DIR = "series/lima-2024/";

    private SeriesFixtures() {
    }

    /** China's Lima readout against the US one and China's readouts of 2023 and 2022, dates from the datelines. */
    public static SeriesComparison lima() {
        return new SeriesEngine(ComparisonOptions.defaults()).compare(limaBase(), List.of(
                ReportFixtures.statement(DIR + "counterpart.txt", "United States: readout (illustrative)",
                        new StatementMetadata("The White House", "Xi\u2013Biden, Lima, 16 Nov 2024", null,
                                "https://example.org/readouts/lima-2024-us-a", null)),
                ReportFixtures.statement(DIR + "earlier-2023.txt", "China: Woodside 2023 (illustrative)",
                        new StatementMetadata("Xinhua", "Xi\u2013Biden, Woodside, 15 Nov 2023", null, null, null)),
                ReportFixtures.statement(DIR + "earlier-2022.txt", "China: Bali 2022 (illustrative)",
                        new StatementMetadata("Xinhua", "Xi\u2013Biden, Bali, 14 Nov 2022", null, null, null))));
    }

    /** The Chinese series: Lima 2024 (zh) against the US readout in Chinese, the April 2024 call and Woodside 2023. */
    public static SeriesComparison chinese() {
        String dir = "series/zh-2023-2024/";
        return new SeriesEngine(ComparisonOptions.defaults()).compare(ReportFixtures.statement(dir + "base.txt", "中方：利马会晤", null),
                List.of(ReportFixtures.statement(dir + "counterpart.txt", "美方：利马会晤（中文译本）", null),
                        ReportFixtures.statement(dir + "earlier-2024-04.txt", "2024年4月通话", null),
                        ReportFixtures.statement(dir + "earlier-2023.txt", "2023年旧金山会晤", null)));
    }

    public static Statement limaBase() {
        return ReportFixtures.statement(DIR + "base.txt", "China: MFA readout, Lima 2024",
                ReportFixtures.SEED_METADATA.withDate(null));
    }
}
