package io.fatti.cli;

import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.io.OrderedExtraction;
import io.fatti.io.ResumableOutput;
import io.fatti.mention.Mention;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code extract --input IN --output OUT}: one JSONL line per article, in input order, on all cores. Bad input is
 * reported on stderr with file and line, skipped and counted; it never stops the batch. The output is written to
 * {@code OUT.partial} and moved onto {@code OUT} at the end; {@code --resume} continues an interrupted run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract mentions and facts from articles (.jsonl, .jsonl.gz, .txt, a directory searched "
                + "recursively, or - for stdin).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input article was processed",
            "1:the run failed (unwritable output, resume mismatch, internal error); OUT is not written",
            "2:invalid arguments, or the input does not exist",
            "3:the run completed, but some input was skipped (reported on stderr with file and line)"})
public final class ExtractCommand implements Callable<Integer> {

    /** Every input article was processed. */
    public static final int EXIT_OK = 0;
    /** The run failed: nothing was moved onto the output (a partial file may remain for --resume). */
    public static final int EXIT_FAILED = 1;
    /** Invalid arguments (picocli's usage code). */
    public static final int EXIT_USAGE = 2;
    /** The run completed and the output is in place, but some input was skipped. */
    public static final int EXIT_SKIPPED = 3;

    @Option(names = "--input", required = true,
            description = "a .jsonl, .jsonl.gz or .txt file, a directory (searched recursively), or - for stdin")
    String input;

    @Option(names = "--output", required = true, description = "the JSONL file to write, or - for stdout")
    String output;

    @Option(names = "--threads", description = "worker threads (default: the available processors)")
    Integer threads;

    @Option(names = "--print", description = "also print a readable list of facts and mentions on stdout")
    boolean print;

    @Option(names = "--facts", description = "also write every fact as a CSV row to this file (see the facts command)")
    Path facts;

    @Option(names = "--entities", defaultValue = "opennlp",
            description = "entity backend: opennlp (default; model trained on KIND, CC BY-NC 4.0, not for "
                    + "commercial use), opennlp_fast (its main model alone, greedy: faster, same licence), curated "
                    + "(names list only, no KIND weights, fastest), corenlp (needs the corenlp build, see README)")
    EntityBackend entities;

    @Option(names = "--resume", description = "continue an interrupted run from OUT.partial: the articles it holds "
            + "are not extracted again")
    boolean resume;

    @Option(names = "--quiet", description = "no progress and no summary on stderr (skipped input is still reported)")
    boolean quiet;

