package io.fatti.cli;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.csv.FactCsv;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code facts INPUT --output facts.csv}: the facts of every article as one CSV table for analysts (columns in
 * {@link FactCsv#HEADER}). Same inputs as {@code extract}; bad input is reported on stderr, skipped and counted.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Write the facts of articles (.jsonl, .txt, a directory, or - for stdin) as one CSV table.")
public final class FactsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "a .jsonl or .txt file, a directory, or - for stdin")
    String input;

    @Option(names = "--output", defaultValue = "-", description = "the CSV file to write, or - for stdout (default)")
    String output;

    @Option(names = "--entities", defaultValue = "opennlp",
            description = "entity backend: opennlp (default), curated (names list only, fastest), corenlp")
    EntityBackend entities;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        long t0 = System.nanoTime();
        int[] skipped = {0};
        ArticleSource source = new ArticleSource(p -> {
            skipped[0]++;
            err.println("fatti: skipped " + p);
        });
        Iterator<Article> articles;
        try {
            articles = source.read(input, System.in);
        } catch (IllegalArgumentException e) {
            err.println("fatti: " + e.getMessage());
            return 2;
        }
        Fatti fatti = Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(entities));
        int count = 0;
        long facts = 0;
        try (Writer out = open(output)) {
            out.write(FactCsv.header());
            while (articles.hasNext()) {
                Article a = articles.next();
                Extraction x = fatti.extract(a.text(), a.context());
                out.write(FactCsv.rows(a.id(), x));
                count++;
                facts += x.facts().size();
            }
        }
        err.printf(Locale.ROOT, "fatti: %d articles, %d skipped, %d facts in %.1f s%n", count, skipped[0], facts,
                (System.nanoTime() - t0) / 1e9);
        return skipped[0] == 0 ? 0 : 1;
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
