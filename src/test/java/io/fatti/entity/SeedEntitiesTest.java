package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.mention.Entity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The seed article through the default pipeline (curated names + the trained model). */
class SeedEntitiesTest {

    private static final Fatti FATTI = Fatti.italian();

    static String seed() throws IOException {
        Path p = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval")).resolve("../seed/000_44ab2e7aff044d42.txt");
        assumeThat(Files.exists(p)).as("seed article present").isTrue();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        return text.substring(text.indexOf('\n') + 1); // first line is "date 2021-11"
    }

    @Test
    void seedArticleEntities() throws IOException {
        String text = seed();
        List<Entity> found = FATTI.extract(text, ArticleContext.parse("2021-11")).mentions(Entity.class);
        int xiaomi = countOccurrences(text, "Xiaomi");
        assertThat(found.stream().filter(e -> e.text().equals("Xiaomi") && e.label() == Entity.Label.ORG))
                .as("every Xiaomi is an ORG: %s", found).hasSize(xiaomi);
        assertThat(found).anyMatch(e -> e.text().equals("Apple") && e.label() == Entity.Label.ORG);
        assertThat(found).anyMatch(e -> e.text().equals("Twitter") && e.label() == Entity.Label.ORG);
        assertThat(found).anyMatch(e -> e.text().equals("MIUI") && e.label() == Entity.Label.PRODUCT);
        assertThat(found).noneMatch(e -> e.text().contains("cinese") || e.text().contains("indian"));
        for (Entity e : found) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        String text = seed();
        List<Entity> expected = FATTI.extract(text).mentions(Entity.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> FATTI.extract(text).mentions(Entity.class)));
            }
            for (Future<List<Entity>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int countOccurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
