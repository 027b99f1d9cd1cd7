package io.fatti.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fact rules on news phrasing the corpus does not hold (sentences written for this test, with invented company
 * names so the name model cannot know them): rankings, companies named through descriptions and legal forms,
 * comparisons with a loss, targets, balances at a date, market figures cited from a source.
 */
class FactRulesTest {

    /** subject · metric · value (currency) · period timex · kind. */
    private static List<String> facts(String text, String date) {
        return FactLines.of(text, date);
    }

    @Test
    void aRankingGivesOneShareForEachCompanyAndTheLeadPeriod() {
        String text = """
                Smartphone, nel secondo trimestre Samsung resta in testa

                Nel secondo trimestre del 2024 il mercato italiano degli smartphone è cresciuto del 6%, secondo le \
                stime di Canalys. Samsung resta prima con il 36% delle consegne, seguita da Xiaomi con il 24% e da \
                Apple con il 19%, mentre Oppo sale al 7%.
                """;
        assertThat(facts(text, "2024-08")).containsExactly(
                "Samsung · market_share · 36 · 2024-Q2 · REPORTED",
                "Xiaomi · market_share · 24 · 2024-Q2 · REPORTED",
                "Apple · market_share · 19 · 2024-Q2 · REPORTED",
                "Oppo · market_share · 7 · 2024-Q2 · REPORTED");
    }

    @Test
    void anAdverbInsideTheClauseDoesNotCutTheMetricFromItsValue() {
        String text = """
                Brenvia S.p.A., margini in crescita nel 2023

                Brenvia S.p.A. ha chiuso il 2023 con ricavi in calo a 2.310 milioni di euro. Il margine operativo \
                lordo è però cresciuto del 4% a 612 milioni, mentre l'utile netto è invece sceso a 140 milioni.
                """;
        assertThat(facts(text, "2024-03")).containsExactly(
                "Brenvia S.p.A. · revenue · 2310000000 EUR · 2023 · REPORTED",
                "Brenvia S.p.A. · ebitda · 612000000 EUR · 2023 · REPORTED",
                "Brenvia S.p.A. · net_income · 140000000 EUR · 2023 · REPORTED");
    }

    @Test
    void theBoardAndTheRegistrationOfficeAreNoSubjects() {
        String text = """
                Brenvia S.p.A., dividendo in crescita

                Brenvia S.p.A. ha chiuso il 2023 con ricavi a 2.310 milioni di euro. Il consiglio di amministrazione \
                ha deliberato un dividendo di 0,42 euro per azione.

                Secondo i dati della Motorizzazione, nel 2023 in Italia sono state immatricolate 66.000 auto \
                elettriche.
                """;
        assertThat(facts(text, "2024-03")).containsExactly(
                "Brenvia S.p.A. · revenue · 2310000000 EUR · 2023 · REPORTED",
                "Brenvia S.p.A. · dividend · 0.42 EUR · - · REPORTED", // no period in its sentence
                "- · units_sold · 66000 · 2023 · REPORTED");
    }

    @Test
    void bareCentsDoNotMakeTheirSentenceEuro() {
        String text = """
                Corvio, i ricavi del trimestre salgono a 2,4 miliardi di dollari

                La società di software di Seattle Corvio ha chiuso il secondo trimestre del 2024 con ricavi per 2,4 \
                miliardi di dollari. Gli utili sono stati di 310 milioni, o 52 centesimi per azione.
                """;
        assertThat(facts(text, "2024-08")).containsExactly(
                "Corvio · revenue · 2400000000 USD · 2024-Q2 · REPORTED",
                "Corvio · net_income · 310000000 USD · 2024-Q2 · REPORTED",
                "Corvio · eps · 0.52 USD · 2024-Q2 · REPORTED");
    }

    @Test
    void aValuationNamedByItsNounAloneIsAValuation() {
        String text = """
                Drovia raccoglie 40 milioni di euro

                La startup torinese Drovia ha chiuso un round da 40 milioni di euro. Con l'operazione la valutazione \
                sale a 350 milioni di euro.
                """;
        assertThat(facts(text, "2024-05")).containsExactly(
                "Drovia · funding · 40000000 EUR · - · REPORTED",
                "Drovia · valuation · 350000000 EUR · - · REPORTED");
    }

