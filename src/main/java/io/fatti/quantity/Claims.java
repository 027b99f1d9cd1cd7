package io.fatti.quantity;

import io.fatti.core.Span;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.number.NumberReader;
import io.fatti.number.ValueClaims;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * The tokens earlier stages claimed, as the quantity stage sees them: the value stages' shared view
 * ({@link ValueClaims}: when a weak date of the time stage, "da 15" in "scesi da 15 a 10 milioni di abbonati" or
 * "1/4" in "1/4 di miglio", gives way to a quantity), plus the durations and sets of the time stage that an age or a
 * rate takes over ("un uomo di 45 anni"). One per document.
 */
final class Claims {

    /**
     * Most durations and sets this stage may replace or remove in one document. Each costs a scan of the mention
     * list, so a cap keeps a pathological text ("3 anni, 3 anni, ..." for a megabyte) linear.
     */
    private static final int EDIT_BUDGET = 2000;

    private final ValueClaims claims;
    /** Durations and sets of the time stage by span, for the ages and rates that take them over. */
    private final Map<Span, Temporal> durationsAndSets = new HashMap<>();
    private int edits;

    Claims(Document doc, Annotations found, NumberReader numbers) {
        this.claims = ValueClaims.forQuantities(doc, found, numbers);
        for (Temporal t : found.mentions(Temporal.class)) {
            if (t.kind() == Temporal.Kind.DURATION || t.kind() == Temporal.Kind.SET) {
                durationsAndSets.put(t.span(), t);
            }
        }
    }

    boolean isClaimed(int i) {
        return claims.isClaimed(i);
    }

    boolean anyClaimed(int from, int to) {
        return claims.anyClaimed(from, to);
    }

    /** Adds a mention over tokens from..to; a weak date it overlaps goes (see {@link #finish}). */
    void add(Mention m, int from, int to) {
        claims.add(m, from, to);
    }

    void claim(int from, int to) {
        claims.claim(from, to);
    }

    /** Removes the weak dates quantities took; once, at the end of the stage. */
    void finish() {
        claims.finish();
    }

    /** The time stage's duration or set over exactly this span, when this stage may still take one over. */
    Temporal durationOrSet(Span span, Temporal.Kind kind) {
        Temporal t = durationsAndSets.get(span);
        return t != null && t.kind() == kind && edits < EDIT_BUDGET ? t : null;
    }

    /** Replaces a duration or set (from {@link #durationOrSet}) with this stage's mention. */
    void replace(Temporal old, Mention refined) {
        claims.replace(old, refined);
        durationsAndSets.remove(old.span());
        edits++;
    }

    /** Removes a duration or set (from {@link #durationOrSet}). */
    void remove(Temporal old) {
        claims.remove(old);
        durationsAndSets.remove(old.span());
        edits++;
    }
}
