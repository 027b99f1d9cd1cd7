package io.fatti.change;

import io.fatti.mention.Change;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.Qualifier;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds changes ("con un aumento dell'8,2% su base annua", "+19,8%", "25 euro in più", "raddoppiato") and attaches a
 * {@link Change} to the value each one qualifies. A refinement stage: it runs after the value stages, adds no
 * mention, and replaces a value mention with a copy carrying its change.
 *
 * <p>Within one sentence, a change expression (a cue) is found in one of five shapes:
 * <ol>
 *   <li>trigger + size: "aumento dell'8,2%", "in calo di 3 punti percentuali", "un calo dei ricavi del 5%",
 *       "ha perso il 3%", "calato di un terzo";</li>
 *   <li>a sign glued to a value: "+19,8%", "(-3%)", "+2 p.p.";</li>
 *   <li>a value + "in più" / "in meno": "25 euro in più";</li>
 *   <li>a multiplier: "raddoppiato" (UP FACTOR 2), "più del triplo", "dimezzato" (DOWN 50 PERCENT);</li>
 *   <li>a trigger without size, only when it leads to a new level ("è salito a 12 miliardi") or stands as
 *       "in calo" right after a value ("10 miliardi, in calo rispetto al 2020"): direction only.</li>
 * </ol>
 * After the cue, a basis ("su base annua" YOY, "t/t" QOQ, "su base mensile" MOM) or a named reference
 * ("rispetto all'inizio del 2021") may follow.
 *
 * <p>Attachment: which value does the change qualify? In this order:
 * <ol>
 *   <li>the new level introduced right after the change: "salito del 10% <b>a 5 miliardi</b>";</li>
 *   <li>otherwise the nearest value before the cue in the same sentence, at most 6 tokens before it (3 for a bare
 *       "in calo"), with no clause boundary ("mentre", "ma", "e", ";") or other trigger in between, provided the
 *       value is not itself the size of another change and the sizes agree (percentage points only on a
 *       percentage; an absolute change only on a value of the same currency, unit or counted noun):
 *       "12,22 miliardi di dollari, con un aumento dell'8,2%";</li>
 *   <li>otherwise the size itself carries the change ("i ricavi sono cresciuti del 12%" → the 12% mention gets
 *       UP 12 PERCENT); a cue without a size mention (a multiplier, a bare trigger) then attaches nothing.</li>
 * </ol>
 * Values inside a named reference ("rispetto ai 2,5 miliardi del 2020") are never the target. A value keeps the
 * first change attached to it, except that a direction-only change gives way to a sized one of the same direction.
 */
public final class ChangeAnnotator implements Annotator {

    /** Tokens allowed between a trigger and its size, and between a value and the change that follows it. */
    private static final int MAX_GAP = 6;
    /** Tokens allowed between a value and a bare "in calo" after it. */
    private static final int MAX_BARE_GAP = 3;
    /** Tokens allowed between a value and a sign after it: "2,5 miliardi (+19,8%)", "9 milioni, -12%". */
    private static final int MAX_SIGN_GAP = 3;
    /**
     * How many sentences after it a stated basis still applies to changes that state none: results articles say
     * "su base annua" once and mean it for the next few figures.
     */
    private static final int CARRY_SENTENCES = 4;
    /** Tokens either side of a reference searched for the year the sentence is about. */
    private static final int YEAR_WINDOW = 40;
    /** Tokens of a named reference after its opening words. */
    private static final int MAX_REFERENCE = 8;
    /** Plain words allowed between a trigger and its size: the metric in "un calo DEI RICAVI del 5%". */
    private static final int MAX_METRIC_WORDS = 2;

    private final ChangeLexicon lex;

    /** The Italian change stage, with its words from {@code models/change/}. */
    public ChangeAnnotator() {
        this(ChangeLexicon.italian());
    }

