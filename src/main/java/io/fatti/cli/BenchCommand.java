package io.fatti.cli;

import io.fatti.entity.EntityBackend;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        description = "Measure single-threaded extraction throughput over real articles.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", defaultValue = "../shared/eval/meantime-it/articles.jsonl",
            description = "JSONL articles with a \"text\" field (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--mb", defaultValue = "5", description = "megabytes of text to process (default: ${DEFAULT-VALUE})")
    double megabytes;

    @Option(names = "--warmup-mb", defaultValue = "2", description = "megabytes of warm-up (default: ${DEFAULT-VALUE})")
    double warmupMegabytes;

    @Option(names = "--entities", split = ",", defaultValue = "opennlp,curated",
            description = "entity backends to measure, one run each (opennlp, curated, corenlp; default: ${DEFAULT-VALUE})")
    List<EntityBackend> backends;

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
        boolean first = true;
        for (EntityBackend backend : backends) {
            measure(texts, backend, first);
            first = false;
        }
        return 0;
    }

    private void measure(List<String> texts, EntityBackend backend, boolean first) {
        long heapBefore = usedHeap();
        long c0 = System.nanoTime();
        ItalianPipeline.Options options = ItalianPipeline.Options.defaults().withEntityBackend(backend);
        Fatti fatti = Fatti.italian(options);
        double constructionMs = (System.nanoTime() - c0) / 1e6;
        long heapAfterBuild = usedHeap();

        ArticleContext ctx = ArticleContext.undated();
        int[] tokenCounts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            tokenCounts[i] = fatti.prepare(texts.get(i), ctx).size(); // counted outside the timed runs
        }
        run(fatti, texts, tokenCounts, ctx, (long) (warmupMegabytes * 1_000_000));
        long target = (long) (megabytes * 1_000_000);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long[] totals = run(fatti, texts, tokenCounts, ctx, target);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpuS = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;

        System.out.printf(Locale.ROOT, "-- entities: %s%n", backend.name().toLowerCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "construction      %.0f ms (Fatti.italian() with this backend%s)%n", constructionMs,
                first ? ", cold: first in this JVM" : "; lexicons shared with the run above were already loaded");
        System.out.printf(Locale.ROOT, "heap              %.1f MB held by the extractor%n",
                Math.max(0, heapAfterBuild - heapBefore) / 1e6);
        System.out.printf(Locale.ROOT, "processed         %d articles, %.2f MB (UTF-16 chars as bytes), %d tokens, "
                + "%d mentions in %.2f s%n", totals[0], totals[1] / 1e6, totals[2], totals[3], s);
        System.out.printf(Locale.ROOT, "throughput        %.0f articles/s, %.2f MB/s, %.0f tokens/s (1 thread)%n",
                totals[0] / s, totals[1] / 1e6 / s, totals[2] / s);
        if (withoutFacts) {
            List<io.fatti.pipeline.Annotator> stages = new ArrayList<>(ItalianPipeline.defaultStages(options));
            stages.removeIf(a -> a instanceof io.fatti.fact.FactAnnotator);
            Fatti noFacts = Fatti.withStages(stages);
            run(noFacts, texts, tokenCounts, ctx, (long) (warmupMegabytes * 1_000_000));
            long cpu1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            run(noFacts, texts, tokenCounts, ctx, target);
            double without = (System.nanoTime() - t1) / 1e9;
            double withoutCpu = (cpu.getCurrentThreadCpuTime() - cpu1) / 1e9;
            // CPU time of this thread: on a shared machine wall time also counts other processes
            System.out.printf(Locale.ROOT, "with facts        %.2f s CPU (%.2f s wall)%n", cpuS, s);
            System.out.printf(Locale.ROOT, "without facts     %.2f s CPU (%.2f s wall) for the same text: the fact stage "
                    + "adds %.1f%% CPU time%n", withoutCpu, without, 100 * (cpuS - withoutCpu) / withoutCpu);
        }
    }

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
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<String> readTexts(Path file) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("text")) {
                    out.add(n.get("text").asText());
                }
            }
        }
        return out;
    }
}
