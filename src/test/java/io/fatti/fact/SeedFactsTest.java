package io.fatti.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.core.ArticleContext;
import io.fatti.json.ExtractionJson;
import io.fatti.mention.Change;
import io.fatti.mention.Fact;
import io.fatti.mention.Money;
import io.fatti.mention.Temporal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's facts, exactly as issue 10 lists them, and no other. */
class SeedFactsTest {

    private static Extraction x;

    @BeforeAll
    static void extract() throws IOException {
        String text;
        try (InputStream in = SeedFactsTest.class.getResourceAsStream("/seed/000_44ab2e7aff044d42.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        x = Fatti.italian().extract(text, ArticleContext.parse("2021-11"));
    }

    /** subject · metric · segment · kind · period (timex from..to) · value currency · qualifier · change. */
    private static String describe(Fact f) {
        Temporal p = f.period();
        Change c = f.change();
        String currency = f.value() instanceof Money m && m.currency() != null ? " " + m.currency() : "";
        return (f.subject() == null ? "-" : f.subject().text()) + " · " + f.metric() + " · "
                + (f.segment() == null ? "-" : f.segment()) + " · " + f.kind() + " · "
                + (p == null ? "-" : p.timex() + " " + p.from() + ".." + p.to()) + " · "
                + ExtractionJson.plain(f.value().amount().value()) + currency + " · "
                + (f.qualifier() == null ? "-" : f.qualifier()) + " · "
                + (c == null ? "-" : c.direction() + " " + ExtractionJson.plain(c.value()) + " " + c.unit() + " "
                        + c.basis() + (c.qualifier() == null ? "" : " " + c.qualifier()));
    }

    @Test
    void theSeedFactsExactly() {
        List<String> facts = x.facts().stream().map(SeedFactsTest::describe).toList();
        assertThat(facts).containsExactly(
                "Xiaomi · revenue · - · REPORTED · 2021-Q3 2021-07-01..2021-09-30 · 12220000000 USD · - · UP 8.2 PERCENT YOY",
                "Xiaomi · revenue · smartphone · REPORTED · 2021-Q3 2021-07-01..2021-09-30 · 7480000000 USD · - · UP 4.4 PERCENT YOY",
                "Xiaomi · margin · smartphone · REPORTED · 2021-Q3 2021-07-01..2021-09-30 · 12.8 · - · -",
                "Xiaomi · shipments · smartphone · REPORTED · 2021-Q3 2021-07-01..2021-09-30 · 43900000 · - · -",
                "Xiaomi · market_share · - · REPORTED · 2021-Q3 2021-07-01..2021-09-30 · 13.5 · - · -",
                "Xiaomi · units_sold · - · TARGET · 2021 null..2021-12-31 · 190000000 · - · -",
                "Xiaomi · shipments · fascia alta · REPORTED · P9M 2021-01-01..2021-09-30 · 18000000 · APPROX · -",
                "Xiaomi · market_share · fascia alta · REPORTED · P9M 2021-01-01..2021-09-30 · 12 · MORE_THAN · -",
                "MIUI · active_users · - · REPORTED · 2021-11-22 2021-11-22..2021-11-22 · 500000000 · MORE_THAN · UP 100000000 ABSOLUTE null APPROX",
                "MIUI · active_users · Cina · REPORTED · 2021-11-22 2021-11-22..2021-11-22 · 18650000 · - · -");
    }

    @Test
    void everyFactNamesItsRuleAndSentence() {
        for (Fact f : x.facts()) {
            assertThat(f.rule()).startsWith("fact.");
            assertThat(f.sentence().contains(f.value().span())).as(f.rule()).isTrue();
        }
    }
}
