package io.fatti.fact;

import io.fatti.mention.Fact;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.List;
import java.util.Set;

/**
 * When a fact holds. Dates that only name what the value is compared with ("rispetto allo stesso periodo del
 * 2022", "sui primi dieci mesi dello scorso anno") never count. In this order:
 * <ol>
 *   <li>{@code period.clause}: the nearest date in the value's clause, before it first;</li>
 *   <li>{@code period.sentence}: the nearest date in an earlier clause of the sentence;</li>
 *   <li>{@code period.carried}: the period of the previous fact of the same kind (reported or target), unless the
 *       metric is a balance (debt, customers, a price: {@code models/fact/balances.tsv}), which takes only a date
 *       of its own sentence; within its paragraph only: a reported fact in a later paragraph takes the period of
 *       the lead sentence when it names one that is not a point in time;</li>
 *   <li>{@code period.article}: for the first reported facts, before any has a period, the period the lead
 *       sentence names ("Nel secondo trimestre del 2024 il mercato italiano è cresciuto del 6%. Samsung resta
 *       prima con il 36%");</li>
 *   <li>otherwise none.</li>
 * </ol>
 */
final class PeriodRule {

    private static final int COMPARISON_REACH = 8;
    private static final Set<Temporal.Grain> TOO_FINE =
            Set.of(Temporal.Grain.SECOND, Temporal.Grain.MINUTE, Temporal.Grain.HOUR, Temporal.Grain.PART_OF_DAY);

    private final FactWords words;
    private final Set<String> balances;

    boolean isBalance(String metric) {
        return balances.contains(metric);
    }

    PeriodRule(FactWords words, Set<String> balances) {
        this.words = words;
        this.balances = balances;
    }

    Linked<Temporal> period(Document doc, SentenceView s, Placed<ValueMention> v, String metric, Fact.Kind kind,
                            ArticleMemory memory, List<Placed<ValueMention>> comparisons) {
        int clauseStart = s.clauseStart(v.first());
        int clauseEnd = s.clauseEnd(v.last());
        Placed<Temporal> best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean balance = balances.contains(metric);
        boolean oldLevel = isOldLevel(doc, s, v);
        for (Placed<Temporal> d : s.dates) {
            if (!usable(d) || isComparative(doc, d, comparisons) || isEventDay(doc, d)) {
                continue;
            }
            if (oldLevel && isStart(doc, d)) {
                continue; // "dal 1° novembre il piano passa da 6,99 a 7,99 euro": the date starts the new level
            }
            if (!balance && d.mention().grain() == Temporal.Grain.DAY && !closesFlow(doc, d)) {
                continue; // a flow (revenue, shipments) measures a period; a day dates an event
            }
            boolean inClause = d.first() >= clauseStart && d.last() <= clauseEnd;
            boolean before = d.last() < v.first();
            if (!inClause && !before) {
                continue; // a date in a later clause belongs to that clause's figures
            }
            if (!before && valueBetween(s, v.last(), d.first())) {
                continue; // "un buyback da 5 miliardi e investimenti per 2,5 miliardi nel 2025": the later value's
            }
            // clause before sentence; before the value before after it; then nearness
            int score = (inClause ? 0 : 2000) + (before ? 0 : 1000) + v.distance(d);
            if (score < bestScore) {
                best = d;
                bestScore = score;
            }
        }
        Placed<Temporal> adjacent = adjacentAfter(doc, s, v, comparisons);
        if (adjacent != null && (best == null || best.last() < v.first() && valueBetween(s, best.last(), v.first()))) {
            // "nel 2023 il mercato ha raggiunto 54,2 miliardi e dovrebbe superare i 58 miliardi quest'anno": the
            // date right after a value is its own; the one before belongs to the value in between
            return Linked.of(adjacent.mention(), "period.clause");
        }
        if (best != null) {
            return Linked.of(best.mention(), bestScore < 2000 ? "period.clause" : "period.sentence");
        }
        if (balance) {
            // an article dated at a point ("a fine marzo 2024 le sim attive erano 108,7 milioni") gives that point
            // to the balances that name no date of their own
            Temporal lead = memory.leadPeriod;
            return lead != null && isPoint(lead) ? Linked.of(lead, "period.article") : null;
        }
        Fact previous = kind == Fact.Kind.TARGET ? memory.lastTarget : memory.lastReported;
        Fact flow = kind == Fact.Kind.TARGET ? memory.lastTargetFlow : memory.lastReportedFlow;
        if (flow != null && flow.period() != null) {
            Temporal lead = memory.leadPeriod;
            if (kind == Fact.Kind.REPORTED && lead != null && !isPoint(lead)
                    && !memory.sameParagraph(memory.lastReportedFlowSentence, s.index)) {
                // a new paragraph goes back to the period the article reports on: "Da gennaio a ottobre ... 1,3
                // milioni" or "i picchi del 2017" in one paragraph do not date the next one's figures
                return Linked.of(lead, "period.article");
            }
            // from the last flow only: a balance's point date ("4,3 milioni di utenti a dicembre") is no period
            return Linked.of(flow.period(), "period.carried");
        }
        if (kind == Fact.Kind.REPORTED && previous == null && memory.leadPeriod != null) {
            return Linked.of(memory.leadPeriod, "period.article");
        }
        return null;
    }