    ChangeAnnotator(ChangeLexicon lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "change";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        List<ValueMention> mentions = found.mentions(ValueMention.class);
        if (mentions.isEmpty()) {
            return;
        }
        List<Mention> others = new ArrayList<>();
        for (Mention m : found.mentions()) {
            if (!(m instanceof ValueMention)) {
                others.add(m);
            }
        }
        ValueIndex idx = new ValueIndex(doc, mentions, others);
        List<Cue> cues = findCues(doc, found, idx);
        int n = idx.values.size();
        boolean[] taken = new boolean[n];
        java.util.Map<Integer, Cue> referenceOwner = new java.util.HashMap<>();
        for (Cue c : cues) {
            if (c.size >= 0) {
                taken[c.size] = true;
            }
            for (int v : c.hidden) {
                taken[v] = true;
                referenceOwner.put(v, c);
            }
        }
        Change[] attached = new Change[n];
        Change.Basis carried = null;
        int carriedFrom = 0;
        for (Cue c : cues) {
            int target = target(doc, idx, c, taken, attached, referenceOwner);
            if (target < 0) {
                continue;
            }
            Change change = c.changeFor(idx, target, attached[target]);
            int sentence = doc.sentenceOf(c.first);
            if (change.basis() != null) {
                carried = change.basis();
                carriedFrom = sentence;
            } else if (carried != null && change.reference() == null && change.value() != null
                    && sentence - carriedFrom <= CARRY_SENTENCES) {
                // A basis stated once carries over: "ricavi +2,5% su base annua ... utile in calo del 3%" (YOY).
                change = new Change(change.direction(), change.value(), change.unit(), carried, null,
                        change.qualifier());
            }
            attached[target] = change;
        }
        java.util.Map<Mention, Mention> refined = new java.util.HashMap<>();
        for (int v = 0; v < n; v++) {
            ValueMention m = idx.get(v);
            if (attached[v] != null && m.change() == null) {
                refined.put(m, m.withChange(attached[v]));
            }
        }
        found.replaceAll(refined);
    }

    // ---- finding change expressions ------------------------------------------------------------------------

