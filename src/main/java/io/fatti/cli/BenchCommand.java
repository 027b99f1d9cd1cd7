package io.fatti.cli;

import io.fatti.entity.EntityBackend;
import io.fatti.tools.bench.Throughput;
import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.time.TemporalAnnotator;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: single-threaded throughput over real articles (MEANTIME by default), repeated to a target size,
 * after a warm-up. Prints construction time, heap, articles/s, MB/s and tokens/s. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput over real articles: one thread, then --threads 1,2 for the "
                + "scaling, --batch for a run end to end over a file.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "../shared/eval/meantime-it/articles.jsonl",
            description = "JSONL articles with a \"text\" field (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--mb", defaultValue = "5", description = "megabytes of text to process (default: ${DEFAULT-VALUE})")
    double megabytes;

    @Option(names = "--warmup-mb", defaultValue = "2", description = "megabytes of warm-up (default: ${DEFAULT-VALUE})")
    double warmupMegabytes;

    @Option(names = "--entities", split = ",", defaultValue = "opennlp,opennlp_fast,curated",
            description = "entity backends to measure, one run each (opennlp, opennlp_fast, curated, corenlp; "
                    + "default: ${DEFAULT-VALUE})")
    List<EntityBackend> backends;

    @Option(names = "--threads", split = ",", defaultValue = "1",
            description = "thread counts to measure after the single-thread figures, e.g. 1,2 for the scaling ratio "
                    + "(default: ${DEFAULT-VALUE})")
    List<Integer> threadCounts;

    @Option(names = "--rounds", defaultValue = "1",
            description = "with --threads: run the thread counts in turn this many times (1,2,1,2,...) and print the "
                    + "median ratio (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--settle-seconds", defaultValue = "180",
            description = "with --threads: before the runs, warm up on all threads until the JIT compilers are idle, "
                    + "for at most this long; 0 skips it (default: ${DEFAULT-VALUE})")
    double settleSeconds;

    @Option(names = "--batch", description = "also run end to end as extract does (JSONL file of --mb megabytes on disk, "
            + "all threads, output file), checking one output line per input line")
    boolean batch;

    @Option(names = "--keep-input", description = "with --batch: write the generated JSONL input here and keep it "
            + "(for example to run the Spark job on the same data)")
    Path keepInput;

    @Option(names = "--without-facts",
            description = "also measure each backend without the fact stage and print the share the facts add")
    boolean withoutFacts;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            System.out.println("bench: " + input + " not found (nothing to measure)");
            return 0;
        }
        List<String> texts = readTexts(input);
        if (texts.isEmpty()) {
            System.out.println("bench: no articles in " + input);
            return 0;
        }
        System.out.printf(Locale.ROOT, "bench: input %s (%d articles, repeated to %.1f MB after %.1f MB warm-up)%n",
                input, texts.size(), megabytes, warmupMegabytes);
        System.out.println("jvm: " + Throughput.jvmDescription());
        boolean first = true;
        boolean exact = true;
        for (EntityBackend backend : backends) {
            Fatti fatti = measure(texts, backend, first);
            first = false;
            threads(fatti, texts);
            if (batch) {
                exact &= batch(fatti, texts);
            }
        }
        measureTimeStage(texts);
        return exact ? 0 : 1;
    }

    /** In-memory runs on each of --threads (beyond the single-thread figures above) and the scaling ratio. */
    private void threads(Fatti fatti, List<String> texts) throws java.io.IOException {
        if (threadCounts.equals(List.of(1))) {
            return;
        }
        new Throughput(System.out).scaling(fatti, texts, megabytes, threadCounts, rounds, settleSeconds);
    }

    /** End to end over a file of --mb megabytes on all threads (the largest of --threads). */
    private boolean batch(Fatti fatti, List<String> texts) throws java.io.IOException {
        Path dir = Files.createTempDirectory("fatti-bench");
        Path in = keepInput != null ? keepInput : dir.resolve("input.jsonl");
        long lines = Throughput.writeCorpus(texts, megabytes, in);
        int n = Math.max(Runtime.getRuntime().availableProcessors(),
                threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1));
        try {
            return new Throughput(System.out).batch(fatti, in, lines, dir.resolve("output.jsonl"), n);
        } finally {
            Files.deleteIfExists(dir.resolve("output.jsonl"));
            if (keepInput == null) {
                Files.deleteIfExists(in);
            }
            Files.deleteIfExists(dir);
        }
    }


    /** The time stage alone (tokenising included), so a change to the time grammar shows in its own figure. */
    private void measureTimeStage(List<String> texts) {
        Fatti fatti = Fatti.withStages(List.of(TemporalAnnotator.italian()));
        ArticleContext ctx = ArticleContext.undated();
        int[] tokenCounts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            tokenCounts[i] = fatti.prepare(texts.get(i), ctx).size();
        }
        run(fatti, texts, tokenCounts, ctx, (long) (warmupMegabytes * 1_000_000));
        long t0 = System.nanoTime();
        long[] totals = run(fatti, texts, tokenCounts, ctx, (long) (megabytes * 1_000_000));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "-- time stage alone (tokens and dates, no other stage)%n");
        System.out.printf(Locale.ROOT, "processed         %d articles, %.2f MB, %d tokens, %d temporal mentions in %.2f s%n",
                totals[0], totals[1] / 1e6, totals[2], totals[3], s);
        System.out.printf(Locale.ROOT, "throughput        %.0f articles/s, %.2f MB/s, %.0f tokens/s (1 thread)%n",
                totals[0] / s, totals[1] / 1e6 / s, totals[2] / s);
        // The stage's own work: the same articles tokenised once beforehand, only the annotator timed (CPU time).
        TemporalAnnotator stage = TemporalAnnotator.italian();
        List<io.fatti.text.Document> docs = texts.stream().map(text -> fatti.prepare(text, ctx)).toList();
        annotate(stage, docs, (long) (warmupMegabytes * 1_000_000));
        long c0 = THREADS.getCurrentThreadCpuTime();
        long[] own = annotate(stage, docs, (long) (megabytes * 1_000_000));
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "stage only        %.2f MB/s, %.0f tokens/s per CPU-second (tokenising excluded: "
                + "%.2f CPU-s for the %.2f s above)%n", own[0] / 1e6 / cpu, own[1] / cpu, cpu, s);
    }

    /** Runs the annotator over prepared documents until {@code chars} characters; returns {chars, tokens}. */
    private static long[] annotate(TemporalAnnotator stage, List<io.fatti.text.Document> docs, long chars) {
        long[] t = new long[2];
        for (int i = 0; t[0] < chars; i++) {
            io.fatti.text.Document doc = docs.get(i % docs.size());
            stage.annotate(doc, new io.fatti.pipeline.Annotations());
            t[0] += doc.original().length();
            t[1] += doc.size();
        }
        return t;
    }

    private Fatti measure(List<String> texts, EntityBackend backend, boolean first) {
        long heapBefore = usedHeap();
        long directBefore = directMemory();
        long c0 = System.nanoTime();
        long p0 = processCpu();
        ItalianPipeline.Options options = ItalianPipeline.Options.defaults().withEntityBackend(backend);
        Fatti fatti = Fatti.italian(options);
        double constructionMs = (System.nanoTime() - c0) / 1e6;
        double constructionCpuMs = (processCpu() - p0) / 1e6;
        long heapAfterBuild = usedHeap();
        long directAfterBuild = directMemory();

        ArticleContext ctx = ArticleContext.undated();
        int[] tokenCounts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            tokenCounts[i] = fatti.prepare(texts.get(i), ctx).size(); // counted outside the timed runs
        }
        run(fatti, texts, tokenCounts, ctx, (long) (warmupMegabytes * 1_000_000));
        long target = (long) (megabytes * 1_000_000);
        Throughput.resetPeakHeap();
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long[] totals = run(fatti, texts, tokenCounts, ctx, target);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuS = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peakHeap = Throughput.peakHeap();

        System.out.printf(Locale.ROOT, "-- entities: %s%n", backend.name().toLowerCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "construction      %.0f ms, %.0f ms CPU of all threads (Fatti.italian() with "
                + "this backend%s)%n", constructionMs, constructionCpuMs,
                first ? ", cold: first in this JVM" : "; lexicons shared with the run above were already loaded");
        System.out.printf(Locale.ROOT, "heap              %.1f MB held by the extractor (used heap after GC), "
                + "plus %.1f MB off-heap (direct buffers: the compiled weights)%n",
                Math.max(0, heapAfterBuild - heapBefore) / 1e6, Math.max(0, directAfterBuild - directBefore) / 1e6);
        System.out.printf(Locale.ROOT, "processed         %d articles, %.2f MB (UTF-16 chars as bytes), %d tokens, "
                + "%d mentions in %.2f s%n", totals[0], totals[1] / 1e6, totals[2], totals[3], s);
        System.out.printf(Locale.ROOT, "throughput        %.0f articles/s, %.2f MB/s, %.0f tokens/s (1 thread)%n",
                totals[0] / s, totals[1] / 1e6 / s, totals[2] / s);
        System.out.printf(Locale.ROOT, "peak heap         %.0f MB during this run (the heap pools' peaks; max heap %.0f MB)%n",
                peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        // on a shared machine the thread's CPU time tells the extractor's own speed when wall time cannot
        System.out.printf(Locale.ROOT, "cpu throughput    %.2f MB/s, %.0f tokens/s (per CPU-second of this thread, "
                + "%.2f s)%n", totals[1] / 1e6 / cpuS, totals[2] / cpuS, cpuS);
        if (withoutFacts) {
            List<io.fatti.pipeline.Annotator> stages = new java.util.ArrayList<>(ItalianPipeline.defaultStages(options));
            stages.removeIf(a -> a instanceof io.fatti.fact.FactAnnotator);
            Fatti noFacts = Fatti.withStages(stages);
            run(noFacts, texts, tokenCounts, ctx, (long) (warmupMegabytes * 1_000_000));
            // rounds that alternate with and without the fact stage, so that caches filling up and the compiler's
            // late work weigh on both sides alike; CPU time of this thread summed per side
            double withCpu = 0;
            double withoutCpu = 0;
            double with = 0;
            double without = 0;
            for (int round = 0; round < FACT_ROUNDS; round++) {
                long cpu1 = THREADS.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                run(fatti, texts, tokenCounts, ctx, target / FACT_ROUNDS);
                withCpu += (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9;
                with += (System.nanoTime() - t1) / 1e9;
                cpu1 = THREADS.getCurrentThreadCpuTime();
                t1 = System.nanoTime();
                run(noFacts, texts, tokenCounts, ctx, target / FACT_ROUNDS);
                withoutCpu += (THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9;
                without += (System.nanoTime() - t1) / 1e9;
            }
            // CPU time of this thread: on a shared machine wall time also counts other processes
            System.out.printf(Locale.ROOT, "with facts        %.2f s CPU (%.2f s wall) in %d rounds alternating with the "
                    + "run below%n", withCpu, with, FACT_ROUNDS);
            System.out.printf(Locale.ROOT, "without facts     %.2f s CPU (%.2f s wall) for the same text: the fact stage "
                    + "adds %.1f%% CPU time%n", withoutCpu, without, 100 * (withCpu - withoutCpu) / withoutCpu);
        }
        return fatti;
    }

    /** Rounds of the with/without-facts comparison, alternating. */
    private static final int FACT_ROUNDS = 4;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Returns {articles, chars, tokens, mentions}. */
    private static long[] run(Fatti fatti, List<String> texts, int[] tokenCounts, ArticleContext ctx, long chars) {
        long[] t = new long[4];
        int i = 0;
        while (t[1] < chars) {
            int k = i++ % texts.size();
            String text = texts.get(k);
            Extraction x = fatti.extract(text, ctx);
            t[0]++;
            t[1] += text.length();
            t[2] += tokenCounts[k];
            t[3] += x.mentions().size();
        }
        return t;
    }

    private static long usedHeap() {
        return Throughput.usedHeap();
    }

    /** CPU time of the whole process so far, in nanoseconds (-1 when the JVM does not tell). */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** Bytes held in direct buffers (the compiled name-model weights are read into one). */
    private static long directMemory() {
        long used = 0;
        for (java.lang.management.BufferPoolMXBean pool
                : java.lang.management.ManagementFactory.getPlatformMXBeans(
                        java.lang.management.BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                used += pool.getMemoryUsed();
            }
        }
        return used;
    }

    private static List<String> readTexts(Path file) throws java.io.IOException {
        return Throughput.readTexts(file);
    }
}
