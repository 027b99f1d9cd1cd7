package io.fatti.tools.eval;

import io.fatti.core.ArticleContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One article of the bundled corpus, read from a {@code .txt} file whose optional first line is
 * {@code date YYYY-MM[-DD]}. The text is everything after that header line; gold offsets refer to it.
 *
 * <p>This is a deliberately small reader for the scoring tool; the command line has its own.
 *
 * @param name    the file name without {@code .txt}, e.g. {@code 001_trimestrale_semiconduttori}
 * @param context the article context built from the date header (undated when there is none)
 * @param text    the article text without the header line
 */
public record CorpusArticle(String name, ArticleContext context, String text) {

    private static final String HEADER = "date ";

    /**
     * Reads one article.
     *
     * @throws IllegalArgumentException naming the file when the date header is malformed
     */
    public static CorpusArticle read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        int newline = raw.indexOf('\n');
        String first = (newline < 0 ? raw : raw.substring(0, newline)).strip();
        if (!first.startsWith(HEADER)) {
            return new CorpusArticle(name, ArticleContext.undated(), raw);
        }
        String afterKeyword = first.substring(HEADER.length()).strip();
        int space = afterKeyword.indexOf(' ');
        String date = space < 0 ? afterKeyword : afterKeyword.substring(0, space);
        ArticleContext context;
        try {
            context = ArticleContext.parse(date);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ":1: " + e.getMessage(), e);
        }
        // The seed article puts its first sentence on the header line: keep that text.
        String sameLine = space < 0 ? "" : afterKeyword.substring(space + 1);
        String rest = newline < 0 ? "" : raw.substring(newline + 1);
        String text = sameLine.isEmpty() ? rest : sameLine + "\n" + rest;
        return new CorpusArticle(name, context, text);
    }

    /** Reads every {@code .txt} file of a directory, in file-name order. */
    public static List<CorpusArticle> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<CorpusArticle> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /** The number of whitespace-separated words of the text. */
    public int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Whether {@code corpusDir} holds a corpus: {@code articles/} and {@code gold/}. */
    static boolean isCorpus(Path corpusDir) {
        return Files.isDirectory(corpusDir.resolve("articles")) && Files.isDirectory(corpusDir.resolve("gold"));
    }

    /** The gold file of this article in {@code corpusDir/gold}, or null when it has none. */
    Path goldFile(Path corpusDir) {
        Path gold = corpusDir.resolve("gold").resolve(name + ".jsonl");
        return Files.exists(gold) ? gold : null;
    }
}