    @Option(names = "--max-chars", defaultValue = "" + ArticleSource.DEFAULT_MAX_CHARS,
            description = "skip (and report) an article whose text is longer than this many chars "
                    + "(default: ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + workers);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be at least 1, was " + maxChars);
        }
        boolean toStdout = output.equals("-");
        if (print && toStdout) {
            throw new IllegalArgumentException("--print needs --output to be a file, not stdout");
        }
        if (resume && toStdout) {
            throw new IllegalArgumentException("--resume needs --output to be a file, not stdout");
        }
        if (resume && facts != null) {
            throw new IllegalArgumentException("--facts cannot be combined with --resume: run the facts command on "
                    + "the input once the extraction is complete");
        }
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        AtomicLong skipped = new AtomicLong();
        ArticleSource source = new ArticleSource(p -> {
            skipped.incrementAndGet();
            err.println("fatti: skipped " + p);
        }, maxChars);
        Iterator<Article> articles;
        long totalBytes;
        try {
            articles = source.read(input, System.in);
            totalBytes = ArticleSource.totalBytes(input);
        } catch (IllegalArgumentException e) {
            err.println("fatti extract: " + e.getMessage());
            return EXIT_USAGE;
        }
        Fatti fatti;
        try {
            fatti = Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(entities));
        } catch (IllegalStateException e) { // the KIND-trained model left out of the classpath: say so, no trace
            err.println("fatti: " + e.getMessage());
            return EXIT_USAGE;
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Summary summary = new Summary();
        // the facts table, like the output, is written to FILE.partial and moved into place only when all went well
        try (ResumableOutput tableFile = facts == null ? null : ResumableOutput.open(facts, false)) {
            Writer table = tableFile == null ? null : tableFile.writer();
            if (table != null) {
                table.write(io.fatti.csv.FactCsv.header());
            }
            if (toStdout) {
                try (Writer out = stdout()) {
                    run(fatti, workers, articles, out, table, summary, source, totalBytes);
                }
            } else {
                try (ResumableOutput out = ResumableOutput.open(Path.of(output), resume)) {
                    summary.resumed = out.lines();
                    if (!skipResumed(articles, out, err)) {
                        return EXIT_FAILED;
                    }
                    run(fatti, workers, articles, out.writer(), table, summary, source, totalBytes);
                    out.commit();
                }
            }
            if (tableFile != null) {
                tableFile.commit();
            }
        } catch (IOException | RuntimeException e) {
            err.println("fatti extract: failed: " + e);
            if (!toStdout) {
                err.println("fatti extract: " + output + " not written; what was done is in "
                        + ResumableOutput.partialFile(Path.of(output)) + " (continue with --resume)");
            }
            if (facts != null) {
                err.println("fatti extract: " + facts + " not written (what was done is in "
                        + ResumableOutput.partialFile(facts) + ")");
            }
            return EXIT_FAILED;
        }
        if (!quiet) {
            summary.print(err, skipped.get(), source.bytesRead(), (System.nanoTime() - t1) / 1e9, loadSeconds);
        }
        return skipped.get() > 0 ? EXIT_SKIPPED : EXIT_OK;
    }

    /**
     * Skips the articles the partial output already holds, checking that the last of them has the id of its last
     * line (the same input in the same order). False, after reporting, when they do not match.
     */
    private static boolean skipResumed(Iterator<Article> articles, ResumableOutput out, PrintStream err) {
        long n = out.lines();
        String lastId = null;
        for (long i = 0; i < n; i++) {
            if (!articles.hasNext()) {
                err.println("fatti extract: cannot resume: " + out.partial() + " holds " + n
                        + " articles, the input only " + i);
                return false;
            }
            lastId = articles.next().id();
        }
        if (n > 0 && !lastId.equals(out.lastId())) {
            err.println("fatti extract: cannot resume: article " + n + " of the input is '" + lastId + "' but "
                    + out.partial() + " ends with '" + out.lastId() + "' (not the same input? run without --resume)");
            return false;
        }
        if (n > 0) {
            err.println("fatti: resuming after " + n + " articles already in " + out.partial());
        }
        return true;
    }

    /** Extracts every article into {@code out}, and its facts as CSV rows into {@code table} when not null. */
    private void run(Fatti fatti, int workers, Iterator<Article> articles, Writer out, Writer table, Summary summary,
            ArticleSource source, long totalBytes) throws IOException {
        PrintStream err = System.err;
        try (Progress progress = quiet ? Progress.none() : Progress.forStderr(err, totalBytes)) {
            new OrderedExtraction(fatti, workers).run(articles, r -> {
                out.write(r.json());
                out.write('\n');
                summary.add(r);
                if (table != null) {
                    table.write(io.fatti.csv.FactCsv.rows(r.article().id(), r.extraction()));
                }
                for (String p : r.extraction().problems()) {
                    err.println("fatti: " + r.article().id() + ": internal problem: " + p);
                }
                if (print) {
                    System.out.print(ReadableReport.render(r.article().id(), r.extraction()));
                }
                progress.update(summary.articles, source.bytesRead());
            });
        }
        out.flush();
    }

    /** Counts for the closing summary. */
    private static final class Summary {
        long resumed;
        long articles;
        long facts;
        long problems;
        final Map<String, Long> mentionsByType = new TreeMap<>();

        void add(OrderedExtraction.Result r) {
            articles++;
            facts += r.extraction().facts().size();
            problems += r.extraction().problems().size();
            for (Mention m : r.extraction().mentions()) {
                mentionsByType.merge(m.type().name(), 1L, Long::sum);
            }
        }

        void print(PrintStream err, long skipped, long bytes, double seconds, double loadSeconds) {
            long mentions = mentionsByType.values().stream().mapToLong(Long::longValue).sum();
            err.printf(Locale.ROOT, "fatti: %d articles, %d skipped, %d mentions, %d facts, %d problems in %.1f s"
                    + " (%.2f MB read, %.2f MB/s, %.1f articles/s; models loaded in %.1f s before)%n", articles, skipped,
                    mentions, facts, problems, seconds, bytes / 1e6, bytes / 1e6 / seconds, articles / seconds,
                    loadSeconds);
            StringBuilder types = new StringBuilder("fatti: mentions by type:");
            mentionsByType.forEach((type, n) -> types.append(' ').append(type).append(' ').append(n));
            err.println(mentionsByType.isEmpty() ? "fatti: no mentions" : types);
            if (resumed > 0) {
                err.println("fatti: " + resumed + " articles were already written by the interrupted run");
            }
        }
    }

    private static Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush(); // leave System.out open
            }
        };
    }
}
