package io.fatti.io;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.json.ExtractionJson;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Extracts a stream of articles on several threads and hands the results over in input order, so the output is the
 * same as on one thread. At most {@code threads × 4} articles are in flight: memory stays flat whatever the number of
 * articles. The JSON line is rendered on the worker thread too.
 */
public final class OrderedExtraction {

    /** One article's result. */
    public record Result(Article article, Extraction extraction, String json) {
    }

    /** Receives the results in input order, on the calling thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(Result result) throws IOException;
    }

    private final Fatti fatti;
    private final int threads;
    /** CPU time the extracting threads spent in {@link #extract} (extraction and JSON), in nanoseconds. */
    private final LongAdder extractionCpu = new LongAdder();

    public OrderedExtraction(Fatti fatti, int threads) {
        if (fatti == null) {
            throw new IllegalArgumentException("fatti is null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.fatti = fatti;
        this.threads = threads;
    }

    /** The results of one article, on the current thread. */
    public Result extract(Article a) {
        Extraction x = fatti.extract(a.text(), a.context());
        return new Result(a, x, escapeLoneSurrogates(ExtractionJson.line(a.id(), x)));
    }

    private Result timedExtract(Article a) {
        if (!CPU_TIME) {
            return extract(a);
        }
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        Result r = extract(a);
        extractionCpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
        return r;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    /**
     * The CPU time the extracting threads have spent extracting and rendering in {@link #run} so far, in nanoseconds:
     * the rest of the process's CPU time went to reading, writing, the garbage collector and the JIT compilers.
     * Negative when the JVM does not measure thread CPU time.
     */
    public long extractionCpuNanos() {
        return CPU_TIME ? extractionCpu.sum() : -1;
    }

    /**
     * A JSON line with every lone surrogate (not valid Unicode, so not writable as UTF-8) written as a {@code \\uXXXX}
     * escape: the text a mention carries then reads back exactly as it is in the article. Lone surrogates only occur
     * inside JSON strings, where the escape is valid. Lines without one are returned as they are.
     */
    public static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(json.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                lone = true;
            } else if (Character.isLowSurrogate(c)) {
                lone = true;
            }
            if (lone && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (lone) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }

    /**
     * Runs every article of {@code articles} and gives each result to {@code sink}, in order. With one thread all
     * work happens on the calling thread.
     *
     * @throws IOException when the sink fails (the run stops)
     */
    public void run(Iterator<Article> articles, Sink sink) throws IOException {
        if (threads == 1) {
            while (articles.hasNext()) {
                sink.accept(timedExtract(articles.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fatti-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int capacity = threads * 4;
            while (true) {
                while (window.size() < capacity && articles.hasNext()) {
                    Article a = articles.next();
                    window.add(pool.submit(() -> timedExtract(a)));
                }
                Future<Result> next = window.poll();
                if (next == null) {
                    break;
                }
                sink.accept(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // extract() contains every stage's failure; what reaches here is an Error such as OutOfMemoryError
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("extraction failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
