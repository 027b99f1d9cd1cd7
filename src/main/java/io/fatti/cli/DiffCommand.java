package io.fatti.cli;

import io.fatti.report.ExtractionDiff;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD.jsonl NEW.jsonl --output diff.html}: what a rule change did to a corpus. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two extract outputs over the same articles: mentions and facts gained, lost or "
                + "changed, as a self-contained HTML page. Exit 0 when nothing changed, 1 when something did.")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the old run's JSONL")
    Path oldRun;

    @Parameters(index = "1", description = "the new run's JSONL")
    Path newRun;

    @Option(names = "--output", required = true, description = "the HTML file to write")
    Path output;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {oldRun, newRun}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + ": no such file");
            }
        }
        ExtractionDiff diff = ExtractionDiff.of(oldRun, newRun);
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            diff.write(w, "Fatti diff: " + oldRun.getFileName() + " → " + newRun.getFileName());
        }
        System.err.printf("fatti diff: %s, %d article(s) unchanged, %d only old, %d only new -> %s%n", diff.totals(),
                diff.unchanged(), diff.onlyOld().size(), diff.onlyNew().size(), output);
        boolean changed = !diff.articles().isEmpty() || !diff.onlyOld().isEmpty() || !diff.onlyNew().isEmpty();
        return changed ? 1 : 0;
    }
}
