package io.fatti.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's values, exactly as issue 2 specifies them: no more, no fewer. */
class SeedArticleTest {

    static String seed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seed/000_44ab2e7aff044d42.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** kind (MONEY, PERCENT, COUNT = NUMBER or QUANTITY), text the mention starts with, value, currency, qualifier. */
    private static final List<String> EXPECTED = List.of(
            "MONEY|12,22 miliardi di dollari|12220000000|USD|null",
            "PERCENT|8,2%|8.2|null|null",
            "MONEY|7,48 miliardi di dollari|7480000000|USD|null",
            "PERCENT|4,4%|4.4|null|null",
            "PERCENT|12,8%|12.8|null|null",
            "COUNT|43,9 milioni|43900000|null|null",
            "PERCENT|13,5%|13.5|null|null",
            "COUNT|190 milioni|190000000|null|null",
            "COUNT|18 milioni|18000000|null|APPROX",
            "PERCENT|12%|12|null|MORE_THAN",
            "COUNT|500 milioni|500000000|null|MORE_THAN",
            "COUNT|100 milioni|100000000|null|APPROX",
            "COUNT|18,65 milioni|18650000|null|null");

    @Test
    void extractsExactlyTheSpecifiedValues() throws IOException {
        String text = seed();
        Extraction x = Fatti.italian().extract(text, ArticleContext.parse("2021-11"));
        List<String> got = new ArrayList<>();
        for (Mention m : x.mentions()) {
            if (!(m instanceof ValueMention v) || (m instanceof NumberMention n && n.ordinal())) {
                continue;
            }
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            String kind = m instanceof Money ? "MONEY" : m instanceof Percentage ? "PERCENT"
                    : m instanceof Quantity || m instanceof NumberMention ? "COUNT" : "?";
            String currency = m instanceof Money money && money.currency() != null
                    ? money.currency().getCurrencyCode() : "null";
            String expectedText = EXPECTED.stream().map(e -> e.split("\\|")[1])
                    .filter(m.text()::startsWith).findFirst().orElse(m.text());
            got.add(kind + "|" + expectedText + "|" + v.amount().value().toPlainString() + "|" + currency + "|"
                    + v.amount().qualifier());
        }
        assertThat(got).containsExactlyElementsOf(EXPECTED);
        assertThat(x.problems()).isEmpty();
    }
}
