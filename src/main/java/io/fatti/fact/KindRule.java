package io.fatti.fact;

import io.fatti.core.ArticleContext;
import io.fatti.mention.Fact;
import io.fatti.mention.Temporal;
import io.fatti.mention.TimeModifier;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.Token;

/**
 * Whether a fact reports what happened or states a goal, forecast or guidance (TARGET):
 * {@code kind.cue}: a target word before the value in its clause ("prevede",
 * "obiettivo", "punta a", "stima di", "dovrebbe"; {@code models/fact/target-cues.tsv}), or right after it
 * ("4 miliardi previsti");
 * {@code kind.future}: a verb in the simple future before the value in its clause ("resteranno", "sarà");
 * {@code kind.period}: a period bounded by "entro", or a month, quarter or year starting after the article's date.
 */
final class KindRule {


    private static final java.util.Set<String> PRICE_MOVES = java.util.Set.of("passerà", "salirà", "scenderà",
            "aumenterà", "calerà", "costerà");

    private final FactWords words;

    KindRule(FactWords words) {
        this.words = words;
    }

    /** Relative words that, after a comma, open an aside stating a fact: "la forza lavoro, che conta 17.500". */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("che", "dove", "cui");

    Linked<Fact.Kind> kind(Document doc, SentenceView s, Placed<ValueMention> v, String metric) {
        int clauseStart = s.clauseStart(v.first());
        if (clauseStart > s.first && doc.token(clauseStart - 1).is(":")) {
            // "Il gruppo conferma le stime per l'intero esercizio: un Ebitda tra 6,3 e 6,5 miliardi"
            int lead = s.clauseStart(clauseStart - 1);
            for (int i = lead; i < clauseStart - 1; i++) {
                // "conferma" alone may confirm a strategy or a price ("conferma la strategia del prezzo bloccato:
                // l'offerta costa 9,99 euro"); before a colon only a forecast word announces the figures after it
                if (words.targetCues.startingAt(doc, i, clauseStart - 2) != null && !inTrigger(s, i)
                        && !doc.token(i).lower().equals("conferma")) {
                    return Linked.of(Fact.Kind.TARGET, "kind.cue");
                }
            }
        }
        for (int i = v.first() - 1; i > clauseStart; i--) {
            if (RELATIVES.contains(doc.token(i).lower()) && doc.token(i - 1).is(",")) {
                clauseStart = i; // "..., dove lavorano già oltre 5.000 persone": the cue before is the main clause's
                break;
            }
        }
        // a cue after the value counts only right after it: "4 miliardi previsti", not "13,5% e l'obiettivo..."
        int to = Math.min(s.clauseEnd(v.last()), v.last() + 1);
        for (int i = clauseStart; i <= to; i++) {
            if (i >= v.first() && i <= v.last()) {
                continue;
            }
            if (words.targetCues.startingAt(doc, i, i < v.first() ? v.first() - 1 : to) != null && !inTrigger(s, i)) {
                return Linked.of(Fact.Kind.TARGET, "kind.cue");
            }
            // a price changed from a date is decided, not forecast: "il piano passerà a 11,99 euro, lo Standard
            // resta a 12,99" (a verb moving the price itself; "aprirà una rotta con tariffe da 89 euro" is a plan)
            if (i < v.first() && isFuture(doc.token(i))
                    && !(metric.equals("price") && PRICE_MOVES.contains(doc.token(i).lower()))) {
                return Linked.of(Fact.Kind.TARGET, "kind.future");
            }
        }
        return Linked.of(Fact.Kind.REPORTED, "kind.reported");
    }

    /** A cue inside a metric word names the metric, not a goal: "il prezzo obiettivo", "l'Ebitda atteso". */
    private static boolean inTrigger(SentenceView s, int i) {
        for (Trigger t : s.triggers) {
            if (t.first() <= i && i <= t.last()) {
                return true;
            }
        }
        return false;
    }

    /** A period bounded by "entro" or lying after the publication date makes a forecast. */
    static boolean futurePeriod(Temporal period, ArticleContext context) {
        if (period == null) {
            return false;
        }
        if (period.modifier() == TimeModifier.BY) {
            return true;
        }
        boolean coarse = period.grain() != null && period.grain().compareTo(Temporal.Grain.MONTH) >= 0;
        return coarse && context.date() != null && period.from() != null && period.from().isAfter(context.date())
                && context.precision() == ArticleContext.DatePrecision.DAY;
    }

    /** Simple future, third person: "sarà", "resteranno", "arriverà". */
    private static boolean isFuture(Token t) {
        String w = t.lower();
        return t.is(Token.Kind.WORD) && w.length() >= 5 && (w.endsWith("rà") || w.endsWith("ranno"));
    }
}
