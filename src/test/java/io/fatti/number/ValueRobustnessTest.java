package io.fatti.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.Growth;
import io.fatti.mention.Mention;
import io.fatti.mention.ValueMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The value stage on text made of the pieces it reacts to (numbers, scales, currencies, qualifiers, range words,
 * weak dates), shuffled: it never fails, every span is the mention's text, every amount is well formed, and a
 * megabyte of such text is read in bounded time.
 */
class ValueRobustnessTest {

    private static final Fatti FATTI = Fatti.italian();
    private static final ArticleContext CONTEXT = ArticleContext.published(LocalDate.of(2024, 3, 8));
    private static final List<String> PIECES = List.of("12,22", "miliardi", "di", "dollari", "tra", "10", "e", "12",
            "milioni", "euro", "€", "$", "US$", "oltre", "il", "12%", "dal", "5", "al", "7%", "1.2.3", "-", "/", "1/4",
            "duecentotrentamila", "tre", "mezzi", "un", "mezzo", "metà", "la", "seconda", "primo", "debito", "scende",
            "a", "60", "superiore", "inferiore", "1000", "1500", "o più", "quasi", "K", "4K", "25mila", "iPhone 15",
            "COVID-19", "Euro 7", "22 novembre 2021", "nove mesi", "2021", ".", ",", "(", ")", "centesimi", "al mese",
            "nuove", "assunzioni", "punti", "percento", "per cento", "virgola", "cinque", "su", "1e10", "^", "'90");

    @Provide
    Arbitrary<String> shuffledPieces() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40)
                .map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void spansAndAmountsAreSound(@ForAll("shuffledPieces") String text) {
        assertSound(text, FATTI.extract(text, CONTEXT));
    }

    @Tag("slow")
    @Test
    void longTextsOfPiecesAreReadInLinearTime() {
        Growth.assertLinear("shuffled pieces", 250_000, n -> {
            Random r = new Random(7);
            StringBuilder sb = new StringBuilder();
            while (sb.length() < n) {
                sb.append(PIECES.get(r.nextInt(PIECES.size()))).append(r.nextInt(5) == 0 ? "" : " ");
            }
            return sb.toString();
        }, text -> assertSound(text, FATTI.extract(text, CONTEXT)));
    }

    private static void assertSound(String text, Extraction x) {
        assertThat(x.problems()).isEmpty();
        for (Mention m : x.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            if (m instanceof ValueMention v) {
                assertThat(v.amount()).isNotNull();
                if (v.amount().isRange()) {
                    assertThat(v.amount().low()).isLessThan(v.amount().high());
                } else {
                    assertThat(v.amount().value().scale()).isGreaterThanOrEqualTo(0); // plain, never 1E+10
                }
            }
        }
    }
}
