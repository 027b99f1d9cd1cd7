package io.fatti.number;

import io.fatti.mention.Quantity;
import io.fatti.text.Document;
import java.util.List;

/**
 * Rule {@code quantity.level-of-count}: a bare number after "quota" is the level a count has reached, and counts what
 * the nearest count before it counts ("ha consegnato 251.000 auto. Finora ha raggiunto quota 641 mila" → 641000
 * auto). The count stands in the same sentence or the one before, and is not larger than the level (a level
 * accumulates); both are whole numbers. Used only when no metric word stands anywhere in the sentence before the
 * number ("il numero di utenti MIUI attivi … ha superato quota 500 milioni" is not a level of an earlier count).
 * Immutable.
 */
final class QuotaLevel {

    private static final int SENTENCES_BACK = 1;

    /** True when "quota" stands right before the bare number {@code o}. */
    boolean follows(Document doc, Operand o) {
        return o.first > 0 && doc.token(o.first - 1).is("quota") && doc.sameSentence(o.first - 1, o.first)
                && whole(o.number.value());
    }

    /** Counted things are whole: "a quota 11.188,23" after "344,65 punti" is an index level, not a count. */
    private static boolean whole(java.math.BigDecimal v) {
        return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0;
    }

    /** The count whose level the number {@code o} is, among {@code quantities}; or null. */
    Quantity source(Document doc, Operand o, List<Quantity> quantities) {
        int at = doc.tokenSpan(o.first, o.first).start();
        int sentence = doc.sentenceOf(o.first);
        Quantity nearest = null;
        for (Quantity q : quantities) {
            int[] r = doc.tokensWithin(q.span());
            if (q.end() > at || q.noun() == null && q.unit() == null || !q.dimensions().isEmpty()
                    || q.amount().value() == null || !whole(q.amount().value()) || r == null
                    || sentence - doc.sentenceOf(r[0]) > SENTENCES_BACK) {
                continue;
            }
            if (nearest == null || q.start() > nearest.start()) {
                nearest = q;
            }
        }
        return nearest != null && nearest.amount().value().compareTo(o.number.value()) <= 0 ? nearest : null;
    }
}
