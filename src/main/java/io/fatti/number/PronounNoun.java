package io.fatti.number;

import io.fatti.mention.Quantity;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.List;

/**
 * Rule {@code quantity.pronoun-noun}: "ne" stands for the counted noun of an earlier count ("Netflix ha guadagnato 8,8
 * milioni di abbonati. Solo negli Stati Uniti ne ha aggiunti 1,93 milioni" → 1.93 million subscribers). The "ne"
 * comes at most four words before the number with only words between ("ne ha aggiunti", "ne sono state vendute"),
 * and the count it refers to is the nearest one before, in the same sentence or the two before. Immutable.
 */
final class PronounNoun {

    private static final int REACH = 4;
    private static final int SENTENCES_BACK = 2;

    /** True when "ne" stands shortly before the bare number {@code o}. */
    boolean follows(Document doc, Operand o) {
        return pronounAt(doc, o) >= 0;
    }

    private int pronounAt(Document doc, Operand o) {
        for (int j = o.first - 1; j >= 0 && j >= o.first - REACH && doc.sameSentence(j, o.first); j--) {
            Token tok = doc.token(j);
            if (tok.is("ne")) {
                return j;
            }
            if (!tok.is(Token.Kind.WORD)) {
                return -1;
            }
        }
        return -1;
    }

    /** The earlier count whose noun "ne" stands for before the bare number {@code o}, or null. */
    Quantity source(Document doc, Operand o, List<Quantity> quantities) {
        int ne = pronounAt(doc, o);
        if (ne < 0) {
            return null;
        }
        int at = doc.tokenSpan(ne, ne).start();
        int sentence = doc.sentenceOf(ne);
        Quantity nearest = null;
        for (Quantity q : quantities) {
            if (q.end() > at || (q.noun() == null && q.unit() == null) || !q.dimensions().isEmpty()) {
                continue;
            }
            int[] r = doc.tokensWithin(q.span());
            if (r == null || sentence - doc.sentenceOf(r[0]) > SENTENCES_BACK) {
                continue;
            }
            if (nearest == null || q.start() > nearest.start()) {
                nearest = q;
            }
        }
        return nearest;
    }
}