    @Test
    void jobsCutAreLayoffsNotTheSizeOfAChange() {
        String text = """
                Software, un altro anno di tagli

                Nel 2023 le società di videogiochi hanno tagliato oltre 9.000 posti di lavoro nel mondo.
                """;
        assertThat(facts(text, "2024-02")).containsExactly("- · layoffs · 9000 · 2023 · REPORTED");
    }

    @Test
    void theStretchAfterABracketIsNoAside() {
        String text = """
                Brenvia S.p.A., margine operativo lordo positivo nel 2023

                Brenvia S.p.A. ha chiuso il 2023 con ricavi saliti a 480 milioni di euro (+11%) e il margine \
                operativo lordo è tornato positivo, a 15 milioni.
                """;
        assertThat(facts(text, "2024-03")).containsExactly(
                "Brenvia S.p.A. · revenue · 480000000 EUR · 2023 · REPORTED",
                "Brenvia S.p.A. · ebitda · 15000000 EUR · 2023 · REPORTED");
    }

    @Test
    void aDescribedCompanyIsTheSubjectOfResultsComparisonsTargetsAndBalances() {
        String text = """
                Norvento, utile in crescita nel primo semestre

                Il gruppo piemontese dell'energia Norvento ha chiuso il primo semestre del 2024 con ricavi per 840 \
                milioni di euro, in aumento del 9%, e un margine operativo lordo di 126 milioni, contro una perdita \
                di 12 milioni nello stesso periodo del 2023. L'indebitamento finanziario netto a fine giugno 2024 \
                era pari a 410 milioni di euro.

                Per l'intero esercizio la società prevede ricavi per circa 1,7 miliardi di euro e punta a superare \
                i 250 milioni di margine operativo lordo.

                In Borsa il titolo ha chiuso in rialzo del 2,4% a 13,85 euro.
                """;
        assertThat(facts(text, "2024-09")).containsExactly(
                "Norvento · revenue · 840000000 EUR · 2024-H1 · REPORTED",
                "Norvento · ebitda · 126000000 EUR · 2024-H1 · REPORTED",
                "Norvento · ebitda · 12000000 EUR · 2023-H1 · REPORTED",
                "Norvento · net_debt · 410000000 EUR · 2024-06 · REPORTED",
                "Norvento · revenue · 1700000000 EUR · FY2024 · TARGET", // "l'intero esercizio" of the article's year
                "Norvento · ebitda · 250000000 EUR · FY2024 · TARGET",
                "Norvento · share_price · 13.85 EUR · - · REPORTED");
    }

    @Test
    void aNameBeforeALegalFormIsACompanyAndASourcedFigureIsTheMarkets() {
        String text = """
                Pagamenti digitali, nuovo round per una fintech torinese

                Kalibra S.p.A., la fintech torinese dei pagamenti per i commercianti, ha chiuso un aumento di \
                capitale da 40 milioni di euro. Kalibra conta 52.000 clienti.

                Secondo l'Osservatorio Fintech, nel 2023 le startup italiane del settore hanno raccolto 480 milioni \
                di euro.
                """;
        assertThat(facts(text, "2024-05")).containsExactly(
                "Kalibra S.p.A. · funding · 40000000 EUR · - · REPORTED", // the name with its legal form, as the corpus golds it
                "Kalibra · customers · 52000 · - · REPORTED",
                "- · funding · 480000000 EUR · 2023 · REPORTED");
    }

    @Test
    void aMarketArticleGivesItsFiguresToNobodyButAShareToTheBrandNamed() {
        String market = """
                Auto ibride, marzo in crescita

                A marzo in Italia sono state immatricolate 21.400 auto ibride plug-in, con una quota del 12,1% sul \
                mercato. Tra i marchi Bmw detiene il 18,5% del segmento.
                """;
        assertThat(facts(market, "2024-04")).containsExactly(
                "- · units_sold · 21400 · 2024-03 · REPORTED",
                "- · market_share · 12.1 · 2024-03 · REPORTED",
                "Bmw · market_share · 18.5 · 2024-03 · REPORTED");
    }

