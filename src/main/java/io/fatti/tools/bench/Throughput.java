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

    /** Articles, chars and mentions of one run. */
    public record Run(long articles, long chars, long mentions, double seconds, long peakHeapBytes,
            double cpuSeconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return chars / 1e6 / seconds;
        }

        /** Articles per second of CPU time used by this JVM: unlike wall time, not lowered by other processes. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    /**
     * Extracts {@code texts}, repeated until {@code megabytes} of text (UTF-16 chars counted as bytes), on
     * {@code threads} threads through {@link OrderedExtraction}.
     */
    public Run inMemory(Fatti fatti, List<String> texts, double megabytes, int threads) throws IOException {
        long target = (long) (megabytes * 1_000_000);
        ArticleContext ctx = ArticleContext.undated();
        Iterator<Article> articles = new Iterator<>() {
            private long chars;
            private int i;

            @Override
            public boolean hasNext() {
                return chars < target;
            }

            @Override
            public Article next() {
                String text = texts.get(i++ % texts.size());
                chars += text.length();
                return new Article("a" + i, text, ctx);
            }
        };
        long[] totals = new long[3];
        resetPeakHeap();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        new OrderedExtraction(fatti, threads).run(articles, r -> {
            totals[0]++;
            totals[1] += r.article().text().length();
            totals[2] += r.extraction().mentions().size();
        });
        double s = (System.nanoTime() - t0) / 1e9;
        return new Run(totals[0], totals[1], totals[2], s, peakHeap(), (processCpuNanos() - cpu0) / 1e9);
    }

    /** Prints one in-memory run. */
    public void print(Run run, int threads) {
        out.printf(Locale.ROOT, "throughput        %.0f articles/s, %.3f MB/s (%d thread%s; %d articles, %.2f MB, "
                + "%d mentions in %.1f s; peak heap %.0f MB; CPU %.1f s, %.2f cores busy on average)%n",
                run.articlesPerSecond(), run.megabytesPerSecond(), threads, threads == 1 ? "" : "s", run.articles(),
                run.chars() / 1e6, run.mentions(), run.seconds(), run.peakHeapBytes() / 1e6, run.cpuSeconds(),
                run.cpuSeconds() / run.seconds());
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
