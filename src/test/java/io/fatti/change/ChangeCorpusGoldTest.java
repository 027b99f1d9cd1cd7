package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.Change;
import io.fatti.mention.Mention;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The changes of the team's gold facts in {@code corpus/} (articles and {@code gold/*.jsonl}): for every gold fact
 * with a change whose value the value stages find, the change attached to that value must have the gold direction,
 * size, unit and basis. Prints the figures; skipped when the corpus is not in this checkout.
 */
class ChangeCorpusGoldTest {

    private static final Path CORPUS = Path.of("corpus");
    /** Share of gold changes (on values that were found) that must come out exactly. */
    private static final double FLOOR = 0.80;

    @Test
    void goldChangesComeOutOnTheirValues() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("articles")) && Files.isDirectory(CORPUS.resolve("gold")),
                "corpus/ not present");
        Fatti fatti = Fatti.italian();
        ObjectMapper json = new ObjectMapper();
        int gold = 0;
        int found = 0;
        int direction = 0;
        int exact = 0;
        List<Path> articles;
        try (Stream<Path> s = Files.list(CORPUS.resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : articles) {
            Path goldFile = CORPUS.resolve("gold").resolve(article.getFileName().toString().replace(".txt", ".jsonl"));
            if (!Files.exists(goldFile)) {
                continue;
            }
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            ArticleContext ctx = first.startsWith("date ")
                    ? ArticleContext.parse(first.substring(5).strip()) : ArticleContext.undated();
            Extraction x = fatti.extract(text, ctx);
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
                JsonNode fact = line.isBlank() ? null : json.readTree(line).get("fact");
                JsonNode want = fact == null ? null : fact.get("change");
                if (want == null || want.isNull()) {
                    continue;
                }
                gold++;
                ValueMention v = nth(x, fact.get("value_text").asText(),
                        fact.has("value_occurrence") ? fact.get("value_occurrence").asInt() : 1);
                if (v == null) {
                    continue;
                }
                found++;
                Change c = v.change();
                if (c == null || !c.direction().name().equals(want.get("direction").asText())) {
                    System.out.printf("change miss %s [%s]: gold %s, got %s%n", article.getFileName(), v.text(),
                            want, c);
                    continue;
                }
                direction++;
                if (sameNumber(text(want, "value"), c.value()) && Objects.equals(text(want, "unit"), name(c.unit()))
                        && Objects.equals(text(want, "basis"), name(c.basis()))) {
                    exact++;
                } else {
                    System.out.printf("change diff %s [%s]: gold %s, got %s%n", article.getFileName(), v.text(),
                            want, c);
                }
            }
        }
        System.out.printf("corpus changes: gold %d, value found %d, direction right %d, exact %d (%.3f)%n",
                gold, found, direction, exact, found == 0 ? 0.0 : (double) exact / found);
        assumeTrue(found > 0, "no gold changes");
        assertThat((double) exact / found).as("exact changes / gold changes on found values").isGreaterThanOrEqualTo(FLOOR);
    }

    private static ValueMention nth(Extraction x, String text, int occurrence) {
        int k = 0;
        for (Mention m : x.mentions()) {
            if (m instanceof ValueMention v && m.text().equals(text) && ++k == occurrence) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode f = n.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static boolean sameNumber(String want, BigDecimal have) {
        if (want == null || have == null) {
            return want == null && have == null;
        }
        BigDecimal a = new BigDecimal(want);
        return a.subtract(have).abs().compareTo(a.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"))) <= 0;
    }
}
