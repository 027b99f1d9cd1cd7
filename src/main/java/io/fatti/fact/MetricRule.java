package io.fatti.fact;

import io.fatti.mention.Fact;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.text.Document;
import java.util.List;
import java.util.Set;

/**
 * Which metric a value measures, from the metric words of its sentence ({@code models/metric/metrics.tsv}); the
 * metric must take the value's kind (money, a percentage, a count). In this order:
 * <ol>
 *   <li>{@code metric.noun}: the counted noun of the value ("10,8 milioni di <b>clienti</b>");</li>
 *   <li>{@code metric.after}: a word right after the value, joined by "di" at most ("190 milioni di telefoni
 *       <b>venduti</b>", "il 15% <b>del mercato</b>", "2 miliardi <b>di utile</b>");</li>
 *   <li>{@code metric.before}: the nearest word before the value in its clause ("le <b>entrate</b> hanno
 *       raggiunto quota 12,22 miliardi", lists: "una <b>quota</b> del 38%, seguita da Apple al 26%");</li>
 *   <li>{@code metric.carried}: the metric of the previous fact of the sentence, for a value of the same kind
 *       ("Samsung ha spedito 50 milioni di smartphone, mentre Apple 45 milioni");</li>
 *   <li>{@code metric.later}: a word after the value within six tokens of its clause;</li>
 *   <li>{@code metric.topic}: a count of devices with no metric word in its sentence inherits the shipments or
 *       sales metric of a fact at most two sentences before ("Samsung conserva la leadership con 53,5 milioni di
 *       dispositivi").</li>
 * </ol>
 */
final class MetricRule {

    private static final Set<String> DI = Set.of("di", "del", "dei", "della", "delle", "dello", "degli", "dell'");
    private static final Set<String> TOPIC_METRICS = Set.of("shipments", "units_sold");
    private static final int LATER_WINDOW = 6;

    /** True when a metric taking {@code kind} values may take this value. */
    static boolean fits(MetricLexicon.ValueKind kind, ValueMention v) {
        return switch (kind) {
            case MONEY -> v instanceof Money;
            case PERCENT -> v instanceof Percentage;
            case COUNT -> (v instanceof Quantity q && q.unit() == null)
                    || (v instanceof NumberMention n && !n.ordinal());
            case ANY -> !(v instanceof Percentage) && ValueRoles.countable(v);
        };
    }

    Linked<String> metric(Document doc, SentenceView s, Placed<ValueMention> v, Fact previousInSentence,
                          Fact recent, int recentSentence) {
        ValueMention value = v.mention();
        for (Trigger t : s.triggers) {
            if (t.first() >= v.first() && t.last() <= v.last() && fits(t.metric().value(), value)) {
                return Linked.of(t.metric().key(), "metric.noun");
            }
        }
        int clauseEnd = s.clauseEnd(v.last());
        for (Trigger t : s.triggers) {
            if (t.first() > v.last() && t.first() <= clauseEnd && onlyDi(doc, v.last() + 1, t.first() - 1)
                    && fits(t.metric().value(), value)) {
                return Linked.of(t.metric().key(), "metric.after");
            }
        }
        int clauseStart = s.clauseStart(v.first());
        Trigger before = null;
        for (Trigger t : s.triggers) {
            if (t.last() < v.first() && t.first() >= clauseStart && fits(t.metric().value(), value)) {
                before = t;
            }
        }
        if (before != null) {
            return Linked.of(before.metric().key(), "metric.before");
        }
        if (previousInSentence != null && sameKind(previousInSentence.value(), value)) {
            return Linked.of(previousInSentence.metric(), "metric.carried");
        }
        for (Trigger t : s.triggers) {
            if (t.first() > v.last() && t.first() <= Math.min(clauseEnd, v.last() + LATER_WINDOW)
                    && fits(t.metric().value(), value)) {
                return Linked.of(t.metric().key(), "metric.later");
            }
        }
        if (recent != null && s.index - recentSentence <= 2 && TOPIC_METRICS.contains(recent.metric())
                && value instanceof Quantity q && q.noun() != null && noTrigger(s.triggers, value)) {
            return Linked.of(recent.metric(), "metric.topic");
        }
        return null;
    }

    private static boolean noTrigger(List<Trigger> triggers, ValueMention value) {
        return triggers.stream().noneMatch(t -> fits(t.metric().value(), value));
    }

    private static boolean onlyDi(Document doc, int from, int to) {
        if (to - from + 1 > 1) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (!DI.contains(doc.token(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Same kind of value: both money, both percentages, or both counts. */
    static boolean sameKind(ValueMention a, ValueMention b) {
        if (a instanceof Money || b instanceof Money) {
            return a instanceof Money && b instanceof Money;
        }
        if (a instanceof Percentage || b instanceof Percentage) {
            return a instanceof Percentage && b instanceof Percentage;
        }
        boolean aCount = a instanceof NumberMention || (a instanceof Quantity q && q.unit() == null);
        boolean bCount = b instanceof NumberMention || (b instanceof Quantity q && q.unit() == null);
        if (aCount || bCount) {
            return aCount && bCount;
        }
        return a instanceof Quantity qa && b instanceof Quantity qb && qa.unit().equals(qb.unit());
    }
}