    private List<Cue> findCues(Document doc, Annotations found, ValueIndex idx) {
        List<Cue> cues = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Cue c = cueAt(doc, found, idx, i);
            if (c != null) {
                after(doc, idx, c);
                if (c.basis == null && c.reference == null) {
                    fronted(doc, idx, c);
                }
                cues.add(c);
                i = Math.max(i, c.last) + 1;
                Cue alt = alternative(doc, idx, c);
                if (alt != null) {
                    after(doc, idx, alt);
                    cues.add(alt);
                    i = Math.max(i, alt.last + 1);
                }
            } else {
                PhraseTable.Match<Boolean> skip = idx.valueAt(i) < 0 ? lex.notChanges.at(doc, i) : null;
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
        PhraseTable.Match<ChangeLexicon.Multiplier> mul = lex.multipliers.at(doc, i);
        if (mul != null) {
            ChangeLexicon.Multiplier m = mul.value();
            Cue c = new Cue(i, i + mul.length() - 1, m.direction());
            c.unit = m.unit();
            c.value = m.value();
            c.qualifier = m.qualifier();
            return c;
        }
        PhraseTable.Match<ChangeLexicon.Trigger> tr = lex.triggers.at(doc, i);
        return tr != null ? trigger(doc, idx, i, tr) : null;
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
        int k = c.last + 1;
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
            PhraseTable.Match<Boolean> alt = lex.alternatives.at(doc, k);
            if (alt == null) {
                return null;
            }
            k += alt.length();
            for (int s = 0; s < 2 && lex.sizeWords.has(doc, k); s++) {
                k += lex.sizeWords.at(doc, k).length();
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

    /** "oltre quattro volte le 55.916 del 2022": UP FACTOR 4 (MORE_THAN) on the value before it. */
    private Cue times(Document doc, ValueIndex idx, int v) {
        int after = idx.last[v] + 1;
        PhraseTable.Match<Boolean> m = lex.times.at(doc, after);
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
        PhraseTable.Match<Change.Direction> m = lex.moreOrLess.at(doc, after);
        if (m == null || idx.isOrdinal(v) || !doc.sameSentence(idx.last[v], after)) {
            return null;
        }
        int next = after + m.length();
        PhraseTable.Match<Boolean> of = lex.sizeWords.at(doc, next);
        if (of != null && doc.token(next).lower().startsWith("d") && idx.valueAt(next + of.length()) >= 0) {
            return null; // "3 negozi in più di 50 Paesi"; but "150 euro in meno della generazione precedente" is one
        }
        Cue c = new Cue(idx.first[v], next - 1, m.value());
        sizeOf(doc, idx, c, v);
        c.last = Math.max(c.last, next - 1);
        c.afterColon = true; // "parte da 1.799 euro: 150 euro in meno"
        String ofWord = of == null ? "" : doc.token(next).lower();
        if (ofWord.startsWith("de") || ofWord.startsWith("da")) {
            // "in meno della generazione precedente", "l'8% in più del Galaxy S23": what it is compared with
            // (but "il 20% in meno di carburante" says what there is less of)
            int end = reference(doc, idx, c, next, of.length(), true, doc.size(), false);
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
            PhraseTable.Match<BigDecimal> fraction = sizeMayFollow ? lex.fractions.at(doc, j) : null;
            if (fraction != null && tr.sizes().contains(ChangeLexicon.Size.PERCENT)) {
                c.unit = Change.Unit.PERCENT;
                c.value = fraction.value();
                c.last = j + fraction.length() - 1;
                PhraseTable.Match<ChangeLexicon.Points> points = c.last + 2 < n && doc.token(c.last + 1).is("di")
                        ? lex.points.at(doc, c.last + 2) : null;
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
            PhraseTable.Match<Change.Basis> basis = lex.bases.at(doc, j);
            if (basis != null) {
                c.basis = basis.value();
                j += basis.length();
                continue;
            }
            PhraseTable.Match<Boolean> size = lex.sizeWords.at(doc, j);
            if (size != null) {
                sizeWord = true;
                j += size.length();
                continue;
            }
            PhraseTable.Match<Boolean> respectively = lex.respectively.at(doc, j);
            if (respectively != null) {
                c.respectively = true;
                j += respectively.length();
                continue;
            }
            PhraseTable.Match<ChangeLexicon.Filler> filler = lex.fillers.at(doc, j);
            if (filler != null) {
                if (filler.value().qualifier() != null) {
                    c.qualifier = filler.value().qualifier();
                }
                j += filler.length();
                continue;
            }
            PhraseTable.Match<Boolean> level = lex.levelLinks.at(doc, j);
            if (level != null) {
                int w = idx.valueStartingAt(j + level.length());
                if (w >= 0 && !idx.isOrdinal(w) && doc.sameSentence(i, j + level.length())) {
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
            if (sizeWord && metricWords < MAX_METRIC_WORDS && isPlainWord(doc, j)) {
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
        PhraseTable.Match<Boolean> from = lex.fromWords.at(doc, j);
        int old = from == null ? -1 : idx.valueStartingAt(j + from.length());
        if (old < 0 || idx.isOrdinal(old)) {
            return null;
        }
        int k = idx.last[old] + 1;
        PhraseTable.Match<Boolean> level = lex.levelLinks.at(doc, k);
        int now = level == null ? -1 : idx.valueStartingAt(k + level.length());
        if (now < 0 || idx.isOrdinal(now) || !doc.sameSentence(c.first, k + level.length())
                || !comparable(idx.get(old), idx.get(now))) {
            return null; // "crescono dal 2 al 3% l'anno" is a range of rates, not an old and a new value
        }
        c.level = now;
        c.reference = doc.original(doc.tokenSpan(j, idx.last[old]));
        c.hidden.add(old);
        c.last = idx.last[now];
        return c;
    }

    /** An old and a new value of the same kind; a bare old number only before an amount with its scale. */
    private static boolean comparable(ValueMention old, ValueMention now) {
        if (old.getClass() == now.getClass()) {
            return true;
        }
        BigDecimal v = old.amount().value();
        return old instanceof NumberMention && !(now instanceof Percentage) && v != null
                && v.compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    private boolean isPlainWord(Document doc, int j) {
        return doc.token(j).is(Token.Kind.WORD) && !lex.triggers.has(doc, j) && !lex.boundaries.has(doc, j)
                && !lex.referenceEnds.has(doc, j) && !lex.levelLinks.has(doc, j)
                && !lex.referenceOpeners.has(doc, j);
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
        if (m instanceof Percentage) {
            c.unit = Change.Unit.PERCENT;
            return;
        }
        c.unit = Change.Unit.ABSOLUTE;
        if (m instanceof Money) {
            return;
        }
        PhraseTable.Match<BigDecimal> fraction = lex.fractions.at(doc, idx.first[v]);
        if (fraction != null && idx.first[v] + fraction.length() - 1 == idx.last[v]) {
            c.unit = Change.Unit.PERCENT; // "un quarto in meno": 25 PERCENT
            c.value = fraction.value();
            return;
        }
        // The points words may be inside the mention (a quantity "3 punti percentuali") or right after it.
        for (int t = idx.first[v] + 1; t <= idx.last[v] + 1 && t < doc.size(); t++) {
            PhraseTable.Match<ChangeLexicon.Points> p = lex.points.at(doc, t);
            if (p != null && doc.sameSentence(idx.first[v], t)) {
                c.points = p.value();
                c.unit = Change.Unit.POINTS;
                c.last = Math.max(c.last, t + p.length() - 1);
                return;
            }
        }
    }

    /** After the cue: a basis ("su base annua"), a named reference ("rispetto al 2020"), a new level ("a 5 mld"). */
    private void after(Document doc, ValueIndex idx, Cue c) {
        int n = doc.size();
        int k = c.last + 1;
        boolean comma = false;
        boolean skippedNoun = false;
        while (k < n && k - c.last <= MAX_GAP && doc.sameSentence(c.first, k)) {
            PhraseTable.Match<Change.Basis> basis = lex.bases.at(doc, k);
            if (basis != null && c.basis == null && c.reference == null) {
                c.basis = basis.value();
                k += basis.length();
                continue;
            }
            PhraseTable.Match<Boolean> level = lex.levelLinks.at(doc, k);
            if (level != null && c.level < 0) {
                int w = idx.valueStartingAt(k + level.length());
                if (w >= 0 && !idx.isOrdinal(w) && doc.sameSentence(c.first, k + level.length())) {
                    c.level = w; // "salito del 10% a 5 miliardi"; a basis or reference may still follow
                    k = idx.last[w] + 1;
                    comma = false;
                    continue;
                }
            }
            PhraseTable.Match<Boolean> respectively = lex.respectively.at(doc, k);
            if (respectively != null) {
                c.respectively = true;
                k += respectively.length();
                continue;
            }
            PhraseTable.Match<Boolean> ref = lex.referenceOpeners.at(doc, k);
            if (ref != null && c.basis == null && c.reference == null) {
                int end = reference(doc, idx, c, k, ref.length(), ref.value(), n, false);
                if (end > k) {
                    k = end;
                    continue;
                }
                return;
            }
            Token t = doc.token(k);
            if (t.text().equals(",") && !comma) {
                comma = true; // "cresciuto del 5%, a 10 miliardi"
                k++;
                continue;
            }
            if (comma) {
                return;
            }
            int other = idx.otherAt(k);
            if (other < 0 && t.is(Token.Kind.WORD) && idx.otherAt(k + 1) >= 0 && idx.valueAt(k) < 0) {
                other = idx.otherAt(++k); // the preposition of a date left out of it: "NEL trimestre"
            }
            if (other >= 0) {
                while (idx.otherAt(k + 1) == other) {
                    k++; // a date between the change and its basis: "del 5% nel terzo trimestre rispetto a..."
                }
                k++;
                continue;
            }
            if (!skippedNoun && k + 1 < n && lex.skippable.has(doc, k) && idx.valueAt(k + 1) < 0
                    && isPlainWord(doc, k + 1)) {
                skippedNoun = true; // "di 100 milioni DI UTENTI rispetto a", "del 27% NEL TRIMESTRE a 254 milioni"
                k += 2;
                continue;
            }
            return;
        }
    }

    /**
     * A basis or reference placed before the change, at the start of its clause: "Rispetto al 2022, il prezzo è
     * aumentato di due euro", "Su base annua i ricavi sono cresciuti del 4%". Only a strong opener ("rispetto a")
     * counts, and only from the start of the sentence or after ":" or ";" when a comma lies between.
     */
    private void fronted(Document doc, ValueIndex idx, Cue c) {
        int found = -1;
        boolean comma = false;
        int t = c.first - 1;
        for (int steps = 0; t >= 0 && steps < MAX_REFERENCE + 4 && doc.sameSentence(t, c.first); t--, steps++) {
            Token tok = doc.token(t);
            if (tok.is(Token.Kind.PUNCTUATION) && ";:.!?()".contains(tok.text())) {
                break;
            }
            if (tok.text().equals(",")) {
                comma = true;
            }
            if (lex.bases.has(doc, t) || Boolean.TRUE.equals(referenceOpener(doc, t))) {
                found = t;
            }
        }
        boolean clauseStart = t < 0 || !doc.sameSentence(t, c.first) || ";:".contains(doc.token(t).text());
        if (found < 0 || (comma && !(clauseStart && t + 1 == found))) {
            return;
        }
        PhraseTable.Match<Change.Basis> basis = lex.bases.at(doc, found);
        if (basis != null && found + basis.length() <= c.first) {
            c.basis = basis.value();
            return;
        }
        PhraseTable.Match<Boolean> opener = lex.referenceOpeners.at(doc, found);
        reference(doc, idx, c, found, opener.length(), true, c.first, true);
    }

    private Boolean referenceOpener(Document doc, int t) {
        PhraseTable.Match<Boolean> m = lex.referenceOpeners.at(doc, t);
        return m == null ? null : m.value();
    }

    /** Reads a named reference from its opener at {@code k}; returns the token after it, or {@code k} if empty. */
    private int reference(Document doc, ValueIndex idx, Cue c, int k, int openerLength, boolean free, int limit,
                          boolean fronted) {
        int n = Math.min(doc.size(), limit);
        int t = k + openerLength;
        int end = -1;
        boolean dated = false;
        List<Integer> inside = new ArrayList<>();
        for (int count = 0; t < n && count < MAX_REFERENCE && doc.sameSentence(k, t); count++) {
            Token tok = doc.token(t);
            if (tok.is(Token.Kind.PUNCTUATION) || lex.referenceEnds.has(doc, t) || lex.triggers.has(doc, t)
                    || (fronted && end >= 0 && lex.articles.has(doc, t))) {
                break;
            }
            PhraseTable.Match<Boolean> level = end >= 0 ? lex.levelLinks.at(doc, t) : null;
            if (level != null && idx.valueStartingAt(t + level.length()) >= 0) {
                break; // "rispetto al 2020 a 5 miliardi": the level is not part of the reference
            }
            int v = idx.valueAt(t);
            int other = idx.otherAt(t);
            if (v >= 0) {
                inside.add(v);
                t = idx.last[v];
                dated = true;
            } else if (other >= 0) {
                while (idx.otherAt(t + 1) == other) {
                    t++;
                }
                dated = true;
            } else if (tok.is(Token.Kind.NUMBER)) {
                dated = true; // a year: "dal 2020"
            }
            end = t;
            t++;
        }
        if (end < 0 || (!free && !dated)) {
            return k;
        }
        c.reference = doc.original(doc.tokenSpan(k, end));
        c.hidden.addAll(inside);
        if (c.basis == null) {
            c.basis = basisOfReference(doc, k, end);
        }
        return end + 1;
    }

    /**
     * The basis a reference implies: "dello stesso periodo dell'anno precedente" is YOY; "rispetto al 2022" is YOY
     * when the sentence around it names 2023, or names no year and the article is from 2023. Else null.
     */
    private Change.Basis basisOfReference(Document doc, int from, int to) {
        for (int t = from; t <= to; t++) {
            PhraseTable.Match<Change.Basis> m = lex.referenceBases.at(doc, t);
            if (m != null && t + m.length() - 1 <= to) {
                return m.value();
            }
        }
        int year = -1;
        for (int t = from; t <= to; t++) {
            year = Math.max(year, year(doc.token(t)));
        }
        if (year < 0) {
            return null;
        }
        int other = -1;
        for (int t = Math.max(0, from - YEAR_WINDOW); t < Math.min(doc.size(), to + YEAR_WINDOW); t++) {
            if ((t < from || t > to) && doc.sameSentence(t, from)) {
                int y = year(doc.token(t));
                if (y > 0) {
                    other = y; // the last year named outside the reference
                    if (y == year + 1) {
                        return Change.Basis.YOY;
                    }
                }
            }
        }
        if (other < 0 && doc.context().date() != null && doc.context().date().getYear() == year + 1) {
            return Change.Basis.YOY;
        }
        return null;
    }

    /** The year a token writes ("2022"), or -1. */
    private static int year(Token t) {
        String s = t.text();
        if (!t.is(Token.Kind.NUMBER) || s.length() != 4 || !(s.startsWith("19") || s.startsWith("20"))) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    // ---- attachment ----------------------------------------------------------------------------------------

    private int target(Document doc, ValueIndex idx, Cue c, boolean[] taken, Change[] attached,
                       java.util.Map<Integer, Cue> referenceOwner) {
        if (c.level >= 0 && free(idx, c, c.level, taken, attached) && compatible(idx, c, c.level)) {
            return c.level;
        }
        int before = preceding(doc, idx, c, taken, attached, referenceOwner);
        if (before >= 0) {
            return before;
        }
        if (c.size >= 0 && !c.bare && c.selfAttach && attached[c.size] == null
                && idx.get(c.size).change() == null) {
            return c.size;
        }
        return -1;
    }

    /** The nearest value before the cue, if nothing separates them; else -1. */
    private int preceding(Document doc, ValueIndex idx, Cue c, boolean[] taken, Change[] attached,
                          java.util.Map<Integer, Cue> referenceOwner) {
        if (c.respectively) {
            return -1;
        }
        int maxGap = c.bare ? MAX_BARE_GAP : c.maxGap;
        int gap = 0;
        for (int t = c.first - 1; t >= 0 && doc.sameSentence(t, c.first); t--) {
            int v = idx.valueAt(t);
            if (v >= 0) {
                Cue owner = referenceOwner.get(v);
                if (owner != null && owner.level >= 0) {
                    v = owner.level; // "scende al 31% dal 33,6% di un anno fa, in calo di 2,6 punti": the 31%
                }
                int original = convertedFrom(doc, idx, v);
                if (original >= 0 && free(idx, c, original, taken, attached) && compatible(idx, c, original)) {
                    return original;
                }
                return free(idx, c, v, taken, attached) && compatible(idx, c, v) && !isName(doc, idx, v) ? v : -1;
            }
            int other = idx.otherAt(t);
            if (other >= 0) {
                while (idx.otherAt(t - 1) == other) {
                    t--; // a date counts as one token: "5 miliardi nel terzo trimestre, in crescita del 5%"
                }
            } else {
                Token tok = doc.token(t);
                PhraseTable.Match<Boolean> join = lex.joins.at(doc, t);
                boolean joined = join != null && t + join.length() == c.first && idx.valueAt(t - 1) >= 0;
                if ((lex.boundaries.has(doc, t) && !joined) || lex.triggers.has(doc, t)
                        || lex.multipliers.has(doc, t)
                        || (tok.is(Token.Kind.PUNCTUATION) && ";:.!?".contains(tok.text())
                            && !(c.afterColon && tok.text().equals(":")))) {
                    return -1;
                }
            }
            if (++gap > maxGap) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The amount a money value converts: in "30,04 miliardi di yuan, circa 3,85 miliardi di euro, in aumento
     * dell'80,7%" the change belongs to the yuan, the euro figure being the reporter's conversion. Else -1.
     */
    private int convertedFrom(Document doc, ValueIndex idx, int v) {
        if (!(idx.get(v) instanceof Money money) || money.currency() == null) {
            return -1;
        }
        int t = idx.first[v] - 1;
        for (int steps = 0; steps < 3 && t >= 0 && idx.valueAt(t) < 0; steps++) {
            String s = doc.token(t).text();
            if (!s.equals(",") && !s.equals("(") && !lex.fillers.has(doc, t) && !lex.alternatives.has(doc, t)) {
                return -1;
            }
            t--;
        }
        int w = t >= 0 && doc.sameSentence(t, idx.first[v]) ? idx.valueAt(t) : -1;
        return w >= 0 && idx.get(w) instanceof Money first && first.currency() != null
                && !first.currency().equals(money.currency()) ? w : -1;
    }

    /**
     * A bare number right after a capitalised word is more likely part of a name ("FTSE 100", "Nikkei 225",
     * "Standard & Poor's 500") than a value that changed; the entity stage normally claims these first.
     */
    private static boolean isName(Document doc, ValueIndex idx, int v) {
        if (!(idx.get(v) instanceof NumberMention)) {
            return false;
        }
        int p = idx.first[v] - 1;
        if (p >= 1 && doc.token(p).is("s") && doc.token(p - 1).text().endsWith("'")) {
            p--; // "Poor's"
        }
        if (p < 0 || !doc.sameSentence(p, idx.first[v]) || !doc.token(p).is(Token.Kind.WORD)) {
            return false;
        }
        String w = doc.token(p).text();
        return Character.isUpperCase(w.codePointAt(0)) && (p > 0 && doc.sameSentence(p - 1, p));
    }

    /** A value can take this change: not a size or in a reference, and holding no change (or only a direction). */
    private static boolean free(ValueIndex idx, Cue c, int v, boolean[] taken, Change[] attached) {
        if (taken[v] || v == c.size || idx.get(v).change() != null) {
            return false;
        }
        Change prior = attached[v];
        return prior == null || (prior.value() == null && c.unit != null && prior.direction() == c.direction);
    }

    private static boolean compatible(ValueIndex idx, Cue c, int v) {
        if (idx.isOrdinal(v)) {
            return false;
        }
        ValueMention target = idx.get(v);
        Change.Unit unit = c.unitFor(target);
        if (unit == null || unit == Change.Unit.PERCENT || unit == Change.Unit.FACTOR) {
            return true;
        }
        if (unit == Change.Unit.POINTS) {
            return target instanceof Percentage;
        }
        return sameKind(idx.get(c.size), target);
    }

    /** An absolute change and the value it changes count the same thing. */
    private static boolean sameKind(ValueMention size, ValueMention target) {
        if (size instanceof Money a) {
            return target instanceof Money b
                    && (a.currency() == null || b.currency() == null || a.currency().equals(b.currency()));
        }
        if (size instanceof Quantity a) {
            if (target instanceof NumberMention) {
                return true;
            }
            if (!(target instanceof Quantity b)) {
                return false;
            }
            if (a.unit() != null || b.unit() != null) {
                return a.unit() != null && a.unit().equals(b.unit());
            }
            return a.noun() == null || b.noun() == null
                    || a.noun().toLowerCase(Locale.ROOT).equals(b.noun().toLowerCase(Locale.ROOT));
        }
        if (size instanceof NumberMention) {
            return target instanceof NumberMention || (target instanceof Quantity q && q.unit() == null);
        }
        return false;
    }

    /** One change expression found in the text, before it is attached. */
    private static final class Cue {
        /** First and last token of the expression (trigger to size, sign to value, value to "in più"). */
        int first;
        int last;
        final Change.Direction direction;
        /** The value mention giving the size, or -1. */
        int size = -1;
        /** What the size counts; null for a direction-only change. */
        Change.Unit unit;
        /** The size when it is in the words ("raddoppiato", "un terzo"); else read from the size mention. */
        BigDecimal value;
        Qualifier qualifier;
        /** Set when the size is in points ("3 punti percentuali"). */
        ChangeLexicon.Points points;
        Change.Basis basis;
        String reference;
        /** The new level after "a" ("salito del 10% a 5 miliardi"), or -1. */
        int level = -1;
        /** No size: "in calo" after a value; direction only. */
        boolean bare;
        /** "rispettivamente": the change belongs to a list of values, not to the single value before it. */
        boolean respectively;
        /** How far back the value it qualifies may be. */
        int maxGap = MAX_GAP;
        /** Whether the size may carry the change itself when nothing else takes it. */
        boolean selfAttach = true;
        /** Whether the value qualified may stand before a colon: "da 1.799 euro: 150 euro in meno". */
        boolean afterColon;
        /** Values that must never be a target: inside the reference, or read as the size. */
        final List<Integer> hidden = new ArrayList<>();

        Cue(int first, int last, Change.Direction direction) {
            this.first = first;
            this.last = last;
            this.direction = direction;
        }

        /**
         * "punti" alone are percentage points on a percentage, an absolute amount on anything else, and on the
         * number itself ("l'indice ha perso 300 punti", target null) index points, so absolute.
         */
        Change.Unit unitFor(ValueMention target) {
            if (points != null && !points.sure() && !(target instanceof Percentage)) {
                return Change.Unit.ABSOLUTE;
            }
            return unit;
        }

        /** The change for {@code target}; a direction-only change it replaces lends its basis and reference. */
        Change changeFor(ValueIndex idx, int target, Change replaced) {
            ValueMention sizeMention = size >= 0 ? idx.get(size) : null;
            Change.Unit u = unitFor(target == size ? null : idx.get(target));
            BigDecimal v = value;
            Qualifier q = qualifier;
            if (v == null && sizeMention != null) {
                BigDecimal amount = sizeMention.amount().value();
                v = amount == null ? null : amount.abs();
                if (v != null && u == Change.Unit.POINTS && points != null) {
                    v = v.multiply(points.scale());
                }
            }
            if (sizeMention != null && sizeMention.amount().qualifier() != null) {
                q = sizeMention.amount().qualifier();
            }
            Change.Basis b = basis;
            String ref = reference;
            if (replaced != null && b == null && ref == null) {
                b = replaced.basis();
                ref = replaced.reference();
            }
            return new Change(direction, plain(v), u, b, ref, q);
        }

        /** 1E+8 as 100000000, 0.250 as 0.25: the plainest scale for the same number. */
        private static BigDecimal plain(BigDecimal v) {
            if (v == null) {
                return null;
            }
            BigDecimal s = v.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
    }
}
