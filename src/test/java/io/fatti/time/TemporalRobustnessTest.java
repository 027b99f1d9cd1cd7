package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.Growth;
import io.fatti.mention.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The temporal stage never throws, keeps spans exact and stays linear on hostile input. */
class TemporalRobustnessTest {

    private static final Fatti FATTI = Fatti.withStages(List.of(TemporalAnnotator.italian()));
    private static final ArticleContext CTX = ArticleContext.published(LocalDate.of(2021, 11, 25));

    private static void assertClean(String text, Extraction x) {
        assertThat(x.problems()).isEmpty();
        for (Mention m : x.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void randomStringsNeverBreakIt() {
        Random r = new Random(42);
        String alphabet = "0123456789/-.:,'° QqHh entro dal al tra e il del anni trimestre lunedì marzo 2021 fine ";
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertClean(s, FATTI.extract(s, CTX));
            assertClean(s, FATTI.extract(s, ArticleContext.undated()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/1/", "2021-", "12.345,6", "dal 1 al 2 ", "tra il 2020 e il ", "3Q21 ", "entro la fine del ",
            "primi nove mesi del ", "9:30 - ", "x"})
    @Tag("slow")
    void longLinesStayLinear(String unit) {
        Growth.assertLinear(unit, 250_000, n -> Growth.repeat(unit, n), line -> assertClean(line, FATTI.extract(line, CTX)));
    }

    @Tag("slow")
    @Test
    void meantimeArticlesKeepExactSpans() throws Exception {
        Path file = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"), "meantime-it", "articles.jsonl");
        assumeTrue(Files.isRegularFile(file), "MEANTIME absent");
        ObjectMapper om = new ObjectMapper();
        int temporals = 0;
        for (String line : Files.readAllLines(file)) {
            String text = om.readTree(line).get("text").asText();
            Extraction x = FATTI.extract(text, ArticleContext.publishedIn(2010));
            assertClean(text, x);
            temporals += x.mentions().size();
        }
        assertThat(temporals).isGreaterThan(500);
    }
}
