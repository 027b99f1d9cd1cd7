package io.fatti.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kind rules on sentences written for this test (invented companies): a relative aside after a comma states a
 * fact even after a target word; a target word inside a metric word ("prezzo obiettivo") names the metric; a forecast
 * before a colon makes the figures after it targets; a date after a later value is that value's.
 */
class FactKindRulesTest {

    /** subject · metric · value (currency) · period timex · kind. */
    private static List<String> facts(String text, String date) {
        return FactLines.of(text, date);
    }

    @Test
    void aRelativeAsideStatesAFactAfterATargetWord() {
        String text = """
                Orvella S.p.A., nuovo impianto a Bari

                Orvella S.p.A. prevede investimenti per 300 milioni di euro nel nuovo impianto di Bari, dove \
                lavorano già 1.200 persone.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella S.p.A. · investment · 300000000 EUR · - · TARGET",
                "Orvella S.p.A. · employees · 1200 · - · REPORTED");
    }

    @Test
    void aTargetPriceIsReportedAndAForecastBeforeAColonMakesTargets() {
        String text = """
                Orvella S.p.A. alza le stime

                Il titolo di Orvella S.p.A. ha chiuso a 14,20 euro e gli analisti hanno alzato il prezzo obiettivo a \
                17 euro. Il gruppo ha rivisto le stime per il 2025: ricavi tra 1,2 e 1,3 miliardi di euro e un \
                utile netto di circa 90 milioni.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella · share_price · 14.2 EUR · - · REPORTED",
                "Orvella · target_price · 17 EUR · - · REPORTED",
                "Orvella · revenue · null EUR · 2025 · TARGET",
                "Orvella · net_income · 90000000 EUR · 2025 · TARGET");
    }

    @Test
    void aDateAfterALaterValueIsThatValues() {
        String text = """
                Orvella S.p.A. riacquista azioni

                Orvella S.p.A. ha presentato i conti agli analisti. La società ha annunciato un piano di riacquisto di azioni proprie da 500 milioni di euro e \
                investimenti per 200 milioni nel 2026.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella · buyback · 500000000 EUR · - · REPORTED",
                "Orvella · investment · 200000000 EUR · 2026 · TARGET");
    }
}
