package io.fatti.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The period rules on sentences written for this test (invented companies): a day dates an event, not what a flow
 * measures; a balance's point date does not carry to the flows after it; the date a change is measured against is
 * no period.
 */
class FactPeriodRulesTest {

    /** subject · metric · value (currency) · period timex · kind. */
    private static List<String> facts(String text, String date) {
        return FactLines.of(text, date);
    }

    @Test
    void aDayInTheClauseIsNotThePeriodOfAFlow() {
        String text = """
                Orvella S.p.A., conti del trimestre in crescita

                Nel terzo trimestre del 2024 Orvella S.p.A. ha registrato ricavi per 320 milioni di euro. Nei \
                conti diffusi il 12 novembre 2024 l'utile netto è salito a 41 milioni di euro.
                """;
        assertThat(facts(text, "2024-11-13")).containsExactly(
                "Orvella S.p.A. · revenue · 320000000 EUR · 2024-Q3 · REPORTED",
                "Orvella S.p.A. · net_income · 41000000 EUR · 2024-Q3 · REPORTED");
    }

    @Test
    void aDeadlineDayStillDatesATarget() {
        String text = """
                Orvella S.p.A., piano di uscite volontarie

                Orvella S.p.A. ha firmato con i sindacati un accordo che prevede 1.200 uscite volontarie entro il \
                31 marzo 2025.
                """;
        assertThat(facts(text, "2024-11-13")).containsExactly("Orvella S.p.A. · layoffs · 1200 · 2025-03-31 · TARGET");
    }

    @Test
    void aBalanceAtAMonthDoesNotGiveItsDateToTheFlowsAfterIt() {
        String text = """
                Orvella S.p.A., semestre in utile

                Nel primo semestre del 2024 i ricavi di Orvella S.p.A. sono saliti a 540 milioni di euro. Gli \
                utenti attivi erano 3,2 milioni a giugno. L'Ebitda ha raggiunto 61 milioni di euro.
                """;
        assertThat(facts(text, "2024-07-30")).containsExactly(
                "Orvella S.p.A. · revenue · 540000000 EUR · 2024-H1 · REPORTED",
                "Orvella S.p.A. · active_users · 3200000 · 2024-06 · REPORTED",
                "Orvella S.p.A. · ebitda · 61000000 EUR · 2024-H1 · REPORTED");
    }

    @Test
    void theDateAChangeIsMeasuredAgainstIsNoPeriod() {
        String text = """
                Orvella S.p.A., più router spediti

                Nel terzo trimestre del 2024 Orvella S.p.A. ha spedito 4,2 milioni di router, il 3% in più di un \
                anno fa.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella S.p.A. · shipments · 4200000 · 2024-Q3 · REPORTED");
    }

    @Test
    void anArticleDatedAtAPointGivesItToBalancesWithNoDateOfTheirOwn() {
        String text = """
                Fibra, a fine giugno 2024 gli accessi sono 5,1 milioni

                A fine giugno 2024 gli accessi in fibra in Italia erano 5,1 milioni, secondo l'osservatorio \
                dell'Agcom.

                Tra gli operatori Orvella S.p.A. conta 1,3 milioni di clienti.
                """;
        assertThat(facts(text, "2024-09-20")).containsExactly(
                "- · lines · 5100000 · 2024-06 · REPORTED",
                "Orvella S.p.A. · customers · 1300000 · 2024-06 · REPORTED");
    }

    @Test
    void aDeadlineInTheLeadIsNoPeriodOfTheArticleAndAnEstimateIsATarget() {
        String text = """
                Orvella S.p.A., 800 esuberi

                Orvella S.p.A. ha presentato un piano che prevede 800 esuberi entro la fine di giugno. Il gruppo \
                conta 9.400 dipendenti. Il costo del piano è stimato in 60 milioni di euro.
                """;
        assertThat(facts(text, "2024-02-10")).containsExactly(
                "Orvella S.p.A. · layoffs · 800 · 2024-06 · TARGET",
                "Orvella S.p.A. · employees · 9400 · - · REPORTED",
                "Orvella S.p.A. · costs · 60000000 EUR · 2024-06 · TARGET");
    }

    @Test
    void aNewParagraphGoesBackToTheLeadPeriod() {
        String text = """
                Brisca, immatricolazioni in crescita a maggio

                Nel mese di maggio in Italia sono state immatricolate 141.300 autovetture. Da gennaio a maggio le \
                immatricolazioni hanno raggiunto 690.000 unità.

                Brisca Motori ha venduto 21.400 vetture.
                """;
        assertThat(facts(text, "2025-06-03")).contains("Brisca Motori · units_sold · 21400 · 2025-05 · REPORTED");
    }

    @Test
    void withinAParagraphThePeriodStillCarries() {
        String text = """
                Brisca, immatricolazioni in crescita a maggio

                Nel mese di maggio in Italia sono state immatricolate 141.300 autovetture. Da gennaio a maggio \
                Brisca Motori ha venduto 98.000 vetture. La quota di Brisca Motori è salita al 14%.
                """;
        assertThat(facts(text, "2025-06-03")).contains("Brisca Motori · market_share · 14 · 2025-01/2025-05 · REPORTED");
    }
}
