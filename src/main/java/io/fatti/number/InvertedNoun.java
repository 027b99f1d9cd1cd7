package io.fatti.number;

import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.Set;

/**
 * Rule {@code quantity.inverted-noun}: Italian news puts the count before what it counts with a copula, "sono 6.453 le
 * autovetture elettriche immatricolate", "sarebbero 183 milioni gli abbonamenti", "sono stati 13 milioni i clienti":
 * the bare number after a form of "essere" (a qualifier may stand between) and before a plural article and a plural
 * noun counts that noun. Immutable.
 */
final class InvertedNoun {

    private static final Set<String> COPULA = Set.of("sono", "erano", "saranno", "sarebbero", "furono", "siano",
            "fossero");
    private static final Set<String> PARTICIPLE = Set.of("stati", "state");
    private static final Set<String> PLURAL_ARTICLES = Set.of("i", "gli", "le");

    private final ValueWords words;

    InvertedNoun(ValueWords words) {
        this.words = words;
    }

    /** The token of the noun the bare number {@code o} counts, or -1. */
    int nounOf(Document doc, Operand o) {
        if (o.number.fraction() || !afterCopula(doc, o.first)) {
            return -1;
        }
        int a = o.last + 1;
        int n = a + 1;
        if (n >= doc.size() || !doc.sameSentence(o.last, n) || !PLURAL_ARTICLES.contains(doc.token(a).lower())) {
            return -1;
        }
        Token noun = doc.token(n);
        String s = noun.lower();
        boolean plural = noun.is(Token.Kind.WORD) && s.length() >= 3 && Character.isLowerCase(noun.text().charAt(0))
                && (s.endsWith("i") || s.endsWith("e"));
        return plural && !words.determiners.contains(s) && !words.articles.contains(s) ? n : -1;
    }

    private boolean afterCopula(Document doc, int first) {
        int j = first - 1;
        PhraseTable.Match<?> hedge = j >= 0 ? words.qualifiers.endingAt(doc, j) : null;
        if (hedge != null) {
            j = hedge.first() - 1; // "sono oltre 142 milioni i passeggeri"
        }
        if (j >= 1 && PARTICIPLE.contains(doc.token(j).lower())) {
            j--; // "sono stati 13 milioni i clienti"
        }
        return j >= 0 && doc.sameSentence(j, first) && COPULA.contains(doc.token(j).lower());
    }
}
