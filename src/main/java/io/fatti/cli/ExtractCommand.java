package io.fatti.cli;

import io.fatti.entity.EntityBackend;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.json.ExtractionJson;
import io.fatti.ItalianPipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code extract --input IN --output OUT}: one JSONL line per article, in input order. Bad input is reported on
 * stderr with file and line, skipped and counted; it never stops the batch.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract mentions and facts from articles (.jsonl, .txt, a directory, or - for stdin).")
public final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--input", required = true, description = "a .jsonl or .txt file, a directory, or - for stdin")
    String input;

    @Option(names = "--output", required = true, description = "the JSONL file to write, or - for stdout")
    String output;

    @Option(names = "--threads", defaultValue = "1", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--print", description = "also print a readable list of facts and mentions on stdout")
    boolean print;

    @Option(names = "--facts", description = "also write every fact as a CSV row to this file (see the facts command)")
    Path facts;

    @Option(names = "--entities", defaultValue = "opennlp",
            description = "entity backend: opennlp (default), curated (names list only, fastest), corenlp (needs the "
                    + "corenlp build, see README)")
    EntityBackend entities;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        if (print && output.equals("-")) {
            throw new IllegalArgumentException("--print needs --output to be a file, not stdout");
        }
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        Fatti fatti = Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(entities));
        AtomicInteger skipped = new AtomicInteger();
        ArticleSource source = new ArticleSource(p -> {
            skipped.incrementAndGet();
            err.println("fatti: skipped " + p);
        });
        Iterator<Article> articles;
        try {
            articles = source.read(input, System.in);
        } catch (IllegalArgumentException e) {
            err.println("fatti: " + e.getMessage());
            return 2;
        }
        Summary summary;
        try (Writer out = open(output); Writer table = facts == null ? null : open(facts.toString())) {
            if (table != null) {
                table.write(io.fatti.csv.FactCsv.header());
            }
            summary = run(fatti, articles, out, table, err);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "fatti: %d articles, %d skipped, %d mentions, %d facts, %d problems in %.1f s%n",
                summary.articles, skipped.get(), summary.mentions, summary.facts, summary.problems, seconds);
        return 0;
    }

    private static final class Summary {
        int articles;
        long mentions;
        long facts;
        long problems;
    }

    /** One article's output: its JSON line and, with {@code --print}, its readable report. */
    private record Rendered(String json, String report, String factRows) {
    }

    /** Extracts on {@code threads} workers, writing results in input order with a bounded window of work. */
    private Summary run(Fatti fatti, Iterator<Article> articles, Writer out, Writer table, PrintStream err)
            throws IOException {
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fatti-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Rendered>> window = new ArrayDeque<>();
            Deque<Article> pending = new ArrayDeque<>();
            while (articles.hasNext() || !window.isEmpty()) {
                while (articles.hasNext() && window.size() < threads * 4) {
                    Article a = articles.next();
                    pending.add(a);
                    window.add(pool.submit(() -> {
                        Extraction x = fatti.extract(a.text(), a.context());
                        synchronized (summary) {
                            summary.articles++;
                            summary.mentions += x.mentions().size();
                            summary.facts += x.facts().size();
                            summary.problems += x.problems().size();
                        }
                        for (String p : x.problems()) {
                            err.println("fatti: " + a.id() + ": internal problem: " + p);
                        }
                        return new Rendered(ExtractionJson.line(a.id(), x),
                                print ? ReadableReport.render(a.id(), x) : null,
                                table != null ? io.fatti.csv.FactCsv.rows(a.id(), x) : null);
                    }));
                }
                Future<Rendered> next = window.poll();
                Article a = pending.poll();
                try {
                    Rendered result = next.get();
                    out.write(result.json());
                    out.write('\n');
                    if (result.factRows() != null) {
                        table.write(result.factRows());
                    }
                    if (result.report() != null) {
                        System.out.print(result.report());
                    }
                } catch (ExecutionException e) {
                    err.println("fatti: " + a.id() + ": failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return summary;
    }

    private static Writer open(String output) throws IOException {
        if (output.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // leave System.out open
                }
            };
        }
        Path p = Path.of(output);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }
}
