package io.fatti.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.core.ArticleContext;
import io.fatti.entity.EntityBackend;
import io.fatti.json.ExtractionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over real articles mutated at random (characters replaced, inserted or deleted, slices duplicated or
 * cut, code points from any plane and lone surrogates inserted): extraction never throws nor reports a problem,
 * every span is exact, the same input gives the same output, and the JSON line always parses back to the same
 * mentions. The bundled corpus is the seed material.
 */
class MutatedTextPropertiesTest {

    private static final Fatti CURATED = Fatti.italian(ItalianPipeline.Options.defaults()
            .withEntityBackend(EntityBackend.CURATED));
    private static final ArticleContext CONTEXT = ArticleContext.published(LocalDate.of(2021, 11, 25));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLES = corpus();

    private static List<String> corpus() {
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            return files.sorted().map(p -> {
                try {
                    String s = Files.readString(p, StandardCharsets.UTF_8);
                    return s.substring(s.indexOf('\n') + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] INSERTS = {"0", "9", ",", ".", "%", "€", "$", " ", "\n", "'", "’", "\u00A0", "-",
        "–", "milioni", "mila", "miliardi di", " euro", "2021", "trimestre", "\uD83D\uDE00", "\uD800", "\uDFFF",
        "\u0000", "\u200B", "e\u0301", "\uFEFF", "𝟘", "٣", "1e9", "½"};

    /** A mutated article: {@code mutations} random edits of one of the corpus articles. */
    static String mutate(long seed, int mutations) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(ARTICLES.get(r.nextInt(ARTICLES.size())));
        for (int i = 0; i < mutations && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 1 -> {
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) r.nextInt(0x10000));
                    }
                }
                case 3 -> sb.insert(at, Character.toChars((r.nextInt(17) << 16) | r.nextInt(0x10000)));
                case 4 -> {
                    int end = Math.min(sb.length(), at + r.nextInt(200));
                    sb.insert(at, sb.substring(at, end));
                }
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> mutatedArticles() {
        return Arbitraries.longs().flatMap(seed -> Arbitraries.integers().between(1, 60).map(n -> mutate(seed, n)));
    }

    @Property(tries = 150, seed = "13")
    void mutatedArticlesAreSoundDeterministicAndWriteValidJson(@ForAll("mutatedArticles") String text)
            throws IOException {
        Extraction x = CURATED.extract(text, CONTEXT);
        RobustnessTest.assertSound(text, x);
        Extraction again = CURATED.extract(text, CONTEXT);
        assertThat(again.mentions()).isEqualTo(x.mentions());
        assertThat(again.facts()).isEqualTo(x.facts());
        String line = ExtractionJson.line("id", x);
        assertThat(ExtractionJson.line("id", again)).isEqualTo(line);
        JsonNode parsed = JSON.readTree(line);
        assertThat(parsed.get("mentions")).hasSize(x.mentions().size());
        for (int i = 0; i < x.mentions().size(); i++) {
            JsonNode m = parsed.get("mentions").get(i);
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
    }

    /** The default pipeline (with the name model) on fewer, heavier mutations. */
    @Property(tries = 25, seed = "17")
    void mutatedArticlesAreSoundWithTheDefaultPipeline(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n) {
        String text = mutate(seed, n);
        Extraction x = Shared.DEFAULT.extract(text, CONTEXT);
        RobustnessTest.assertSound(text, x);
        assertThat(Shared.DEFAULT.extract(text, CONTEXT).mentions()).isEqualTo(x.mentions());
    }

    private static final class Shared {
        static final Fatti DEFAULT = Fatti.italian();
    }
}