    @Test
    void aDescriptionRefersToTheCompanyItsParagraphIsAboutOrToTheCompanyItFollows() {
        String text = """
                Telefonia fissa, i conti degli operatori

                Orvella S.p.A. ha chiuso il 2024 con ricavi per 800 milioni di euro.

                Tra i concorrenti cresce Brisca S.p.A., che nel 2024 ha raggiunto 1,4 milioni di clienti. Per il \
                2025 la società punta a 1,7 milioni di clienti.

                Sulla rete fissa Brisca S.p.A. resta il secondo operatore con una quota del 18%.
                """;
        assertThat(facts(text, "2025-02-10")).containsExactly(
                "Orvella · revenue · 800000000 EUR · 2024 · REPORTED",
                "Brisca · customers · 1400000 · 2024 · REPORTED",
                "Brisca · customers · 1700000 · 2025 · TARGET",
                "Brisca · market_share · 18 · 2024 · REPORTED");
    }

    @Test
    void aCompanyAfterAPrepositionIsNoParagraphTopicAndAnalystsAreASource() {
        String text = """
                Orvella S.p.A. compra Dalmine Software

                Orvella S.p.A. ha annunciato un accordo per rilevare Dalmine Software per 300 milioni di euro. Con \
                Dalmine Software il gruppo supererà i 900 milioni di ricavi. In Borsa il titolo Orvella è salito a \
                14,20 euro, mentre gli analisti di Caldera Securities hanno alzato il prezzo obiettivo a 17 euro.
                """;
        assertThat(facts(text, "2024-09-10")).containsExactly(
                "Orvella · deal_value · 300000000 EUR · - · REPORTED",
                "Orvella · revenue · 900000000 EUR · - · TARGET",
                "Orvella · share_price · 14.2 EUR · - · REPORTED",
                "Orvella · target_price · 17 EUR · - · REPORTED");
    }

    @Test
    void plansInAPriceListAreProductsAndMoneyAfterAProductIsItsPrice() {
        String text = """
                Lumo rivede i listini

                Lumo cambia i prezzi in Italia. Dal 1° marzo il piano Lumo Base passerà da 7,99 a 8,99 euro al \
                mese, lo Standard resta a 12,99 euro e il Lumo Famiglia sale da 15,99 a 17,99 euro.
                """;
        assertThat(facts(text, "2025-02-10")).containsExactly(
                "Lumo Base · price · 7.99 EUR · - · REPORTED",
                "Lumo Base · price · 8.99 EUR · 2025-03-01 · REPORTED",
                "Standard · price · 12.99 EUR · 2025-03-01 · REPORTED",
                "Lumo Famiglia · price · 15.99 EUR · - · REPORTED",
                "Lumo Famiglia · price · 17.99 EUR · 2025-03-01 · REPORTED");
    }

    @Test
    void whatAPlanCostsIsACostNotAPrice() {
        String text = """
                Orvella S.p.A. taglia gli uffici

                Orvella S.p.A. chiuderà dodici uffici in Europa. Il piano di ristrutturazione costa 300 milioni di \
                euro, mentre il nuovo router della società costa 129 euro.
                """;
        assertThat(facts(text, "2025-02-10")).containsExactly(
                "Orvella · costs · 300000000 EUR · - · REPORTED",
                "Orvella · price · 129 EUR · - · REPORTED");
    }

