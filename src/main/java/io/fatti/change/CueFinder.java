package io.fatti.change;

import io.fatti.text.PhraseTable;
import io.fatti.mention.Change;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the change expressions (cues) of a document, left to right: a trigger and its size ("aumento dell'8,2%"), a
 * sign ("+19,8%"), a value and "in più"/"in meno", "N volte", a multiplier ("raddoppiato"), a trigger leading to a
 * new level ("salito a 12 miliardi", "salito da 10 a 12 miliardi") or a bare "in calo"; then, through
 * {@link Comparison}, what each is measured against. Stateless apart from its lexicon.
 */
final class CueFinder {

    /** Tokens allowed between a trigger and its size. */
    private static final int MAX_GAP = 6;
    /** Tokens allowed between a value and a sign after it: "2,5 miliardi (+19,8%)", "9 milioni, -12%". */
    private static final int MAX_SIGN_GAP = 3;
    /** Plain words allowed between a trigger and its size: the metric in "un calo DEI RICAVI del 5%". */
    private static final int MAX_METRIC_WORDS = 2;

    private final ChangeLexicon lex;
    private final Comparison comparison;

    CueFinder(ChangeLexicon lex) {
        this.lex = lex;
        this.comparison = new Comparison(lex);
    }

    /** The cues of the document in text order, each with its basis or reference when one is written. */
    List<Cue> findCues(Document doc, Annotations found, ValueIndex idx) {
        List<Cue> cues = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Cue c = cueAt(doc, found, idx, i);
            if (c != null) {
                comparison.after(doc, idx, c);
                if (c.basis == null && c.reference == null) {
                    comparison.fronted(doc, idx, c);
                }
                cues.add(c);
                i = Math.max(i, c.last) + 1;
                Cue alt = alternative(doc, idx, c);
                if (alt != null) {
                    comparison.after(doc, idx, alt);
                    cues.add(alt);
                    i = Math.max(i, alt.last + 1);
                }
            } else {
                PhraseTable.Match<Boolean> skip = idx.valueAt(i) < 0 ? lex.notChanges.startingAt(doc, i) : null;
                i += skip != null ? skip.length() : 1;
            }
        }
        return cues;
    }

    private Cue cueAt(Document doc, Annotations found, ValueIndex idx, int i) {
        Cue sign = sign(doc, idx, i);
        if (sign != null) {
            return sign;
        }
        int v = idx.valueAt(i);
        if (v >= 0) {
            if (i != idx.last[v]) {
                return null;
            }
            Cue c = moreOrLess(doc, idx, v);
            return c != null ? c : times(doc, idx, v);
        }
        if (found.isClaimed(i) || lex.notChanges.has(doc, i)) {
            return null; // inside an entity or a date; or "perdita netta", "aumento di capitale"
        }
        PhraseTable.Match<ChangeLexicon.Multiplier> mul = lex.multipliers.startingAt(doc, i);
        if (mul != null) {
            ChangeLexicon.Multiplier m = mul.value();
            Cue c = new Cue(i, i + mul.length() - 1, m.direction());
            c.unit = m.unit();
            c.value = m.value();
            c.qualifier = m.qualifier();
            PhraseTable.Match<ChangeLexicon.Filler> hedge = i > 0 ? lex.fillers.startingAt(doc, i - 1) : null;
            if (c.qualifier == null && hedge != null && hedge.length() == 1 && doc.sameSentence(i - 1, i)) {
                c.qualifier = hedge.value().qualifier(); // "quasi raddoppiato": APPROX
            }
            return c;
        }
        PhraseTable.Match<Boolean> shift = lex.shifts.startingAt(doc, i);
        if (shift != null) {
            return shift(doc, idx, i, shift.length());
        }
        PhraseTable.Match<ChangeLexicon.Trigger> tr = lex.triggers.startingAt(doc, i);
        return tr != null ? trigger(doc, idx, i, tr) : null;
    }

    /**
     * "le linee sono passate da 78,1 a 78,4 milioni": a move with no direction of its own, right before "da X a Y";
     * the direction is the one from the old value to the new (none when they are equal or not comparable).
     */
    private Cue shift(Document doc, ValueIndex idx, int i, int length) {
        int j = i + length;
        OldAndNew p = oldAndNew(doc, idx, j);
        if (p == null || !doc.sameSentence(i, p.end())) {
            return null;
        }
        BigDecimal a = scaledLike(idx.get(p.old()), idx.get(p.now()));
        BigDecimal b = idx.get(p.now()).amount() == null ? null : idx.get(p.now()).amount().value();
        if (a == null || b == null || a.compareTo(b) == 0) {
            return null;
        }
        Cue c = new Cue(i, j - 1, a.compareTo(b) < 0 ? Change.Direction.UP : Change.Direction.DOWN);
        return fromTo(doc, idx, c, j);
    }

    /**
     * The old value of "da X a Y" on the scale of the new one: "da 78,1 a 78,4 milioni" leaves the scale of 78,1
     * unwritten. Null when the two are not {@link #comparable}.
     */
    private static BigDecimal scaledLike(ValueMention old, ValueMention now) {
        if (old.amount() == null || now.amount() == null || old.amount().value() == null
                || now.amount().value() == null || !comparable(old, now)) {
            return null;
        }
        BigDecimal a = old.amount().value();
        BigDecimal b = now.amount().value();
        if (a.signum() <= 0 || b.signum() <= 0) {
            return a;
        }
        for (int scale : new int[] {0, 3, 6, 9, 12}) {
            BigDecimal ratio = b.divide(a.movePointRight(scale), java.math.MathContext.DECIMAL64);
            if (ratio.compareTo(new BigDecimal("0.5")) >= 0 && ratio.compareTo(BigDecimal.valueOf(2)) <= 0) {
                return a.movePointRight(scale);
            }
        }
        return a;
    }

    /** "+19,8%", "(-3%)": a plus or minus sign glued to the value that follows, not to what precedes it. */
    private Cue sign(Document doc, ValueIndex idx, int i) {
        Token t = doc.token(i);
        boolean plus = t.text().equals("+");
        if (!plus && !t.text().equals("-")) {
            return null;
        }
        if (i + 1 >= doc.size() || !doc.token(i + 1).is(Token.Kind.NUMBER) || !doc.glued(i + 1)
                || !doc.sameSentence(i, i + 1)) {
            return null;
        }
        if (i > 0 && doc.glued(i) && !"([/:".contains(doc.token(i - 1).text())) {
            return null; // "2020-2021", "10-12 miliardi": a range, not a sign
        }
        int v = idx.valueAt(i + 1);
        if (v < 0 || idx.isOrdinal(v) || (idx.first[v] != i && idx.first[v] != i + 1)) {
            return null;
        }
        Cue c = new Cue(i, idx.last[v], plus ? Change.Direction.UP : Change.Direction.DOWN);
        c.maxGap = MAX_SIGN_GAP;
        sizeOf(doc, idx, c, v);
        // "-6%" and "+2 p.p." are changes by themselves; "-5 gradi" or "-1" alone are just negative values.
        c.selfAttach = c.unit != Change.Unit.ABSOLUTE;
        return c;
    }

    /**
     * The same change in a second size right after the first: "perso 53 punti, o il 3,7%", "sceso di 252 punti
     * (2,9%)". The second size carries its own copy of the change and qualifies nothing else.
     */
    private Cue alternative(Document doc, ValueIndex idx, Cue c) {
        int n = doc.size();
        int k = Math.max(c.last, c.end) + 1;
        PhraseTable.Match<Boolean> parallel = k < n ? lex.parallels.startingAt(doc, k) : null;
        if (parallel != null) {
            Cue alt = parallel(doc, idx, c, k, parallel.length());
            if (alt != null) {
                return alt;
            }
        }
        k = c.last + 1;
        if (k < n && doc.token(k).text().equals(",")) {
            k++;
        }
        if (k >= n || !doc.sameSentence(c.first, k)) {
            return null;
        }
        int start = k;
        boolean parenthesis = doc.token(k).text().equals("(");
        if (parenthesis) {
            k++;
        } else {
            PhraseTable.Match<Boolean> alt = lex.alternatives.startingAt(doc, k);
            if (alt == null) {
                return null;
            }
            k += alt.length();
            for (int s = 0; s < 2 && lex.sizeWords.has(doc, k); s++) {
                k += lex.sizeWords.startingAt(doc, k).length();
            }
        }
        int v = idx.valueStartingAt(k);
        if (v < 0 || idx.isOrdinal(v) || !doc.sameSentence(c.first, k)) {
            return null;
        }
        if (parenthesis && (idx.last[v] + 1 >= n || !doc.token(idx.last[v] + 1).text().equals(")"))) {
            return null;
        }
        Cue alt = new Cue(start, idx.last[v], c.direction);
        alt.maxGap = 0;
        sizeOf(doc, idx, alt, v);
        if (parenthesis) {
            alt.last = idx.last[v] + 1; // the closing parenthesis
        }
        return alt;
    }

    /**
     * "in aumento del 2,5% su base annua e del 2,9% rispetto al trimestre precedente": after a change with its own
     * basis or reference, "e del" + a size is a second change in the same direction, carried by that size.
     */
    private Cue parallel(Document doc, ValueIndex idx, Cue c, int k, int length) {
        int j = k + length;
        PhraseTable.Match<Boolean> of = lex.sizeWords.startingAt(doc, j);
        if (of == null || !doc.token(j).lower().startsWith("d")) {
            return null;
        }
        int v = idx.valueStartingAt(j + of.length());
        if (v < 0 || idx.isOrdinal(v) || !doc.sameSentence(c.first, j + of.length())) {
            return null;
        }
        boolean respectively = lex.respectively.has(doc, idx.last[v] + 1);
        if (respectively) {
            c.respectively = true; // "cresciute del 166,5% e del 93,3% rispettivamente"
        } else if (c.end <= c.last && !c.respectively) {
            return null; // "del 5% e del 3%" with nothing to tell them apart: leave the second alone
        }
        Cue alt = new Cue(k, idx.last[v], c.direction);
        alt.maxGap = 0;
        alt.respectively = c.respectively;
        sizeOf(doc, idx, alt, v);
        return alt;
    }

    /** "oltre quattro volte le 55.916 del 2022": UP FACTOR 4 (MORE_THAN) on the value before it. */
    private Cue times(Document doc, ValueIndex idx, int v) {
        int after = idx.last[v] + 1;
        PhraseTable.Match<Boolean> m = lex.times.startingAt(doc, after);
        BigDecimal factor = idx.get(v).amount().value();
        if (m == null || !(idx.get(v) instanceof NumberMention) || idx.isOrdinal(v) || factor == null
                || factor.compareTo(BigDecimal.ONE) <= 0 || !doc.sameSentence(idx.last[v], after)) {
            return null;
        }
        Cue c = new Cue(idx.first[v], after + m.length() - 1, Change.Direction.UP);
        c.size = v;
        c.unit = Change.Unit.FACTOR;
        c.value = factor;
        c.selfAttach = false; // the number of times is not itself a changed value
        return c;
    }

    /** "25 euro in più", "il 5% in meno" (but not "in più di 50 Paesi"). */
    private Cue moreOrLess(Document doc, ValueIndex idx, int v) {
        int after = idx.last[v] + 1;
        PhraseTable.Match<Change.Direction> m = lex.moreOrLess.startingAt(doc, after);
        if (m == null || idx.isOrdinal(v) || !doc.sameSentence(idx.last[v], after)) {
            return null;
        }
        int next = after + m.length();
        PhraseTable.Match<Boolean> of = lex.sizeWords.startingAt(doc, next);
        if (of != null && doc.token(next).lower().startsWith("d") && idx.valueAt(next + of.length()) >= 0
                && !(idx.get(v) instanceof Percentage)) {
            // "3 negozi in più di 50 Paesi"; but "150 euro in meno della generazione precedente" is one, and so is
            // "il 23% in più dei 2,78 miliardi di un anno prima" (a percentage more than an amount: a comparison)
            return null;
        }
        Cue c = new Cue(idx.first[v], next - 1, m.value());
        sizeOf(doc, idx, c, v);
        c.last = Math.max(c.last, next - 1);
        c.afterColon = true; // "parte da 1.799 euro: 150 euro in meno"
        String ofWord = of == null ? "" : doc.token(next).lower();
        if (ofWord.startsWith("de") || ofWord.startsWith("da")) {
            // "in meno della generazione precedente", "l'8% in più del Galaxy S23": what it is compared with
            // (but "il 20% in meno di carburante" says what there is less of)
            int end = comparison.reference(doc, idx, c, next, of.length(), true, doc.size(), false);
            c.last = Math.max(c.last, end - 1);
        }
        return c;
    }

    /** A trigger word and what follows it: a size, a new level, or nothing (then only "in calo" counts). */
    private Cue trigger(Document doc, ValueIndex idx, int i, PhraseTable.Match<ChangeLexicon.Trigger> match) {
        ChangeLexicon.Trigger tr = match.value();
        Cue c = new Cue(i, i + match.length() - 1, tr.direction());
        int n = doc.size();
        int j = i + match.length();
        boolean sizeWord = false;
        int metricWords = 0;
        for (int steps = 0; j < n && steps < MAX_GAP && doc.sameSentence(i, j); steps++) {
            int v = idx.valueStartingAt(j);
            boolean sizeMayFollow = sizeWord || tr.form() == ChangeLexicon.Form.VERB;
            PhraseTable.Match<BigDecimal> fraction = sizeMayFollow ? lex.fractions.startingAt(doc, j) : null;
            if (fraction != null && tr.sizes().contains(ChangeLexicon.Size.PERCENT)) {
                c.unit = Change.Unit.PERCENT;
                c.value = fraction.value();
                c.last = j + fraction.length() - 1;
                PhraseTable.Match<ChangeLexicon.Points> points = c.last + 2 < n && doc.token(c.last + 1).is("di")
                        ? lex.points.startingAt(doc, c.last + 2) : null;
                if (points != null && points.value().sure()) {
                    c.unit = Change.Unit.POINTS; // "di un quinto di punto percentuale": 0.2 POINTS
                    c.value = fraction.value().movePointLeft(2).multiply(points.value().scale());
                    c.last += 1 + points.length();
                }
                int number = idx.valueStartingAt(j);
                if (number >= 0 && idx.last[number] <= c.last) {
                    c.size = number; // the value stage's "un terzo" is this change's size
                }
                return c;
            }
            if (v >= 0) {
                if (idx.isOrdinal(v) || (tr.form() == ChangeLexicon.Form.NOUN && !sizeWord)) {
                    break;
                }
                sizeOf(doc, idx, c, v);
                if (!accepts(tr, c, idx)) {
                    return null; // "una perdita di 3 milioni" is a loss, not a change
                }
                return c;
            }
            if (idx.valueAt(j) >= 0) {
                break;
            }
            PhraseTable.Match<Change.Basis> basis = lex.bases.startingAt(doc, j);
            if (basis != null) {
                c.basis = basis.value();
                j += basis.length();
                continue;
            }
            PhraseTable.Match<Boolean> size = lex.sizeWords.startingAt(doc, j);
            if (size != null) {
                sizeWord = true;
                j += size.length();
                continue;
            }
            PhraseTable.Match<Boolean> respectively = lex.respectively.startingAt(doc, j);
            if (respectively != null) {
                c.respectively = true;
                j += respectively.length();
                continue;
            }
            PhraseTable.Match<ChangeLexicon.Filler> filler = lex.fillers.startingAt(doc, j);
            if (filler != null) {
                if (filler.value().qualifier() != null) {
                    c.qualifier = filler.value().qualifier();
                }
                j += filler.length();
                continue;
            }
            PhraseTable.Match<Boolean> level = lex.levelLinks.startingAt(doc, j);
            if (level != null) {
                int at = j + level.length();
                PhraseTable.Match<ChangeLexicon.Filler> hedge = lex.fillers.startingAt(doc, at);
                if (hedge != null && hedge.value().qualifier() != null && idx.valueStartingAt(at) < 0) {
                    at += hedge.length(); // "salirà a circa 1,9 miliardi": the hedge belongs to the level
                }
                int w = idx.valueStartingAt(at);
                if (w >= 0 && !idx.isOrdinal(w) && doc.sameSentence(i, at)) {
                    c.level = w; // "è salito a 12 miliardi": direction only, on the new level
                    c.last = idx.last[w];
                    return c;
                }
                break;
            }
            Cue fromTo = fromTo(doc, idx, c, j);
            if (fromTo != null) {
                return fromTo;
            }
            if (sizeWord && metricWords < MAX_METRIC_WORDS && lex.isPlainWord(doc, j)) {
                metricWords++; // "un calo DEI RICAVI del 5%": the metric sits between trigger and size
                sizeWord = false;
                j++;
                continue;
            }
            break;
        }
        // No size and no level: only "in calo", "in forte crescita" right after a value counts.
        if (tr.form() == ChangeLexicon.Form.NOUN) {
            int before = i - 1;
            if (before >= 0 && lex.fillers.has(doc, before) && !lex.inWords.has(doc, before)) {
                before--;
            }
            if (before >= 0 && lex.inWords.has(doc, before) && doc.sameSentence(before, i)) {
                c.first = before;
                c.bare = true;
                return c;
            }
        }
        return null;
    }

    /**
     * "salito da 10 miliardi a 12 miliardi": the new level takes the direction, and "da 10 miliardi" becomes the
     * reference. No size is computed from the two values (their scales are not always both written).
     */
    private Cue fromTo(Document doc, ValueIndex idx, Cue c, int j) {
        OldAndNew p = oldAndNew(doc, idx, j);
        if (p == null || idx.isOrdinal(p.now()) || !doc.sameSentence(c.first, p.end())
                || !comparable(idx.get(p.old()), idx.get(p.now()))) {
            return null; // "crescono dal 2 al 3% l'anno" is a range of rates, not an old and a new value
        }
        c.level = p.now();
        c.reference = doc.original(doc.tokenSpan(j, idx.last[p.old()]));
        c.hidden.add(p.old());
        c.last = idx.last[p.now()];
        return c;
    }

    /** The values of "da X a Y" from token {@code j}: X (not an ordinal), Y, and the token where Y starts. */
    private record OldAndNew(int old, int now, int end) {
    }

    private OldAndNew oldAndNew(Document doc, ValueIndex idx, int j) {
        PhraseTable.Match<Boolean> from = lex.fromWords.startingAt(doc, j);
        int old = from == null ? -1 : idx.valueStartingAt(j + from.length());
        if (old < 0 || idx.isOrdinal(old)) {
            return null;
        }
        int k = idx.last[old] + 1;
        PhraseTable.Match<Boolean> level = lex.levelLinks.startingAt(doc, k);
        int now = level == null ? -1 : idx.valueStartingAt(k + level.length());
        return now < 0 ? null : new OldAndNew(old, now, k + level.length());
    }

    /** An old and a new value of the same kind; a bare old number only before an amount with its scale. */
    private static boolean comparable(ValueMention old, ValueMention now) {
        if (old.getClass() == now.getClass()) {
            return true;
        }
        BigDecimal v = old.amount().value();
        BigDecimal w = now.amount() == null ? null : now.amount().value();
        if (!(old instanceof NumberMention) || now instanceof Percentage || v == null) {
            return false;
        }
        return v.compareTo(BigDecimal.valueOf(1000)) >= 0 || (w != null && sameOrder(v, w));
    }


    /**
     * Whether a bare old number reads as the new amount with its unit or scale left out: "da 6,99 a 7,99 euro",
     * "da 78,1 a 78,4 milioni" (within a factor of two, at the scale of the new value or without it).
     */
    private static boolean sameOrder(BigDecimal old, BigDecimal now) {
        if (old.signum() <= 0 || now.signum() <= 0) {
            return false;
        }
        for (int scale : new int[] {0, 3, 6, 9, 12}) {
            BigDecimal ratio = now.divide(old.movePointRight(scale), java.math.MathContext.DECIMAL64);
            if (ratio.compareTo(new BigDecimal("0.5")) >= 0 && ratio.compareTo(BigDecimal.valueOf(2)) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(ChangeLexicon.Trigger tr, Cue c, ValueIndex idx) {
        var sizes = tr.sizes();
        if (c.points != null) {
            return sizes.contains(ChangeLexicon.Size.POINTS)
                    || (!c.points.sure() && sizes.contains(ChangeLexicon.Size.COUNT));
        }
        return switch (c.unit) {
            case PERCENT -> sizes.contains(ChangeLexicon.Size.PERCENT);
            case ABSOLUTE -> sizes.contains(idx.get(c.size) instanceof Money
                    ? ChangeLexicon.Size.MONEY : ChangeLexicon.Size.COUNT);
            default -> true;
        };
    }

    /** Makes value {@code v} the size of the cue: percent, percentage points ("3 punti percentuali") or absolute. */
    private void sizeOf(Document doc, ValueIndex idx, Cue c, int v) {
        c.size = v;
        c.last = Math.max(c.last, idx.last[v]);
        ValueMention m = idx.get(v);
        c.unit = Change.Unit.ABSOLUTE;
        if (m instanceof Money) {
            return;
        }
        // The points words may be inside the mention (a percentage "3 punti percentuali") or right after it; they
        // come first, so that a percentage written in points is a change in POINTS, not PERCENT.
        for (int t = idx.first[v] + 1; t <= idx.last[v] + 1 && t < doc.size(); t++) {
            PhraseTable.Match<ChangeLexicon.Points> p = lex.points.startingAt(doc, t);
            if (p != null && doc.sameSentence(idx.first[v], t)) {
                c.points = p.value();
                c.unit = Change.Unit.POINTS;
                c.last = Math.max(c.last, t + p.length() - 1);
                return;
            }
        }
        if (m instanceof Percentage) {
            c.unit = Change.Unit.PERCENT;
            return;
        }
        PhraseTable.Match<BigDecimal> fraction = lex.fractions.startingAt(doc, idx.first[v]);
        if (fraction != null && idx.first[v] + fraction.length() - 1 == idx.last[v]) {
            c.unit = Change.Unit.PERCENT; // "un quarto in meno": 25 PERCENT
            c.value = fraction.value();
            return;
        }
    }
}
