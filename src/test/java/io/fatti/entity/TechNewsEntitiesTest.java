package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.mention.Entity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ORG and PRODUCT precision and recall on sentences written in the manner of Italian tech news
 * ({@code entity/tech-news.tsv}): each sentence lists every company and product it names, so a found ORG or PRODUCT
 * not listed counts against precision. The floors are the figures the rules reach; they fail on a regression.
 */
class TechNewsEntitiesTest {

    private static final Fatti FATTI = Fatti.italian();
    private static final double ORG_F1_FLOOR = 0.90;
    private static final double PRODUCT_F1_FLOOR = 0.92;

    /** Counts of one label: true positives, found, expected. */
    private static final class Tally {
        int correct;
        int found;
        int expected;

        double f1() {
            return found + expected == 0 ? 1.0 : 2.0 * correct / (found + expected);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (%d/%d found, %d expected)",
                    found == 0 ? 1.0 : (double) correct / found, expected == 0 ? 1.0 : (double) correct / expected,
                    f1(), correct, found, expected);
        }
    }

    @Test
    void companiesAndProductsAsTechNewsNamesThem() throws IOException {
        Map<Entity.Label, Tally> tallies = new EnumMap<>(Entity.Label.class);
        tallies.put(Entity.Label.ORG, new Tally());
        tallies.put(Entity.Label.PRODUCT, new Tally());
        List<String> misses = new ArrayList<>();
        int sentences = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TechNewsEntitiesTest.class.getResourceAsStream("/entity/tech-news.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                sentences++;
                String[] cols = line.split("\t");
                String text = cols[0];
                List<String> expected = new ArrayList<>();
                for (String e : cols[1].split(" \\| ")) {
                    expected.add(e.trim());
                    tallies.get(Entity.Label.valueOf(e.trim().substring(0, e.trim().indexOf(' ')))).expected++;
                }
                List<String> unmatched = new ArrayList<>(expected);
                List<String> wrong = new ArrayList<>();
                for (Entity e : FATTI.extract(text).mentions(Entity.class)) {
                    assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
                    Tally t = tallies.get(e.label());
                    if (t == null) {
                        continue;
                    }
                    t.found++;
                    if (unmatched.remove(e.label() + " " + e.text())) {
                        t.correct++;
                    } else {
                        wrong.add(e.label() + " " + e.text());
                    }
                }
                if (!unmatched.isEmpty() || !wrong.isEmpty()) {
                    misses.add(text + "\n    missed " + unmatched + " extra " + wrong);
                }
            }
        }
        System.out.println("tech news, " + sentences + " sentences");
        tallies.forEach((label, t) -> System.out.println("  " + label + " " + t));
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(sentences).isGreaterThanOrEqualTo(40);
        assertThat(tallies.get(Entity.Label.ORG).f1()).as("ORG F1").isGreaterThanOrEqualTo(ORG_F1_FLOOR);
        assertThat(tallies.get(Entity.Label.PRODUCT).f1()).as("PRODUCT F1").isGreaterThanOrEqualTo(PRODUCT_F1_FLOOR);
    }
}
