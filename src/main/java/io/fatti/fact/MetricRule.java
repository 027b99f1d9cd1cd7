package io.fatti.fact;

import io.fatti.mention.Fact;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.text.Document;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Which metric a value measures, from the metric words of its sentence ({@code models/metric/metrics.tsv}); the
 * metric must take the value's kind (money, a percentage, a count). In this order:
 * <ol>
 *   <li>{@code metric.noun}: the counted noun of the value ("10,8 milioni di <b>clienti</b>"), unless a word of
 *       hiring or firing stands before it ({@code metric.staff}: "hanno tagliato 80.000 posti di lavoro");</li>
 *   <li>{@code metric.after}: a word right after the value, joined by "di" at most ("190 milioni di telefoni
 *       <b>venduti</b>", "il 15% <b>del mercato</b>", "2 miliardi <b>di utile</b>");</li>
 *   <li>{@code metric.before}: the nearest word before the value in its comma-delimited stretch ("le
 *       <b>entrate</b> hanno raggiunto quota 12,22 miliardi"), else in its clause outside asides between commas
 *       ("l'<b>EBITDAaL</b>, il margine operativo lordo dopo i costi di leasing, ha raggiunto 283 milioni"; lists:
 *       "una <b>quota</b> del 38%, seguita da Apple al 26%"). A count of something other than units or devices
 *       ("14 Paesi") takes a metric only from its own stretch;</li>
 *   <li>{@code metric.carried}: the metric of the previous fact of the sentence, for a value of the same kind, in
 *       the same clause or across "mentre" ("Samsung ha spedito 50 milioni di smartphone, mentre Apple 45");</li>
 *   <li>{@code metric.later}: a word after the value within six tokens of its clause;</li>
 *   <li>then {@link #fromContext}: a percentage right after a company in a ranking ({@code metric.ranking}:
 *       "WindTre è prima con il 24,3%, davanti a TIM con il 23,9%", "Fiat al 13,1%") is its market share.</li>
 * </ol>
 * Counts under ten are never facts; a measured quantity needs a metric that takes its unit
 * ({@code models/fact/metric-units.tsv}).
 */
final class MetricRule {

    private static final Set<String> DI = Set.of("di", "del", "dei", "della", "delle", "dello", "degli", "dell'");
    private static final Set<String> TOPIC_METRICS = Set.of("shipments", "units_sold");
    /**
     * Breaks across which a metric carries to the next value: "Samsung 50 milioni, mentre Apple 45 milioni", "ha
     * superato il miliardo di utenti: a fine settembre erano 1,02 miliardi".
     */
    private static final Set<String> CARRYING_BREAKS = Set.of("mentre", ";", ":");
    /** Nouns that only say who is counted; a word of hiring or firing next to them says what the count is. */
    private static final Set<String> HEAD_COUNTS = Set.of("employees", "hires");
    private static final Set<String> STAFF_CHANGES = Set.of("hires", "layoffs");
    private static final int LATER_WINDOW = 6;
    /** A colon carries a metric only right after its value: "il miliardo di utenti attivi: erano 1,02 miliardi". */
    private static final int COLON_REACH = 6;
    /** Fewer than this many things is not a business figure ("meno di cinque dipendenti", "le due società"). */
    private static final BigDecimal MIN_COUNT = BigDecimal.TEN;

    private final FactWords words;

    MetricRule(FactWords words) {
        this.words = words;
    }

    /** True when a metric taking {@code kind} values may take this value. */
    boolean fits(MetricLexicon.Metric metric, ValueMention v) {
        if (v instanceof Quantity q && q.unit() != null) {
            List<String> units = words.metricUnits.get(metric.key());
            return units != null && units.stream().anyMatch(u -> q.unit().contains(u));
        }
        return switch (metric.value()) {
            case MONEY -> v instanceof Money;
            case PERCENT -> v instanceof Percentage;
            case COUNT -> isCount(v);
            case ANY -> !(v instanceof Percentage) && ValueRoles.countable(v);
        };
    }

    private static boolean isCount(ValueMention v) {
        return (v instanceof Quantity q && q.unit() == null) || (v instanceof NumberMention n && !n.ordinal());
    }

    /** Verbs of what a thing costs: a price for goods, the cost of a plan or a plant for billions. */
    private static final Set<String> COST_VERBS = Set.of("costa", "costerà", "costano", "costeranno", "costato",
            "costata");

    Linked<String> metric(Document doc, SentenceView s, Placed<ValueMention> v, FactAnnotator.FactAt previous) {
        if (perShare(doc, s, v)) {
            return Linked.of("eps", "metric.per-share");
        }
        Linked<String> m = metricOf(doc, s, v, previous);
        if (m != null && m.value().equals("price") && v.mention() instanceof Money money && !money.amount().isRange()
                && money.amount().value().abs().compareTo(MAX_PRICE) > 0 && costVerbBefore(doc, s, v)) {
            // "Il piano di tagli costerà 1,6 miliardi di dollari": what a plan costs, not a price
            return Linked.of("costs", m.rule() + "-cost");
        }
        return m;
    }

    /** Words between a profit and the same profit per share: "96 milioni, o 6 centesimi", "pari a 31 centesimi". */
    private static final Set<String> PER_SHARE_GAP = Set.of(",", "o", "pari", "a", "ad", "ovvero", "cioè", "(");
    private static final BigDecimal MAX_PER_SHARE = new BigDecimal(100);

    /**
     * {@code metric.per-share}: a small amount right after a net income or loss, restating it ("una perdita di 96
     * milioni, o 6 centesimi, di un anno prima"): the same result per share.
     */
    private static boolean perShare(Document doc, SentenceView s, Placed<ValueMention> v) {
        if (!(v.mention() instanceof Money m) || m.amount().isRange()
                || m.amount().value().abs().compareTo(MAX_PER_SHARE) >= 0) {
            return false;
        }
        Placed<ValueMention> before = null;
        for (Placed<ValueMention> o : s.values) {
            if (o.last() < v.first()) {
                before = o;
            }
        }
        if (before == null || !(before.mention() instanceof Money b) || b.amount().isRange()
                || b.amount().value().abs().compareTo(MAX_PRICE) <= 0 || v.first() - before.last() - 1 > 3
                || v.first() <= before.last() + 1) {
            return false;
        }
        for (int i = before.last() + 1; i < v.first(); i++) {
            if (!PER_SHARE_GAP.contains(doc.token(i).lower())) {
                return false;
            }
        }
        // the result restated: the nearest metric word before the amount is a profit or a loss
        Trigger result = null;
        for (Trigger t : s.triggers) {
            if (t.last() < before.first() && t.first() >= s.stretchStart(before.first())) {
                result = t;
            }
        }
        return result != null && result.metric().key().equals("net_income");
    }

    private static boolean costVerbBefore(Document doc, SentenceView s, Placed<ValueMention> v) {
        for (int i = s.clauseStart(v.first()); i < v.first(); i++) {
            if (COST_VERBS.contains(doc.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private Linked<String> metricOf(Document doc, SentenceView s, Placed<ValueMention> v,
                                    FactAnnotator.FactAt previous) {
        ValueMention value = v.mention();
        if (isCount(value) && !value.amount().isRange() && value.amount().value().abs().compareTo(MIN_COUNT) < 0) {
            return null;
        }
        int stretchStart = s.stretchStart(v.first());
        int clauseStart = s.clauseStart(v.first());
        int clauseEnd = s.clauseEnd(v.last());
        Trigger before = null;
        Trigger beforeInStretch = null;
        Trigger beforeOutsideAsides = null;
        for (Trigger t : s.triggers) {
            if (t.last() < v.first() && t.first() >= clauseStart && fits(t.metric(), value)
                    && !insideOtherValue(s, t, v)) {
                before = t;
                if (t.first() >= stretchStart) {
                    beforeInStretch = t;
                }
                if (!s.inAside(t.first())) {
                    beforeOutsideAsides = t;
                }
            }
        }
        for (Trigger t : s.triggers) {
            if (t.first() >= v.first() && t.first() <= v.last() && fits(t.metric(), value)) {
                if (HEAD_COUNTS.contains(t.metric().key()) && beforeInStretch != null
                        && STAFF_CHANGES.contains(beforeInStretch.metric().key())) {
                    return Linked.of(beforeInStretch.metric().key(), "metric.staff");
                }
                return Linked.of(t.metric().key(), "metric.noun");
            }
        }
        for (Trigger t : s.triggers) {
            if (t.first() > v.last() && t.first() <= clauseEnd && onlyDi(doc, v.last() + 1, t.first() - 1)
                    && fits(t.metric(), value)) {
                if (before != null && t.metric().key().equals("eps") && before.metric().key().equals("dividend")) {
                    return Linked.of("dividend", "metric.before"); // "un dividendo di 0,43 euro per azione"
                }
                return Linked.of(t.metric().key(), "metric.after");
            }
        }
        // a noun written in the value ("14 Paesi"), not one the value stage read from the context ("gli utenti
        // attivi sono saliti a 412 milioni": noun "utenti", the metric's own)
        boolean ownNoun = value instanceof Quantity q && q.noun() != null
                && !words.countNouns.contains(head(q.noun()))
                && q.text().toLowerCase(java.util.Locale.ROOT).contains(head(q.noun()));
        if (ownNoun) {
            // "distribuiti in 14 Paesi", "moduli a 12 strati": a count of something else than the clause's metric,
            // unless a metric word stands right before it ("assumerà 350 assistenti di volo")
            if (beforeInStretch != null && v.first() - beforeInStretch.last() <= 3) {
                return Linked.of(beforeInStretch.metric().key(), "metric.before");
            }
            // a list of counted things after one metric word: "assumerà 350 assistenti di volo e 120 piloti"
            return previous != null && sameKind(previous.fact().value(), value)
                    && previous.fact().value() instanceof Quantity pq && pq.noun() != null
                    && onlyListLinks(doc, previous.last() + 1, v.first() - 1)
                    ? Linked.of(previous.fact().metric(), "metric.carried") : null;
        }
        if (beforeInStretch != null) {
            return Linked.of(beforeInStretch.metric().key(), "metric.before");
        }
        if (beforeOutsideAsides != null) {
            return Linked.of(beforeOutsideAsides.metric().key(), "metric.before");
        }
        if (previous != null && sameKind(previous.fact().value(), value) && carries(doc, s, previous.last(), v.first())) {
            return Linked.of(previous.fact().metric(), "metric.carried");
        }
        for (Trigger t : s.triggers) {
            if (t.first() > v.last() && t.first() <= Math.min(clauseEnd, v.last() + LATER_WINDOW)
                    && fits(t.metric(), value) && !leadsToValue(s, t)) {
                return Linked.of(t.metric().key(), "metric.later");
            }
        }
        return null;
    }

    /** A metric word inside another value ("100 milioni di <b>utenti</b>") is that value's. */
    private static boolean insideOtherValue(SentenceView s, Trigger t, Placed<ValueMention> v) {
        for (Placed<ValueMention> o : s.values) {
            if (o != v && o.first() <= t.first() && t.last() <= o.last()) {
                return true;
            }
        }
        return false;
    }

    /** A metric word followed closely by a value names that value ("e un prezzo medio salito a 745 euro"). */
    private static boolean leadsToValue(SentenceView s, Trigger t) {
        for (Placed<ValueMention> o : s.values) {
            if (o.first() > t.last() && o.first() - t.last() <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The metric of a value no metric word names, from the facts before it: a value with a segment of its own after
     * a fact with a segment ("L'iPhone ... 69,7 miliardi di ricavi. I servizi ... 23,1 miliardi") is of the same
     * metric ({@code metric.segments}); a count of devices after a shipments or sales figure is one too
     * ({@code metric.topic}: "Samsung conserva la leadership con 53,5 milioni di dispositivi").
     */
    Linked<String> fromContext(Document doc, SentenceView s, Placed<ValueMention> v, boolean hasSegment,
                               ArticleMemory memory) {
        Fact recent = memory.last;
        ValueMention value = v.mention();
        if (ranked(doc, s, v)) {
            return Linked.of("market_share", "metric.ranking");
        }
        if (productPrice(s, v)) {
            return Linked.of("price", "metric.product");
        }
        if (marketSized(doc, s, v)) {
            return Linked.of("market_value", "metric.market");
        }
        if (recent != null && hasSegment && recent.segment() != null && sameKind(recent.value(), value)
                && s.index - memory.lastSentence <= 1) {
            return Linked.of(recent.metric(), "metric.segments");
        }
        Fact topic = memory.lastTopic;
        if (topic != null && s.index - memory.lastTopicSentence <= 2 && value instanceof Quantity q && q.noun() != null
                && words.countNouns.contains(head(q.noun())) && noTrigger(s.triggers, value)) {
            return Linked.of(topic.metric(), "metric.topic");
        }
        return null;
    }

    /** Above this, money next to a product is no price ("il Galaxy S24 ha generato 2 miliardi"). */
    private static final BigDecimal MAX_PRICE = new BigDecimal(100_000);

    /**
     * {@code metric.product}: money no metric word names, whose nearest name before it in the clause (outside
     * asides) is a product, is that product's price: "il piano Vistaplay Basic passa da 6,99 a 7,99 euro al mese".
     */
    private static boolean productPrice(SentenceView s, Placed<ValueMention> v) {
        if (!(v.mention() instanceof Money m)) {
            return false;
        }
        BigDecimal amount = m.amount().isRange() ? m.amount().high() : m.amount().value();
        if (amount == null || amount.abs().compareTo(MAX_PRICE) > 0) {
            return false;
        }
        int clauseStart = s.clauseStart(v.first());
        Placed<io.fatti.mention.Entity> nearest = null;
        for (Placed<io.fatti.mention.Entity> e : s.entities) {
            if (e.first() >= clauseStart && e.last() < v.first() && !s.inAside(e.first())) {
                nearest = e;
            }
        }
        return nearest != null && nearest.mention().label() == io.fatti.mention.Entity.Label.PRODUCT;
    }

    /**
     * {@code metric.market}: money no metric word names, in a clause about a market ("il mercato italiano
     * dell'e-commerce ha raggiunto un valore di 54,2 miliardi"): what the market is worth.
     */
    private static boolean marketSized(Document doc, SentenceView s, Placed<ValueMention> v) {
        if (!(v.mention() instanceof Money)) {
            return false;
        }
        boolean market = false;
        for (int i = s.clauseStart(v.first()); i < v.first(); i++) {
            String w = doc.token(i).lower();
            if ((w.equals("mercato") || w.equals("mercati")) && !s.inAside(i)) {
                market = true;
            }
            for (Placed<ValueMention> o : s.values) {
                if (o.first() == i && !(o.mention() instanceof Percentage)) {
                    // "un mercato di 95.000 auto, ... 950 milioni di incentivi": that value's market; a growth rate
                    // ("ha registrato una crescita del 18%, raggiungendo un valore di 7,2 miliardi") is none
                    market = false;
                }
            }
        }
        return market;
    }

    /** Words between a company and its share in a ranking: "X con il 24,3%", "X al 13,1%", "X detiene il 23,2%". */
    private static final Set<String> RANKING_LINKS = Set.of("con", "il", "al", "alla", "è", "e", "resta", "primo",
            "prima", "secondo", "seconda", "terzo", "terza", "detiene", "ha", "raggiunto", "sale", "scende", "sfiora",
            "supera", "tiene", "segue", "a", "quota");
    private static final int RANKING_GAP = 4;

    /** A percentage at most a few linking words after a company or product of its clause. */
    private static boolean ranked(Document doc, SentenceView s, Placed<ValueMention> v) {
        if (!(v.mention() instanceof Percentage)) {
            return false;
        }
        int clauseStart = s.clauseStart(v.first());
        for (Placed<io.fatti.mention.Entity> e : s.entities) {
            io.fatti.mention.Entity.Label label = e.mention().label();
            if (e.last() >= v.first() || e.first() < clauseStart || v.first() - e.last() - 1 > RANKING_GAP
                    || (label != io.fatti.mention.Entity.Label.ORG && label != io.fatti.mention.Entity.Label.PRODUCT)) {
                continue;
            }
            boolean linked = true;
            for (int i = e.last() + 1; i < v.first(); i++) {
                linked &= RANKING_LINKS.contains(doc.token(i).lower());
            }
            if (linked && v.first() - e.last() > 1) {
                return true;
            }
        }
        return false;
    }

    private static String head(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT).strip();
        int space = n.indexOf(' ');
        return space < 0 ? n : n.substring(0, space);
    }

    /** A metric carries within a clause, and across "mentre" and ";" to a clause of the same shape. */
    private static boolean carries(Document doc, SentenceView s, int from, int to) {
        for (int b : s.breaks) {
            if (b > from && b < to && (!CARRYING_BREAKS.contains(doc.token(b).lower())
                    || (doc.token(b).is(":") && b - from > COLON_REACH))) {
                return false;
            }
        }
        return true;
    }

    private boolean noTrigger(List<Trigger> triggers, ValueMention value) {
        return triggers.stream().noneMatch(t -> fits(t.metric(), value));
    }

    private static final Set<String> LIST_LINKS = Set.of("e", "ed", ",");

    private static boolean onlyListLinks(Document doc, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (!LIST_LINKS.contains(doc.token(i).lower())) {
                return false;
            }
        }
        return true;
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