    /** A point in time rather than a period: a day, or the end of one ("a fine marzo 2024"). */
    private static boolean isPoint(Temporal t) {
        return t.modifier() == io.fatti.mention.TimeModifier.END || t.grain() == Temporal.Grain.DAY;
    }

    /** Words before a day that make it the end of what a flow counts: "spesi al 31 marzo". */
    private static final Set<String> AS_OF = Set.of("al", "alla", "all'");

    /** A day that ends a flow: a deadline ("entro il 31 dicembre") or a cut-off ("al 31 marzo"). */
    private static boolean closesFlow(Document doc, Placed<Temporal> d) {
        return d.mention().modifier() == io.fatti.mention.TimeModifier.BY
                || (d.first() > 0 && AS_OF.contains(doc.token(d.first() - 1).lower()));
    }

    /** A usable date right after the value, at most one word between ("58 miliardi quest'anno", "nel 2024"). */
    private Placed<Temporal> adjacentAfter(Document doc, SentenceView s, Placed<ValueMention> v,
                                           List<Placed<ValueMention>> comparisons) {
        for (Placed<Temporal> d : s.dates) {
            if (d.first() > v.last() && d.first() - v.last() <= 2 && usable(d) && !isComparative(doc, d, comparisons)
                    && !isEventDay(doc, d) && d.last() <= s.clauseEnd(v.last())
                    && !doc.token(d.first() - 1).is(Token.Kind.PUNCTUATION)) {
                return d;
            }
        }
        return null;
    }

    private static boolean valueBetween(SentenceView s, int from, int to) {
        for (Placed<ValueMention> o : s.values) {
            if (o.first() > from && o.last() < to) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FROM = Set.of("da", "dal", "dalla", "dall'", "dai");

    /** The first value of a from-to pair: "passa <b>da 6,99</b> a 7,99 euro". */
    private static boolean isOldLevel(Document doc, SentenceView s, Placed<ValueMention> v) {
        if (v.first() == 0 || !FROM.contains(doc.token(v.first() - 1).lower()) || v.last() + 1 > s.last
                || !doc.token(v.last() + 1).lower().equals("a")) {
            return false;
        }
        for (Placed<ValueMention> o : s.values) {
            if (o.first() == v.last() + 2) {
                return true;
            }
        }
        return false;
    }

    /** A date from which something holds: "dal 1° novembre", "Dal prossimo 1° settembre". */
    private static boolean isStart(Document doc, Placed<Temporal> d) {
        if (d.mention().modifier() == io.fatti.mention.TimeModifier.SINCE || FROM.contains(doc.token(d.first()).lower())) {
            return true;
        }
        for (int j = d.first() - 1; j >= Math.max(0, d.first() - 2); j--) {
            if (FROM.contains(doc.token(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A deadline ("entro il 2026") or a founding year ("nata nel 2021") is not what the article measures. */
    private static final Set<String> NOT_LEAD_PERIOD = Set.of("entro", "nata", "nato", "fondata", "fondato", "dal",
            "dalla", "dall'", "da");

    private static boolean afterAny(Document doc, Placed<Temporal> d, Set<String> words) {
        for (int j = d.first() - 1; j >= Math.max(0, d.first() - 2); j--) {
            if (words.contains(doc.token(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The first period of the lead sentence: a month or longer, not introduced by a comparison marker. */
    Temporal leadPeriod(Document doc, SentenceView lead) {
        for (Placed<Temporal> d : lead.dates) {
            if (usable(d) && d.mention().grain().compareTo(Temporal.Grain.MONTH) >= 0 && !isEventDay(doc, d)
                    && !isComparative(doc, d, List.of()) && !afterAny(doc, d, NOT_LEAD_PERIOD)
                    && !NOT_LEAD_PERIOD.contains(doc.token(d.first()).lower())
                    && d.mention().modifier() != io.fatti.mention.TimeModifier.BY) {
                return d.mention();
            }
        }
        return null;
    }

    /** "ieri", "oggi", "domani": the day of an event, not the period a figure measures. */
    private boolean isEventDay(Document doc, Placed<Temporal> d) {
        PhraseTable.Match<Boolean> m = words.notPeriods.startingAt(doc, d.first(), d.last());
        return m != null && m.last() == d.last();
    }

    private static boolean usable(Placed<Temporal> d) {
        Temporal t = d.mention();
        return t.kind() == Temporal.Kind.DATE && t.timex() != null && !TOO_FINE.contains(t.grain());
    }

    /** A date introduced by a comparison marker, or following a compared value, is the comparison's. */
    boolean isComparative(Document doc, Placed<Temporal> d, List<Placed<ValueMention>> comparisons) {
        for (int j = d.first() - 1; j >= Math.max(0, d.first() - COMPARISON_REACH); j--) {
            if (!doc.sameSentence(j, d.first())) {
                return false;
            }
            Token t = doc.token(j);
            if (t.is(Token.Kind.PUNCTUATION) && !t.text().equals("'")) {
                return false;
            }
            PhraseTable.Match<FactWords.MarkerPlace> m = words.comparisonMarkers.endingAt(doc, j);
            if (m != null && m.value() != FactWords.MarkerPlace.VALUE) {
                return true;
            }
            for (Placed<ValueMention> c : comparisons) {
                if (c.last() == j) {
                    return true;
                }
            }
        }
        return false;
    }
}
