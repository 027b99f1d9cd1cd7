package io.fatti.quantity;

import io.fatti.core.Span;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tokens earlier stages claimed, as the quantity stage sees them. A day-only date made of nothing but numbers
 * and range words ("da 15" in "scesi da 15 a 10 milioni di abbonati", "tra 20 e 30"), or a bare day/month ("1/4"
 * in "1/4 di miglio"), is a weak reading: a quantity
 * that needs those tokens takes them, and the weak date is removed (the number stage treats such dates the same
 * way). Everything else claimed earlier is left alone. One per document.
 */
final class Claims {

    /**
     * Most mentions of earlier stages this stage may remove or replace in one document. Each removal costs a scan
     * of the mention list, so a cap keeps a pathological text ("3 anni, 3 anni, ..." for a megabyte) linear.
     */
    private static final int EDIT_BUDGET = 2000;

    private final Annotations found;
    private final BitSet weak = new BitSet();
    private final List<Temporal> weakDates = new ArrayList<>();
    /** Durations and sets of the time stage by span, for the ages and rates that take them over. */
    private final Map<Span, Temporal> durationsAndSets = new HashMap<>();
    private int edits;

    Claims(Document doc, Annotations found, RangeWords ranges) {
        this.found = found;
        for (Temporal t : found.mentions(Temporal.class)) {
            if (t.kind() == Temporal.Kind.DURATION || t.kind() == Temporal.Kind.SET) {
                durationsAndSets.put(t.span(), t);
            }
            if (t.grain() != Temporal.Grain.DAY || t.kind() != Temporal.Kind.DATE) {
                continue;
            }
            int[] r = doc.tokensWithin(t.span());
            if (r == null) {
                continue;
            }
            boolean onlyNumbers = true;
            for (int k = r[0]; k <= r[1] && onlyNumbers; k++) {
                Token tok = doc.token(k);
                onlyNumbers = tok.is(Token.Kind.NUMBER) || ranges.isRangeWord(tok.lower());
            }
            // "1/4 di miglio": a day/month date is weak too; only a unit after it makes a quantity take it
            onlyNumbers = onlyNumbers || (r[1] - r[0] == 2 && doc.token(r[0]).is(Token.Kind.NUMBER)
                    && doc.token(r[0] + 1).is("/") && doc.token(r[1]).is(Token.Kind.NUMBER));
            if (onlyNumbers) {
                weak.set(r[0], r[1] + 1);
                weakDates.add(t);
            }
        }
    }

    boolean isClaimed(int i) {
        return found.isClaimed(i) && (!weak.get(i) || edits >= EDIT_BUDGET);
    }

    boolean anyClaimed(int from, int to) {
        if (weakDates.isEmpty() || edits >= EDIT_BUDGET) {
            return found.anyClaimed(from, to);
        }
        for (int k = from; k <= to; k++) {
            if (isClaimed(k)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a mention over tokens from..to, removing any weak date it overlaps. */
    void add(Mention m, int from, int to) {
        if (!weakDates.isEmpty() && edits < EDIT_BUDGET) {
            int w = weak.nextSetBit(from);
            if (w >= 0 && w <= to) {
                for (Iterator<Temporal> it = weakDates.iterator(); it.hasNext(); ) {
                    Temporal t = it.next();
                    if (t.span().intersects(m.span())) {
                        found.remove(t);
                        edits++;
                        it.remove();
                    }
                }
            }
        }
        found.add(m, from, to);
    }

    void claim(int from, int to) {
        found.claim(from, to);
    }

    /** The time stage's duration or set over exactly this span, when this stage may still take one over. */
    Temporal durationOrSet(Span span, Temporal.Kind kind) {
        Temporal t = durationsAndSets.get(span);
        return t != null && t.kind() == kind && edits < EDIT_BUDGET ? t : null;
    }

    /** Replaces a duration or set (from {@link #durationOrSet}) with this stage's mention. */
    void replace(Temporal old, Mention refined) {
        found.replace(old, refined);
        durationsAndSets.remove(old.span());
        edits++;
    }

    /** Removes a duration or set (from {@link #durationOrSet}). */
    void remove(Temporal old) {
        found.remove(old);
        durationsAndSets.remove(old.span());
        edits++;
    }
}
