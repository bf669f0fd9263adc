package org.readoutdiff.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.text.Statement;

/**
 * Times the engine end to end on the benchmark's counterpart inputs: read both files, compare
 * in auto mode, write the JSON report to a file; prints wall time, the process's CPU time, peak
 * heap (sum of the heap pools' peaks) and what the comparison reported. Not a test. Run one size per JVM so that the
 * heap figure is that size's alone:
 *
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.readoutdiff.bench.CounterpartsBenchmark target/peer-bench/inputs counterparts-1m [repetitions [detail limit]]
 * </pre>
 */
public final class CounterpartsBenchmark {

    /** CPU time of the whole process (all threads, JIT and GC included): less noisy than wall time on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path inputs = Path.of(args[0]);
        String name = args[1];
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ComparisonOptions options = args.length > 3
                ? ComparisonOptions.defaults().withCounterpartsDetailLimit(Long.parseLong(args[3]))
                : ComparisonOptions.defaults();
        Path out = Path.of("target", "bench", name + ".json");
        Files.createDirectories(out.getParent());
        for (int run = 1; run <= repetitions; run++) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            Statement left = Statement.of("A", Files.readString(inputs.resolve(name + ".A.txt")));
            Statement right = Statement.of("B", Files.readString(inputs.resolve(name + ".B.txt")));
            Comparison comparison = new ComparisonEngine(options).compare(left, right);
            long compared = System.nanoTime();
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                new ComparisonJsonWriter(false).write(comparison, file);
            }
            long end = System.nanoTime();
            long cpu = processCpuNanos() - cpuStart;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT,
                    "%s run %d: %.2f s end to end (compare %.2f s, JSON %.2f s, %d MB), process CPU %.2f s, peak heap %d MB;"
                            + " mode %s (%s);"
                            + " %d+%d sentences, %d pairs, %d+%d one-sided, %d shared phrases, %d topics; limits: %s%n",
                    name, run, (end - start) / 1e9, (compared - start) / 1e9, (end - compared) / 1e9,
                    Files.size(out) >> 20, cpu / 1e9, peak >> 20, comparison.mode().label(), comparison.modeReason(),
                    comparison.left().size(), comparison.right().size(), comparison.pairs().size(),
                    comparison.leftOnly().size(), comparison.rightOnly().size(), comparison.counterparts().sharedPhrases().size(),
                    comparison.counterparts().topics().size(), comparison.limits().reason());
        }
    }
}
