package io.fatti.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private static final Fatti TEXT_ONLY = Fatti.withStages(List.of());

    private static Document doc(String text) {
        return TEXT_ONLY.prepare(text, ArticleContext.undated());
    }

    private static List<String> tokens(String phrase) {
        return PhraseTable.tokens(phrase).stream().map(Token::lower).toList();
    }

    @Test
    void phrasesSplitLikeTheDocumentTokenizer() {
        assertThat(tokens("a/a")).containsExactly("a", "/", "a");
        assertThat(tokens("sull'anno precedente")).containsExactly("sull'", "anno", "precedente");
        assertThat(tokens("pari all'")).containsExactly("pari", "all'");
        assertThat(tokens("P.P.")).containsExactly("p", ".", "p", ".");
        assertThat(tokens("''")).containsExactly("'", "'");
        assertThat(tokens("  ")).isEmpty();
    }

    @Test
    void longestPhraseWinsAndTheFirstAddedBreaksATie() {
        PhraseTable<String> t = new PhraseTable<>();
        t.add("più", "short");
        t.add("più di", "long");
        t.add("più di", true, "same length, added later");
        Document d = doc("Sono più di 30.");
        assertThat(t.startingAt(d, 1)).isEqualTo(new PhraseTable.Match<>(1, 2, "long"));
        assertThat(t.startingAt(d, 1, 1)).isEqualTo(new PhraseTable.Match<>(1, 1, "short"));
        assertThat(t.endingAt(d, 2)).isEqualTo(new PhraseTable.Match<>(1, 2, "long"));
        assertThat(t.endingAt(d, 1)).isEqualTo(new PhraseTable.Match<>(1, 1, "short"));
        assertThat(t.startingAt(d, 0)).isNull();
        assertThat(t.startingAt(d, -1)).isNull();
        assertThat(t.startingAt(d, 99)).isNull();
        assertThat(t.has(d, 1)).isTrue();
        assertThat(t.mayStartWith(d.token(1))).isTrue();
        assertThat(t.firstWords()).containsExactly("più");
    }

    @Test
    void aDuplicateOrEmptyPhraseIsNotAdded() {
        PhraseTable<Integer> t = new PhraseTable<>();
        assertThat(t.add("l'altro ieri", 1)).isTrue();
        assertThat(t.add("L'altro  ieri", 2)).isFalse();
        assertThat(t.add(" ", 3)).isFalse();
        assertThat(t.startingAt(doc("l'altro ieri"), 0).value()).isEqualTo(1);
    }

    @Test
    void caseSensitivePhrasesMatchExactText() {
        PhraseTable<String> t = new PhraseTable<>();
        t.add("EUR", true, "EUR");
        assertThat(t.startingAt(doc("10 EUR"), 1)).isNotNull();
        assertThat(t.startingAt(doc("10 eur"), 1)).isNull();
    }

    @Test
    void gluedAsWrittenNeedsTheTextGluedWhereThePhraseIs() {
        PhraseTable<String> glued = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
        PhraseTable<String> loose = new PhraseTable<>();
        glued.add("Mbit/s", "rate");
        loose.add("Mbit/s", "rate");
        assertThat(glued.startingAt(doc("100 Mbit/s"), 1)).isNotNull();
        assertThat(glued.startingAt(doc("100 Mbit / s"), 1)).isNull();
        assertThat(loose.startingAt(doc("100 Mbit / s"), 1)).isNotNull();
    }

    @Test
    void withinSentenceNeverCrossesASentenceBoundary() {
        PhraseTable<String> bounded = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
        PhraseTable<String> free = new PhraseTable<>();
        bounded.add("anno . Poi", "x");
        free.add("anno . Poi", "x");
        Document d = doc("Finisce l'anno. Poi riparte.");
        int anno = 2;
        assertThat(d.token(anno).text()).isEqualTo("anno");
        assertThat(free.startingAt(d, anno)).isNotNull();
        assertThat(bounded.startingAt(d, anno)).isNull();
    }
}
