package io.fatti.quantity;

import io.fatti.Span;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * The tokens earlier stages claimed, as the quantity stage sees them. A day-only date made of nothing but numbers
 * and range words ("da 15" in "scesi da 15 a 10 milioni di abbonati", "tra 20 e 30"), or a bare day/month ("1/4"
 * in "1/4 di miglio"), is a weak reading: a quantity
 * that needs those tokens takes them, and the weak date is removed (the number stage treats such dates the same
 * way). Everything else claimed earlier is left alone. One per document.
 */
final class Claims {

    private final Annotations found;
    private final BitSet weak = new BitSet();
    private final List<Temporal> weakDates = new ArrayList<>();

    Claims(Document doc, Annotations found, RangeWords ranges) {
        this.found = found;
        for (Temporal t : found.mentions(Temporal.class)) {
            if (t.grain() != Temporal.Grain.DAY || t.kind() != Temporal.Kind.DATE) {
                continue;
            }
            int[] r = tokens(doc, t.span());
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

    /** The tokens {first, last} a span covers, or null (binary search: token offsets grow with the index). */
    private static int[] tokens(Document doc, Span span) {
        int lo = 0;
        int hi = doc.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.tokenSpan(mid, mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo - 1;
        while (last + 1 < doc.size() && doc.tokenSpan(last + 1, last + 1).end() <= span.end()) {
            last++;
        }
        return last < lo ? null : new int[] {lo, last};
    }

    boolean isClaimed(int i) {
        return found.isClaimed(i) && !weak.get(i);
    }

    boolean anyClaimed(int from, int to) {
        if (weakDates.isEmpty()) {
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
        if (!weakDates.isEmpty()) {
            int w = weak.nextSetBit(from);
            if (w >= 0 && w <= to) {
                for (Iterator<Temporal> it = weakDates.iterator(); it.hasNext(); ) {
                    Temporal t = it.next();
                    if (t.span().intersects(m.span())) {
                        found.remove(t);
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

    void replace(Mention old, Mention refined) {
        found.replace(old, refined);
    }

    void remove(Mention m) {
        found.remove(m);
    }

    <T extends Mention> List<T> mentions(Class<T> type) {
        return found.mentions(type);
    }
}
