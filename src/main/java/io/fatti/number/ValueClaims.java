package io.fatti.number;

import io.fatti.mention.Mention;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The tokens earlier stages claimed, as a value stage (money and percentages, quantities, numbers) sees them: the one
 * place where the value stages decide when they take the tokens of a weak reading of the time stage
 * ({@link Annotations#addWeak}: "dal 3 al 5", "tra il 3 e il 5", "15/02"). A weak reading a value stage may take
 * leaves its tokens free to read; a value read over them removes the reading (in one pass, at {@link #finish}).
 * Everything else claimed earlier is left alone. A weak reading stays claimed when:
 * <ul>
 * <li>it holds a spelled number and no word follows that it could count ("dal tre al cinque." stays a date; "tra il
 *     tre e il cinque per cento" is a value);</li>
 * <li>it is a day/month pair ("1/4") and the stage reads fractions only after a comparative ("superiore a 1/4";
 *     the number stage) rather than wherever its own reading needs them (the quantity stage: "1/4 di miglio", where
 *     the unit decides).</li>
 * </ul>
 * One per stage and document; not thread-safe.
 */
public final class ValueClaims {

    private final Annotations found;
    /** Tokens of the weak readings this stage may take. */
    private final BitSet weak = new BitSet();
    private final List<Mention> weakReadings = new ArrayList<>();
    private final List<Mention> taken = new ArrayList<>();
    /** For each token of a weak reading, its index in {@link #weakReadings}; built when the first one is found. */
    private int[] owner;

    private ValueClaims(Document doc, Annotations found, NumberReader reader, PhraseTable<?> fractionCues) {
        this.found = found;
        for (Annotations.Weak w : found.weakReadings()) {
            if (takeable(doc, reader, fractionCues, w.fromToken(), w.toToken())) {
                if (owner == null) {
                    owner = new int[doc.size()];
                    Arrays.fill(owner, -1);
                }
                Arrays.fill(owner, w.fromToken(), w.toToken() + 1, weakReadings.size());
                weak.set(w.fromToken(), w.toToken() + 1);
                weakReadings.add(w.mention());
            }
        }
    }

    /** The claims as the quantity stage sees them: it takes day/month pairs wherever its reading needs them. */
    public static ValueClaims forQuantities(Document doc, Annotations found, NumberReader reader) {
        return new ValueClaims(doc, found, reader, null);
    }

    /** The claims as the number stage sees them: it takes a day/month pair only after a comparative. */
    static ValueClaims forNumbers(Document doc, Annotations found, NumberReader reader, ValueWords words) {
        return new ValueClaims(doc, found, reader, words.comparatives);
    }

    private static boolean takeable(Document doc, NumberReader reader, PhraseTable<?> fractionCues, int first,
                                    int last) {
        if (fractionCues != null && last - first == 2 && doc.token(first + 1).is("/")) {
            return fractionCues.endingAt(doc, first - 1) != null; // "superiore a 1/4": comparisons take no dates
        }
        int next = last + 1;
        boolean counting = next < doc.size() && doc.sameSentence(last, next) && doc.token(next).is(Token.Kind.WORD);
        for (int k = first; k <= last && !counting; k++) {
            if (isSpelledNumber(doc, reader, k)) {
                return false;
            }
        }
        return true;
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

    /** True when token {@code i} is claimed by an earlier stage and this stage may not take it. */
    public boolean isClaimed(int i) {
        return found.isClaimed(i) && !weak.get(i);
    }

    /** True when any token in {@code from}..{@code to} (inclusive) is claimed in the sense of {@link #isClaimed}. */
    public boolean anyClaimed(int from, int to) {
        if (weakReadings.isEmpty()) {
            return found.anyClaimed(from, to);
        }
        for (int k = from; k <= to; k++) {
            if (isClaimed(k)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a value over tokens {@code from}..{@code to}; the weak readings it overlaps go at {@link #finish}. */
    public void add(Mention m, int from, int to) {
        for (int k = weak.nextSetBit(from); k >= 0 && k <= to; k = weak.nextSetBit(k + 1)) {
            int o = owner[k];
            Mention reading = o < 0 ? null : weakReadings.get(o);
            if (reading != null) {
                taken.add(reading);
                weakReadings.set(o, null);
            }
        }
        found.add(m, from, to);
        if (byStart != null) {
            remember(m);
        }
    }

    /** Removes the weak readings that values took, in one pass. Call once, at the end of the stage. */
    public void finish() {
        found.removeAll(taken);
        taken.clear();
    }

    public void claim(int from, int to) {
        found.claim(from, to);
    }

    public <T extends Mention> List<T> mentions(Class<T> type) {
        return found.mentions(type);
    }

    public void replace(Mention old, Mention refined) {
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

    public void remove(Mention m) {
        found.remove(m);
        if (byStart != null) {
            forget(m);
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
