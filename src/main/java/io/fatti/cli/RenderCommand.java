package io.fatti.cli;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.json.ExtractionJson;
import io.fatti.report.HtmlReport;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render --input IN --output report.html}: one self-contained HTML page of what was extracted. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render the extraction of articles (same inputs as extract) as one self-contained HTML page: "
                + "highlighted mentions with their values, facts tables, and for a corpus an index with charts.")
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "a .jsonl or .txt file, a directory, or - for stdin")
    String input;

    @Option(names = "--output", required = true, description = "the HTML file to write")
    Path output;

    @Option(names = "--title", description = "page title (default: the input's name)")
    String title;

    @Option(names = "--series", paramLabel = "SUBJECT:METRIC",
            description = "the value to chart over time, e.g. Xiaomi:revenue (default: the best-covered one)")
    String series;

    @Option(names = "--limit", defaultValue = "1000",
            description = "render at most this many articles (the page holds them all; default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--entities", defaultValue = "opennlp",
            description = "entity backend: opennlp (default; model licensed CC BY-NC 4.0), curated, corenlp")
    EntityBackend entities;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, was " + limit);
        }
        AtomicInteger skipped = new AtomicInteger();
        ArticleSource source = new ArticleSource(p -> {
            skipped.incrementAndGet();
            System.err.println("fatti: skipped " + p);
        });
        Iterator<Article> articles;
        try {
            articles = source.read(input, System.in);
        } catch (IllegalArgumentException e) {
            System.err.println("fatti render: " + e.getMessage());
            return 2;
        }
        Fatti fatti = Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(entities));
        HtmlReport report = new HtmlReport(title != null ? title : "Fatti: " + input, series);
        while (articles.hasNext() && report.size() < limit) {
            Article a = articles.next();
            Extraction x = fatti.extract(a.text(), a.context());
            report.add(a.text(), ExtractionJson.article(a.id(), x));
        }
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // written beside the output and moved into place: an interrupted run never leaves a half page
        Path tmp = parent.resolve("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            report.write(w);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("fatti render: %d article(s), %d skipped -> %s%n", report.size(), skipped.get(), output);
        return skipped.get() > 0 ? 3 : 0;
    }
}
