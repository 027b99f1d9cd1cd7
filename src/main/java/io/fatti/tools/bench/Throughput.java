package io.fatti.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.core.ArticleContext;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.io.OrderedExtraction;
import io.fatti.io.ResumableOutput;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput figures of the extractor: over texts held in memory on 1..N threads (articles/s, MB/s, peak heap, the
 * scaling ratio), and end to end over a JSONL file on disk through the same classes as {@code extract} (reading,
 * ordered extraction on all threads, writing), checking that every input line gives exactly one output line.
 * A benchmark: it prints figures and asserts nothing about time.
 */
public final class Throughput {

    private final PrintStream out;

    public Throughput(PrintStream out) {
        this.out = out;
    }

    /** The "text" of every line of a JSONL file. */
    public static List<String> readTexts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("text")) {
                    texts.add(n.get("text").asText());
                }
            }
        }
        return texts;
    }

    public static Fatti extractor(EntityBackend backend) {
        return Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(backend));
    }

    /**
     * Articles, chars and mentions of one run, with what else the JVM did meanwhile: the time its JIT compilers spent
     * compiling and its garbage collector spent collecting, and the system load average before and after (the other
     * processes of the machine, which wall time also measures).
     */
    public record Run(long articles, long chars, long mentions, double seconds, long peakHeapBytes,
            double cpuSeconds, JvmActivity activity, long allocatedBytes, double extractionCpuSeconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return chars / 1e6 / seconds;
        }

        /** Articles per second of CPU time used by this JVM: unlike wall time, not lowered by other processes. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        /** CPU seconds per article spent extracting, on the extracting threads. */
        double extractionCpuPerArticle() {
            return extractionCpuSeconds / articles;
        }

        /** CPU seconds per article the rest of the JVM spent: JIT compilers, garbage collector, the feeding thread. */
        double otherCpuPerArticle() {
            return Math.max(0, cpuSeconds - extractionCpuSeconds) / articles;
        }
    }

    /**
     * What the JVM did besides running the extractor between two moments: seconds of JIT compilation (summed over
     * the compiler threads), seconds of garbage collection and the number of collections, and the system load
     * average (1 minute) at both ends.
     */
    public record JvmActivity(double jitSeconds, double gcSeconds, long collections, double loadBefore,
            double loadAfter) {

        /** A mark to measure from. */
        public static Mark mark() {
            return new Mark(jitMillis(), gcMillis(), collectionCount(), loadAverage());
        }

        /** A moment of the JVM's counters. */
        public record Mark(long jitMillis, long gcMillis, long collections, double load) {
            public JvmActivity since() {
                // Throughput's counters, not this record's accessors of the same names
                return new JvmActivity((Throughput.jitMillis() - jitMillis) / 1e3,
                        (Throughput.gcMillis() - gcMillis) / 1e3, collectionCount() - collections, load, loadAverage());
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "JIT compiling %.1f s, GC %.2f s in %d collections, load average %.1f -> %.1f",
                    jitSeconds, gcSeconds, collections, loadBefore, loadAfter);
        }
    }

    /** Accumulated elapsed time of the JIT compilers in ms (0 when the JVM does not tell). */
    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Accumulated time of every garbage collector in ms (concurrent cycles included: an upper bound of pauses). */
    static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    static long collectionCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** Bytes allocated so far by the current thread, or -1 when the JVM does not tell. */
    static long allocatedByThisThread() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
    }

    /** The system load average of the last minute, or -1 when the platform does not tell. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The JVM as it runs the benchmark: version, garbage collector, maximum heap, processors and the JVM flags given
     * on the command line (a ratio between runs is only fair with the same flags for both).
     */
    public static String jvmDescription() {
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return String.format(Locale.ROOT, "Java %s (%s), garbage collector: %s, max heap %.0f MB, %d processors, flags: %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), String.join(" + ", collectors),
                Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors(),
                flags.isEmpty() ? "none" : String.join(" ", flags));
    }

    /** How a warm-up ended: its length, the articles it ran, and whether the JIT compilers had become idle. */
    public record WarmUp(double seconds, long articles, boolean settled, double lastOtherShare) {
    }

    /**
     * Warms the JVM up on {@code threads} threads until its JIT compilers are idle: the pipeline is a lot of code, and
     * the C2 compiler keeps a core busy for a minute or more while a short warm-up already looks steady, so a ratio
     * measured earlier compares runs that share their cores with the compiler. Runs the texts in slices of
     * {@code sliceSeconds} until, two slices in a row, the JVM's CPU time besides extracting (the compilers, the
     * collector, the feeding thread) was under {@code idleShare} of the CPU time extracting, or until
     * {@code maxSeconds}. CPU time, not the compilers' own clock: that one only counts finished compilations, and
     * under load one C2 compilation can last several slices.
     */
    public WarmUp settle(Fatti fatti, List<String> texts, int threads, double sliceSeconds, double idleShare,
            double maxSeconds) throws IOException {
        long t0 = System.nanoTime();
        long articles = 0;
        int idleSlices = 0;
        double share = 1;
        while (idleSlices < 2 && (System.nanoTime() - t0) / 1e9 < maxSeconds) {
            long deadline = System.nanoTime() + (long) (sliceSeconds * 1e9);
            long cpu0 = processCpuNanos();
            long[] done = new long[1];
            OrderedExtraction extraction = new OrderedExtraction(fatti, threads);
            extraction.run(articles(texts, () -> System.nanoTime() < deadline, (int) articles), r -> done[0]++);
            long extracting = extraction.extractionCpuNanos();
            articles += done[0];
            share = extracting > 0 ? (processCpuNanos() - cpu0 - extracting) / (double) extracting : 1;
            idleSlices = share < idleShare ? idleSlices + 1 : 0;
        }
        return new WarmUp((System.nanoTime() - t0) / 1e9, articles, idleSlices >= 2, share);
    }

    /** The texts in turn from {@code offset}, as undated articles, while {@code more} holds. */
    private static Iterator<Article> articles(List<String> texts, java.util.function.BooleanSupplier more, int offset) {
        ArticleContext ctx = ArticleContext.undated();
        return new Iterator<>() {
            private int i = offset;

            @Override
            public boolean hasNext() {
                return more.getAsBoolean();
            }

            @Override
            public Article next() {
                String text = texts.get(i++ % texts.size());
                return new Article("a" + i, text, ctx);
            }
        };
    }

    /**
     * Extracts {@code texts}, repeated until {@code megabytes} of text (UTF-16 chars counted as bytes), on
     * {@code threads} threads through {@link OrderedExtraction}.
     */
    public Run inMemory(Fatti fatti, List<String> texts, double megabytes, int threads) throws IOException {
        long target = (long) (megabytes * 1_000_000);
        long[] read = new long[1];
        Iterator<Article> articles = articles(texts, () -> read[0] < target, 0);
        Iterator<Article> counted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Article next() {
                Article a = articles.next();
                read[0] += a.text().length();
                return a;
            }
        };
        long[] totals = new long[3];
        resetPeakHeap();
        JvmActivity.Mark mark = JvmActivity.mark();
        long cpu0 = processCpuNanos();
        long allocated0 = allocatedByThisThread();
        long t0 = System.nanoTime();
        OrderedExtraction extraction = new OrderedExtraction(fatti, threads);
        extraction.run(counted, r -> {
            totals[0]++;
            totals[1] += r.article().text().length();
            totals[2] += r.extraction().mentions().size();
        });
        double s = (System.nanoTime() - t0) / 1e9;
        // on one thread all the work is on this thread, whose allocation the JVM counts exactly
        long allocated = threads == 1 && allocated0 >= 0 ? allocatedByThisThread() - allocated0 : -1;
        return new Run(totals[0], totals[1], totals[2], s, peakHeap(), (processCpuNanos() - cpu0) / 1e9, mark.since(),
                allocated, extraction.extractionCpuNanos() / 1e9);
    }

    /** Prints one in-memory run. */
    public void print(Run run, int threads) {
        out.printf(Locale.ROOT, "throughput        %.0f articles/s, %.3f MB/s (%d thread%s; %d articles, %.2f MB, "
                + "%d mentions in %.1f s; peak heap %.0f MB; CPU %.1f s, %.2f cores busy on average)%n",
                run.articlesPerSecond(), run.megabytesPerSecond(), threads, threads == 1 ? "" : "s", run.articles(),
                run.chars() / 1e6, run.mentions(), run.seconds(), run.peakHeapBytes() / 1e6, run.cpuSeconds(),
                run.cpuSeconds() / run.seconds());
        out.printf(Locale.ROOT, "  cpu per article %.2f ms extracting (on the extracting threads), %.2f ms the rest of the JVM "
                + "(JIT, GC, feeding)%n", 1e3 * run.extractionCpuPerArticle(), 1e3 * run.otherCpuPerArticle());
        out.printf(Locale.ROOT, "  meanwhile       %s%s%n", run.activity(), run.allocatedBytes() < 0 ? ""
                : String.format(Locale.ROOT, "; allocated %.0f KB per article", run.allocatedBytes() / 1e3 / run.articles()));
    }

    /**
     * The thread scaling: after a warm-up until the JIT compilers are idle ({@link #settle}, skipped when
     * {@code settleSeconds} is 0), the in-memory run on each of {@code threadCounts} in turn, {@code rounds} times
     * (1, 2, 1, 2, ...: a change of the machine's load then shows as rounds that disagree), and the ratio of each
     * count's articles/s to the first count's, per round and the median.
     */
    public void scaling(Fatti fatti, List<String> texts, double megabytes, List<Integer> threadCounts, int rounds,
            double settleSeconds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        for (int n : threadCounts) {
            if (n < 1) {
                throw new IllegalArgumentException("thread counts must be at least 1, was " + n);
            }
        }
        int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        if (settleSeconds > 0) {
            WarmUp w = settle(fatti, texts, most, 2, 0.10, settleSeconds);
            out.printf(Locale.ROOT, "warm-up           %s after %.1f s (%d articles on %d thread%s; the JVM's CPU time "
                    + "besides extracting: %.0f%% of the extracting in the last 2 s)%n", w.settled()
                            ? "JIT compilers idle" : "JIT compilers STILL BUSY (not steady state)",
                    w.seconds(), w.articles(), most, most == 1 ? "" : "s", 100 * w.lastOtherShare());
        }
        int first = threadCounts.get(0);
        List<List<Double>> ratios = new ArrayList<>();
        List<List<Double>> efficiencies = new ArrayList<>();
        for (int k = 1; k < threadCounts.size(); k++) {
            ratios.add(new ArrayList<>());
            efficiencies.add(new ArrayList<>());
        }
        for (int round = 1; round <= rounds; round++) {
            Run base = null;
            for (int k = 0; k < threadCounts.size(); k++) {
                int n = threadCounts.get(k);
                Run run = inMemory(fatti, texts, megabytes, n);
                print(run, n);
                if (k == 0) {
                    base = run;
                    continue;
                }
                double ratio = run.articlesPerSecond() / base.articlesPerSecond();
                double efficiency = run.articlesPerCpuSecond() / base.articlesPerCpuSecond();
                ratios.get(k - 1).add(ratio);
                efficiencies.get(k - 1).add(efficiency);
                out.printf(Locale.ROOT, "scaling           %d -> %d threads: %.2fx (articles/s%s)%n", first, n, ratio,
                        rounds > 1 ? ", round " + round : "");
            }
        }
        for (int k = 1; k < threadCounts.size(); k++) {
            List<Double> r = ratios.get(k - 1);
            List<Double> e = efficiencies.get(k - 1);
            if (rounds > 1) {
                out.printf(Locale.ROOT, "scaling           %d -> %d threads: median %.2fx over %d rounds (%s; %d cores)%n",
                        first, threadCounts.get(k), median(r), rounds, joined(r, "x"),
                        Runtime.getRuntime().availableProcessors());
            }
            // On a machine shared with other work the wall-time ratio says more about the others than about us;
            // articles per CPU second tell whether the threads slow each other down (1.00: not at all).
            out.printf(Locale.ROOT, "cpu efficiency    %d -> %d threads: %.2f (articles per CPU second of the JVM, GC and "
                    + "JIT included; %s)%n", first, threadCounts.get(k), median(e), rounds > 1
                            ? "median of " + joined(e, "") : "1.00: the threads do not slow each other down");
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String joined(List<Double> values, String suffix) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(String.format(Locale.ROOT, "%.2f%s", v, suffix));
        }
        return String.join(" ", parts);
    }

    /** Writes {@code texts} repeated to at least {@code megabytes} as JSONL with unique ids; returns the lines. */
    public static long writeCorpus(List<String> texts, double megabytes, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long target = (long) (megabytes * 1_000_000);
        long bytes = 0;
        long lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (bytes < target) {
                String text = texts.get((int) (lines % texts.size()));
                ObjectNode o = json.createObjectNode();
                o.put("id", "bench-" + lines);
                o.put("text", text);
                o.put("date", "2021-11-25");
                String line = o.toString();
                w.write(line);
                w.write('\n');
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                lines++;
            }
        }
        return lines;
    }

    /**
     * End to end, as {@code extract} does it: reads {@code input}, extracts on {@code threads} threads in order,
     * writes {@code output}; prints the figures and whether every input line gave exactly one output line.
     *
     * @return true when the output has exactly one line per valid input line
     */
    public boolean batch(Fatti fatti, Path input, long inputLines, Path output, int threads) throws IOException {
        AtomicLong skipped = new AtomicLong();
        ArticleSource source = new ArticleSource(p -> skipped.incrementAndGet());
        long bytes = Files.size(input);
        long[] written = new long[1];
        resetPeakHeap();
        JvmActivity.Mark mark = JvmActivity.mark();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (ResumableOutput o = ResumableOutput.open(output, false)) {
            new OrderedExtraction(fatti, threads).run(source.read(input.toString(), System.in), r -> {
                o.writer().write(r.json());
                o.writer().write('\n');
                written[0]++;
            });
            o.commit();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        JvmActivity activity = mark.since();
        long peak = peakHeap();
        long outLines;
        try (var lines = Files.lines(output, StandardCharsets.UTF_8)) {
            outLines = lines.count();
        }
        boolean exact = outLines == inputLines - skipped.get() && outLines == written[0];
        out.printf(Locale.ROOT, "batch             %d input lines (%.1f MB on disk) -> %d output lines, %d skipped: %s%n",
                inputLines, bytes / 1e6, outLines, skipped.get(),
                exact ? "one line per valid input line" : "MISMATCH");
        out.printf(Locale.ROOT, "batch throughput  %.0f articles/s, %.3f MB/s on %d threads in %.1f s; peak heap %.0f MB "
                + "(max heap %.0f MB)%n", written[0] / s, bytes / 1e6 / s, threads, s, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        out.printf(Locale.ROOT, "  meanwhile       CPU %.1f s, %.2f cores busy on average; %s%n", cpu, cpu / s, activity);
        return exact;
    }

    /** CPU time of this JVM (all threads, GC included), or 0 when the platform does not tell. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Resets the peak usage of every heap pool. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak usage since the last reset: an upper bound of the peak heap in use. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Used heap after a collection. */
    public static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Mentions of one extraction, for a warm-up that is not optimised away. */
    public static int mentions(Extraction x) {
        return x.mentions().size();
    }
}
