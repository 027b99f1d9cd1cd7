package io.fatti.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> tokens(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsElisionsNumbersAndSymbols() {
        assertThat(tokens("con un aumento dell'8,2% su base annua"))
                .containsExactly("con", "un", "aumento", "dell'", "8,2", "%", "su", "base", "annua");
        assertThat(tokens("l'azienda ha 1.234.567 utenti e 1.234,5 euro"))
                .containsExactly("l'", "azienda", "ha", "1.234.567", "utenti", "e", "1.234,5", "euro");
    }

    @Test
    void keepsGluedFormsApartButTouching() {
        assertThat(tokens("25mila 10K 5.000mAh 1.299€ +19,8%"))
                .containsExactly("25", "mila", "10", "K", "5.000", "mAh", "1.299", "€", "+", "19,8", "%");
    }

    @Test
    void groupsThousandsSeparatedBySpace() {
        assertThat(tokens("circa 10 000 dipendenti")).containsExactly("circa", "10 000", "dipendenti");
        assertThat(tokens("nel 2021 100 persone")).containsExactly("nel", "2021", "100", "persone");
        assertThat(tokens("iPhone 15 128GB")).containsExactly("iPhone", "15", "128", "GB");
    }

    @Test
    void codesStayOneToken() {
        List<Token> t = tokenizer.tokenize("un A330 e il Galaxy S23");
        assertThat(t.get(1).text()).isEqualTo("A330");
        assertThat(t.get(1).kind()).isEqualTo(Token.Kind.ALPHANUMERIC);
        assertThat(t.get(5).text()).isEqualTo("S23");
    }

    @Test
    void normalisesWithoutLosingOffsets() {
        String original = "un aumento dell\u20198,2% e 10\u00A0000 utenti \u2013 \u00ABbene\u00BB";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).isEqualTo("un aumento dell'8,2% e 10 000 utenti - \"bene\"");
        assertThat(n.toOriginal(16, 20)).isEqualTo(io.fatti.core.Span.of(16, 20));
    }

    @Test
    void mapsNfcCompositionBackToTheOriginal() {
        String original = "citta\u0300 di 12,5 milioni"; // decomposed à
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).isEqualTo("città di 12,5 milioni");
        var span = n.toOriginal(n.text().indexOf("12,5"), n.text().indexOf("12,5") + 4);
        assertThat(original.substring(span.start(), span.end())).isEqualTo("12,5");
        var word = n.toOriginal(0, 5);
        assertThat(original.substring(word.start(), word.end())).isEqualTo("citta\u0300");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        Document d = Fatti.withStages(List.of()).prepare(
                "Lo ha detto il dott. Rossi, ad di Alfa S.p.A. Poi ha parlato. Titolo senza punto\nNuova frase.",
                ArticleContext.undated());
        List<String> s = d.sentences().stream().map(r -> d.text().substring(r[0], r[1])).toList();
        assertThat(s).containsExactly("Lo ha detto il dott. Rossi, ad di Alfa S.p.A. Poi ha parlato.",
                "Titolo senza punto", "Nuova frase.");
    }

    @Test
    void tokensWithinASpanAreTheOnesItFullyCovers() {
        Document d = Fatti.withStages(List.of()).prepare("Dal 5 al 7 maggio.", ArticleContext.undated());
        assertThat(d.tokensWithin(new io.fatti.core.Span(4, 17))).containsExactly(1, 4); // "5 al 7 maggio"
        assertThat(d.tokensWithin(new io.fatti.core.Span(3, 6))).containsExactly(1, 1); // " 5 " covers only "5"
        assertThat(d.tokensWithin(new io.fatti.core.Span(5, 7))).isNull(); // "al" cut short: no whole token
        assertThat(d.tokensWithin(new io.fatti.core.Span(0, 18))).containsExactly(0, 5);
    }
}
