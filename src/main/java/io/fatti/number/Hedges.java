package io.fatti.number;

import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.List;

/**
 * Qualifiers written before a value: "quasi 18 milioni", "oltre il 12%", "supera i 10 milioni di clienti". Immutable.
 */
final class Hedges {

    private final ValueWords words;

    Hedges(ValueWords words) {
        this.words = words;
    }

    /** The qualifier before token {@code first}: "quasi 18 milioni", "oltre il 12%". */
    PhraseTable.Match<Qualifier> before(Document doc, ValueClaims found, int first) {
        List<Token> t = doc.tokens();
        int p = first - 1;
        if (p < 0) {
            return null;
        }
        if (words.articles.contains(t.get(p).lower())) {
            p--;
        }
        PhraseTable.Match<Qualifier> q = words.qualifiers.endingAt(doc, p);
        if (q == null || found.anyClaimed(q.first(), q.last()) || !doc.sameSentence(q.first(), first)) {
            return null;
        }
        return q;
    }

    /** Quantities found without a qualifier get the one written before them: "supera i 10 milioni di clienti". */
    void hedgeQuantities(Document doc, ValueClaims found) {
        for (Quantity q : found.mentions(Quantity.class)) {
            if (q.amount().qualifier() != null) {
                continue;
            }
            int[] r = doc.tokensWithin(q.span());
            PhraseTable.Match<Qualifier> hedge = r == null ? null : before(doc, found, r[0]);
            if (hedge != null) {
                found.replace(q, new Quantity(q.span(), q.text(), q.rule(), q.amount().withQualifier(hedge.value()),
                        q.unit(), q.noun(), q.per(), q.dimensions(), q.change()));
            }
        }
    }
}
