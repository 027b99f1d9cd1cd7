package io.fatti.number;

import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The claims of earlier stages as this stage sees them. A day number read as a date with nothing but range words
 * around it ("dal 5" in "dal 5 al 7%", "tra 20 e 30", "tra il 10° e il 15°", "da dieci a venti") is a weak
 * reading: a value that needs those tokens takes them, and the weak date is removed. "10°" is no day (only "1°" is);
 * spelled days are weak only when a word follows, which they count ("da dieci a venti candidati"; but "dal tre al
 * cinque" stays a date). Everything else claimed by earlier stages is left alone.
 */
final class Claims {

    private final Annotations found;
    private final Document doc;
    private final java.util.BitSet weak = new java.util.BitSet();
    private final List<Temporal> weakDates = new java.util.ArrayList<>();
    private final List<Temporal> removed = new java.util.ArrayList<>();
    /** For each token of a weak date, the index of that date in {@link #weakDates}; built lazily. */
    private int[] weakOwner;

    Claims(Document doc, Annotations found, ValueWords words, NumberReader reader) {
        this.doc = doc;
        this.found = found;
        for (Temporal tm : found.mentions(Temporal.class)) {
            if (tm.grain() != Temporal.Grain.DAY) {
                continue;
            }
            int[] r = doc.tokensWithin(tm.span());
            if (r == null) {
                continue;
            }
            int next = r[1] + 1;
            boolean counting = next < doc.size() && doc.sameSentence(r[1], next) && doc.token(next).is(Token.Kind.WORD);
            boolean onlyNumbers = true;
            for (int k = r[0]; k <= r[1] && onlyNumbers; k++) {
                Token tok = doc.token(k);
                onlyNumbers = tok.is(Token.Kind.NUMBER) || tok.text().equals("-") || words.ranges.containsKey(tok.lower())
                        || words.articles.contains(tok.lower()) || isRangeJoiner(words, tok.lower())
                        || (counting && isSpelledNumber(doc, reader, k)) || isOrdinalSign(doc, k);
            }
            if (!onlyNumbers && r[1] - r[0] == 2 && doc.token(r[0]).is(Token.Kind.NUMBER)
                    && doc.token(r[0] + 1).text().equals("/") && doc.token(r[1]).is(Token.Kind.NUMBER)) {
                // "1/4" after "superiore a": a fraction; comparisons do not take dates
                onlyNumbers = words.comparatives.endingAt(doc, r[0] - 1) != null;
            }
            if (onlyNumbers) {
                if (weakOwner == null) {
                    weakOwner = new int[doc.size()];
                    java.util.Arrays.fill(weakOwner, -1);
                }
                java.util.Arrays.fill(weakOwner, r[0], r[1] + 1, weakDates.size());
                weak.set(r[0], r[1] + 1);
                weakDates.add(tm);
            }
        }
    }

    /** "dieci": a number word read alone. */
    private static boolean isSpelledNumber(Document doc, NumberReader reader, int k) {
        Token tok = doc.token(k);
        if (!tok.is(Token.Kind.WORD) || !reader.mayStart(tok)) {
            return false;
        }
        NumberMatch n = reader.read(doc.tokens(), k);
        return n != null && n.first() == k && n.last() == k && !n.fraction();
    }

    /** The "°" of "10°", glued to a number other than 1 ("1° luglio" is a day). */
    private static boolean isOrdinalSign(Document doc, int k) {
        return k > 0 && OperandReader.ORDINAL_SIGNS.contains(doc.token(k).text()) && doc.glued(k)
                && doc.token(k - 1).is(Token.Kind.NUMBER) && !doc.token(k - 1).text().equals("1");
    }

    private static boolean isRangeJoiner(ValueWords words, String lower) {
        for (Set<String> joiners : words.ranges.values()) {
            if (joiners.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    boolean isClaimed(int i) {
        return found.isClaimed(i) && !weak.get(i);
    }

    boolean anyClaimed(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (isClaimed(k)) {
                return true;
            }
        }
        return false;
    }

    void add(Mention m, int from, int to) {
        for (int k = weak.nextSetBit(from); k >= 0 && k <= to; k = weak.nextSetBit(k + 1)) {
            int owner = weakOwner[k];
            Temporal tm = owner < 0 ? null : weakDates.get(owner);
            if (tm != null) {
                removed.add(tm); // the value takes the tokens; the weak date goes (see finish())
                weakDates.set(owner, null);
            }
        }
        found.add(m, from, to);
        if (byStart != null) {
            remember(m);
        }
    }

    /** Removes the weak dates that values took over, in one pass. */
    void finish() {
        found.removeAll(removed);
        removed.clear();
    }

    void claim(int from, int to) {
        found.claim(from, to);
    }

    <T extends Mention> List<T> mentions(Class<T> type) {
        return found.mentions(type);
    }

    void replace(Mention old, Mention refined) {
        found.replace(old, refined);
        if (byStart != null) {
            forget(old);
            remember(refined);
        }
    }

    /** Replaces many mentions in one pass (see {@link Annotations#replaceAll}). */
    void replaceAll(java.util.Map<? extends Mention, ? extends Mention> refined) {
        found.replaceAll(refined);
        if (byStart != null) {
            refined.forEach((old, m) -> {
                forget(old);
                remember(m);
            });
        }
    }

    /** The value mentions by start offset, for the contextual rules' look-backs; built on first use, then kept. */
    private java.util.TreeMap<Integer, List<ValueMention>> byStart;

    /**
     * The value mentions of type {@code type} lying within characters {@code from..to}, in text order: a look-back
     * over a window, so reading a long text stays linear.
     */
    <T extends ValueMention> List<T> valuesWithin(Class<T> type, int from, int to) {
        if (byStart == null) {
            byStart = new java.util.TreeMap<>();
            found.mentions(ValueMention.class).forEach(this::remember);
        }
        List<T> out = new java.util.ArrayList<>();
        if (from > to) {
            return out;
        }
        for (List<ValueMention> at : byStart.subMap(from, true, to, true).values()) {
            for (ValueMention v : at) {
                if (type.isInstance(v) && v.end() <= to) {
                    out.add(type.cast(v));
                }
            }
        }
        return out;
    }

    private void remember(Mention m) {
        if (m instanceof ValueMention v) {
            byStart.computeIfAbsent(v.start(), k -> new java.util.ArrayList<>(1)).add(v);
        }
    }

    private void forget(Mention m) {
        List<ValueMention> at = byStart.get(m.start());
        if (at != null) {
            at.remove(m);
        }
    }
}
