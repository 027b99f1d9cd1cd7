package io.fatti.fact;

import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.Set;

/**
 * What part a value plays in its sentence before any metric is read: the size of a change ("in aumento
 * <b>dell'8,2%</b>", "+4%", "25 euro in più") is not a fact of its own; the counterpart of a comparison ("contro
 * <b>i 2,5 miliardi</b> dello scorso anno", "dal 33,6% di un anno fa") is a fact of its own, earlier, period.
 */
final class ValueRoles {

    /** Words that may stand between a change word and its size: "aumento di circa", "crescita del", "calo di oltre". */
    private static final Set<String> SIZE_GAP = Set.of("di", "del", "dell'", "della", "dello", "dei", "degli",
            "delle", "il", "lo", "l'", "i", "gli", "le", "un", "una", "circa", "quasi", "oltre", "ben", "appena",
            "solo", "poco", "più", "meno", "all'incirca", "pari", "intorno", "attorno", "ulteriore", "ulteriori",
            "complessivamente", "altri", "altre");
    /** Articles and hedges between a comparison marker and its value: "contro i", "rispetto ai circa". */
    private static final Set<String> COMPARISON_GAP = Set.of("i", "il", "lo", "la", "l'", "gli", "le", "circa",
            "quasi", "oltre", "poco", "più", "meno", "appena", "soli", "solo");

    /** Metrics of a change of staff, and of the head counts such a change is counted in. */
    private static final Set<String> STAFF_CHANGES = Set.of("hires", "layoffs");
    private static final Set<String> HEAD_COUNTS = Set.of("employees", "hires");

    private final FactWords words;
    private final MetricLexicon metrics;

    ValueRoles(FactWords words, MetricLexicon metrics) {
        this.words = words;
        this.metrics = metrics;
    }

    /** True when the value is the size of a change stated around it rather than a level. */
    boolean isChangeSize(Document doc, Placed<ValueMention> v) {
        int i = v.first() - 1;
        if (i >= 0 && doc.token(i).is(Token.Kind.SYMBOL) && (doc.token(i).is("+") || doc.token(i).is("-"))
                && doc.glued(v.first())) {
            return true;
        }
        if (v.last() + 2 < doc.size() && doc.token(v.last() + 1).is("in")
                && (doc.token(v.last() + 2).is("più") || doc.token(v.last() + 2).is("meno"))) {
            return true;
        }
        int steps = 0;
        while (i >= 0 && steps < 4 && SIZE_GAP.contains(doc.token(i).lower()) && doc.sameSentence(i, v.first())) {
            i--;
            steps++;
        }
        if (i < 0 || !doc.sameSentence(i, v.first())) {
            return false;
        }
        var change = words.changeWords.endingAt(doc, i);
        if (change == null) {
            return false;
        }
        String size = v.mention() instanceof Percentage ? "PERCENT" : v.mention() instanceof Money ? "MONEY" : "COUNT";
        if (!change.value().contains("ANY") && !change.value().contains(size)
                && !(size.equals("PERCENT") && change.value().contains("POINTS"))) {
            return false; // "una perdita di 3 milioni" is a loss, not the size of a change
        }
        if (size.equals("COUNT") && isStaffChange(doc, i) && countsStaff(doc, v)) {
            return false; // "hanno tagliato 260.000 posti di lavoro": the jobs cut are the layoffs, a fact of its own
        }
        return true; // "in aumento dell'8,2%", "ha perso 650mila linee", "una crescita di 100 milioni di utenti"
    }

    /** Whether the word ending at token {@code i} both announces a change and names a staff change ("tagliato"). */
    private boolean isStaffChange(Document doc, int i) {
        var m = metrics.endingAt(doc, i);
        return m != null && STAFF_CHANGES.contains(m.value().key());
    }

    /** Whether the value counts staff: a head-count trigger inside it ("posti di lavoro", "dipendenti"). */
    private boolean countsStaff(Document doc, Placed<ValueMention> v) {
        for (int t = v.first(); t <= v.last(); t++) {
            var m = metrics.startingAt(doc, t);
            if (m != null && m.last() <= v.last() && HEAD_COUNTS.contains(m.value().key())) {
                return true;
            }
        }
        return false;
    }

    /** True when the value is the counterpart of a comparison ("contro i 2,5 miliardi"). */
    boolean isComparison(Document doc, Placed<ValueMention> v) {
        int i = v.first() - 1;
        int steps = 0;
        while (i >= 0 && steps < 2 && COMPARISON_GAP.contains(doc.token(i).lower())) {
            i--;
            steps++;
        }
        if (i < 0 || !doc.sameSentence(i, v.first())) {
            return false;
        }
        var m = words.comparisonMarkers.endingAt(doc, i);
        return m != null && m.value() != FactWords.MarkerPlace.DATE;
    }

    /** Words between an amount and the same amount in another currency: "42 milioni di dollari, circa 38,5 milioni". */
    private static final Set<String> CONVERSION_GAP = Set.of(",", "(", "circa", "pari", "a", "ad", "ovvero", "cioè",
            "quasi", "oltre", "poco", "più", "di", "meno", "al", "cambio", "attuale");

    /** True when the value restates the money value just before it in another currency. */
    boolean isConversion(Document doc, SentenceView s, Placed<ValueMention> v) {
        if (!(v.mention() instanceof Money m)) {
            return false;
        }
        Placed<ValueMention> before = null;
        for (Placed<ValueMention> p : s.values) {
            if (p.last() < v.first()) {
                before = p;
            }
        }
        if (before == null || !(before.mention() instanceof Money b) || b.currency() == null
                || b.currency().equals(m.currency()) || v.first() - before.last() > 5) {
            return false;
        }
        boolean comma = false;
        for (int i = before.last() + 1; i < v.first(); i++) {
            String t = doc.token(i).lower();
            if (!CONVERSION_GAP.contains(t)) {
                return false;
            }
            comma |= t.equals(",") || t.equals("(") || t.equals("ovvero") || t.equals("cioè");
        }
        return comma;
    }

    private static final int REFERENCE_REACH = 4;

    /** True when the value is a benchmark: analysts' consensus or an average ("attesi dagli analisti"). */
    boolean isReference(Document doc, Placed<ValueMention> v) {
        int from = Math.max(0, v.first() - REFERENCE_REACH - 3);
        int to = Math.min(doc.size() - 1, v.last() + REFERENCE_REACH);
        for (int i = from; i <= to; i++) {
            if (i >= v.first() && i <= v.last()) {
                continue;
            }
            var m = words.referenceValues.startingAt(doc, i, to);
            if (m != null && doc.sameSentence(i, v.first())
                    && (m.last() < v.first() ? v.first() - m.last() <= REFERENCE_REACH + 3 : i - v.last() <= REFERENCE_REACH)) {
                return true;
            }
        }
        return false;
    }

    /** Values that never carry a fact: ordinals. */
    static boolean countable(ValueMention v) {
        return !(v instanceof NumberMention n && n.ordinal());
    }
}
