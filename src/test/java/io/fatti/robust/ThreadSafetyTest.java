package io.fatti.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One extractor shared by many threads gives exactly the results it gives on one thread. */
class ThreadSafetyTest {

    @Tag("slow")
    @Test
    void sharedExtractorGivesTheSameResultsOnManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path p : files.sorted().toList()) {
                String s = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(s.substring(s.indexOf('\n') + 1));
            }
        } catch (IOException e) {
            texts.add("Il gruppo Xiaomi ha registrato entrate per 12,22 miliardi di dollari nel terzo trimestre 2021.");
        }
        Fatti fatti = Fatti.italian();
        ArticleContext ctx = ArticleContext.published(java.time.LocalDate.of(2023, 10, 26));
        List<Extraction> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(fatti.extract(t, ctx));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String t : texts) {
                    results.add(pool.submit(() -> fatti.extract(t, ctx)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                Extraction x = results.get(i).get();
                Extraction e = expected.get(i % texts.size());
                assertThat(x.mentions()).isEqualTo(e.mentions());
                assertThat(x.facts()).isEqualTo(e.facts());
                assertThat(x.problems()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sixteen threads share one extractor over the corpus, twice over: every JSON line equals the single-threaded one. */
    @Test
    void sixteenThreadsGiveExactlyTheSingleThreadedJson() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path p : files.sorted().toList()) {
                String s = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(s.substring(s.indexOf('\n') + 1));
            }
        }
        Fatti fatti = Fatti.italian();
        ArticleContext ctx = ArticleContext.published(java.time.LocalDate.of(2023, 10, 26));
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(io.fatti.json.ExtractionJson.line("x", fatti.extract(t, ctx)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String t : texts) {
                    results.add(pool.submit(() -> {
                        start.await(); // all threads start together
                        return io.fatti.json.ExtractionJson.line("x", fatti.extract(t, ctx));
                    }));
                }
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