    @Test
    void whatAMarketIsWorthIsItsMarketValueAndACompanysWorthItsValuation() {
        String text = """
                Domotica, il mercato cresce

                Secondo l'osservatorio del Politecnico, nel 2024 il mercato italiano della casa connessa è \
                cresciuto del 12%, raggiungendo un valore di 1,1 miliardi di euro, e dovrebbe superare gli 1,3 miliardi nel 2025. La \
                sola videosorveglianza vale 310 milioni.

                Orvella S.p.A. vale oggi 450 milioni di euro in Borsa.
                """;
        assertThat(facts(text, "2025-02-10")).containsExactly(
                "- · market_value · 1100000000 EUR · 2024 · REPORTED",
                "- · market_value · 1300000000 EUR · 2025 · TARGET",
                "- · market_value · 310000000 EUR · 2024 · REPORTED",
                "Orvella · valuation · 450000000 EUR · - · REPORTED");
    }

    @Test
    void theValueAChangeIsMeasuredAgainstIsAComparisonOfTheEarlierPeriod() {
        String text = """
                Orvella S.p.A., ricavi in crescita

                Nel terzo trimestre del 2024 Orvella S.p.A. ha registrato ricavi per 420 milioni di euro, il 12% in \
                più dei 375 milioni dello stesso periodo del 2023. L'utile netto è stato di 38 milioni di euro.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella S.p.A. · revenue · 420000000 EUR · 2024-Q3 · REPORTED",
                "Orvella S.p.A. · revenue · 375000000 EUR · 2023-Q3 · REPORTED",
                "Orvella S.p.A. · net_income · 38000000 EUR · 2024-Q3 · REPORTED");
    }

    @Test
    void aNounReadFromTheMetricWordIsNoCountOfSomethingElse() {
        String text = """
                Orvella S.p.A., utenti in crescita

                Nel terzo trimestre del 2024 gli utenti attivi di Orvella S.p.A. sono saliti a 41 milioni. Gli \
                abbonati alla fibra sono arrivati a 254 mila.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella S.p.A. · active_users · 41000000 · 2024-Q3 · REPORTED",
                "Orvella S.p.A. · subscribers · 254000 · - · REPORTED");
    }

    @Test
    void aColonRightAfterAValueCarriesItsMetric() {
        String text = """
                Orvella S.p.A. oltre i cento milioni di utenti

                Orvella S.p.A. ha superato la soglia dei 100 milioni di utenti attivi: a fine ottobre erano 103 \
                milioni. Il debito netto è sceso a 2,1 miliardi di euro grazie al piano di cessioni del gruppo: \
                la vendita delle attività in Cile porterà in cassa circa 400 milioni di euro.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella S.p.A. · active_users · 100000000 · 2024-10 · REPORTED",
                "Orvella S.p.A. · active_users · 103000000 · 2024-10 · REPORTED",
                "Orvella S.p.A. · net_debt · 2100000000 EUR · 2024-10 · REPORTED");
    }

    @Test
    void aLossRestatedInCentsIsPerShareAndAMultipleOfAnEarlierValueIsAComparison() {
        String text = """
                Orvella S.p.A. torna in utile

                Nel terzo trimestre del 2024 Orvella S.p.A. ha registrato un utile netto di 84 milioni di euro, \
                contro una perdita di 51 milioni, o 9 centesimi, dello stesso periodo del 2023. Con il nuovo \
                aumento di capitale la società è valutata 900 milioni di euro, più del doppio dei 410 milioni del \
                2022.
                """;
        assertThat(facts(text, "2024-11-05")).containsExactly(
                "Orvella · net_income · 84000000 EUR · 2024-Q3 · REPORTED",
                "Orvella · net_income · 51000000 EUR · 2023-Q3 · REPORTED",
                "Orvella · eps · 0.09 EUR · 2023-Q3 · REPORTED",
                "Orvella · valuation · 900000000 EUR · - · REPORTED",
                "Orvella · valuation · 410000000 EUR · 2022 · REPORTED");
    }

    @Test
    void carsOffTheLinesAreProduction() {
        String text = """
                Orvella Auto, produzione in calo a Cassino

                Nel primo semestre del 2024 dallo stabilimento di Cassino della Orvella Auto S.p.A. sono uscite \
                dalle linee 14.200 vetture.
                """;
        assertThat(facts(text, "2024-07-20")).containsExactly(
                "Orvella Auto S.p.A. · production · 14200 · 2024-H1 · REPORTED");
    }
}
