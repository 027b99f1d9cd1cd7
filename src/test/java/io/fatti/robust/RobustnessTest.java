package io.fatti.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.Growth;
import io.fatti.mention.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any text: extraction never throws, reports no internal problem, and every span covers
 * exactly its mention's text. Checked on random strings, on real articles and on pathological long lines.
 */
class RobustnessTest {

    private static final Fatti FATTI = Fatti.italian();
    private static final ArticleContext CONTEXT = ArticleContext.published(LocalDate.of(2021, 11, 25));

    static void assertSound(String text, Extraction x) {
        assertThat(x.problems()).as("problems for %s", abbreviate(text)).isEmpty();
        int previousEnd = -1;
        for (Mention m : x.mentions()) {
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).as("span of %s", m).isEqualTo(m.text());
            assertThat(m.rule()).as("rule of %s", m).isNotBlank();
            assertThat(m.start()).as("overlap at %s", m).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = m.end();
        }
        for (var f : x.facts()) {
            assertThat(x.mentions()).contains(f.value());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("12,22", "1.234.567", "8,2", "%", " per cento", "miliardi", "mila",
                "milioni di", " dollari", " euro", "€", "$", "US$", "tra ", " e ", "dal ", " al ", "quasi ", "oltre il ",
                "dell'", "l'", "’", "\u00A0", "\u2009", "–", "-", "+", "/", ".", ",", " ", "\n", "2021", "22 novembre ",
                "terzo trimestre ", "primi nove mesi del ", "iPhone 15", "5G", "A330", "COVID-19", "Xiaomi ", "Apple ",
                "mAh", "GB", "\"", "x", "10 000", "e\u0301", "\uD83D\uDE00", "\uD83D", "0", "9", "k", "K", "M", "mld",
                "un milione e mezzo", "metà", "un terzo", "Q3", "3Q21", "'90", "°", "lunedì ", "ieri", "entro la fine ");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400, seed = "42")
    void newsLikeStringsAreSound(@ForAll("newsLikeText") String text) {
        assertSound(text, FATTI.extract(text, CONTEXT));
    }

    @Property(tries = 300, seed = "7")
    void arbitraryUnicodeIsSound(@ForAll String text) {
        assertSound(text, FATTI.extract(text, CONTEXT));
        assertSound(text, FATTI.extract(text, ArticleContext.undated()));
    }

    @Tag("slow")
    @Test
    void realArticlesAreSound() throws IOException {
        Path file = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"), "meantime-it", "articles.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "MEANTIME data absent: " + file);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            String text = n.get("text").asText();
            assertSound(text, FATTI.extract(text, ArticleContext.undated()));
            assertSound(text, FATTI.extract(text, CONTEXT));
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(100);
    }

    @Tag("slow")
    @Test
    void longLinesOfDigitsDotsAndCommasRunInLinearTime() {
        String alphabet = "0123456789.,";
        Growth.assertLinear("digits, dots and commas", 1 << 18, n -> {
            Random r = new Random(1);
            StringBuilder sb = new StringBuilder(n);
            while (sb.length() < n) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        }, text -> assertSound(text, FATTI.extract(text, CONTEXT)));
        Growth.assertLinear("digits", 1 << 18, n -> Growth.repeat("1234567890", n),
                text -> assertSound(text, FATTI.extract(text, CONTEXT)));
    }

    @Tag("slow")
    @Test
    void longLinesWithoutSpacesRunInLinearTime() {
        String[] pieces = {"12,5", "milioni", "di", "euro", "%", "dell'", "2021", "trimestre", "x", "GB", "'", "-"};
        Growth.assertLinear("pieces without spaces", 1 << 18, n -> {
            Random r = new Random(2);
            StringBuilder sb = new StringBuilder(n);
            while (sb.length() < n) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            return sb.toString();
        }, text -> assertSound(text, FATTI.extract(text, CONTEXT)));
        Growth.assertLinear("letters", 1 << 18, n -> "a".repeat(n),
                text -> assertSound(text, FATTI.extract(text, CONTEXT)));
    }

    @Test
    void nullArgumentsAreInvalidArguments() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FATTI.extract(null, CONTEXT))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FATTI.extract("testo", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
