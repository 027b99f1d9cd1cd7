package io.fatti.number;

import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Qualifier;
import io.fatti.mention.RatePeriod;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Turns the two ends of a range into one mention with low and high: "tra 10 e 12 milioni di euro" (the low end takes
 * the high end's scale), "dal 5 al 7%", "tra i 100.000 e i 140.000 specialisti". A bare range takes a carried or the
 * article's currency like a single amount. Immutable.
 */
final class RangeValueReader {

    private final ValueAnnotator.Pass pass;
    private final NumberReader reader;
    private final ValueWords words;
    private final ValueFilter filter;
    private final Hedges hedges;
    private final CountedNounFallback nouns;
    private final CarriedCurrency carried;
    private final DocumentCurrency documentCurrency;
    private final ContextTyping context;

    RangeValueReader(ValueAnnotator.Pass pass, NumberReader reader, ValueWords words, ValueFilter filter,
                     Hedges hedges, CountedNounFallback nouns, CarriedCurrency carried,
                     DocumentCurrency documentCurrency, ContextTyping context) {
        this.context = context;
        this.pass = pass;
        this.reader = reader;
        this.words = words;
        this.filter = filter;
        this.hedges = hedges;
        this.nouns = nouns;
        this.carried = carried;
        this.documentCurrency = documentCurrency;
    }

    /** The range from {@code low} to {@code high} read at token {@code i} (the opener or the low end). */
    Step read(Document doc, ValueClaims found, int i, Operand low, Operand high, CarriedCurrency.Trail trail,
              ArticleCurrency documentMoney) {
        Operand.Kind kind = low.kind == Operand.Kind.NUMBER ? high.kind : low.kind;
        if ((low.kind != Operand.Kind.NUMBER && high.kind != Operand.Kind.NUMBER && low.kind != high.kind)
                || ((low.kind == Operand.Kind.ORDINAL) != (high.kind == Operand.Kind.ORDINAL)) // "tra il quinto e l'ottavo"
                || (low.currency != null && high.currency != null && !low.currency.equals(high.currency))) {
            return Step.NONE;
        }
        BigDecimal lo = low.number.value();
        BigDecimal hi = high.number.value();
        BigDecimal scale = high.number.scaled() ? reader.scaleMultiplier(doc.token(high.number.last())) : null;
        if (!low.number.scaled() && scale != null && lo.multiply(scale).compareTo(hi) < 0) {
            lo = NumberReader.plain(lo.multiply(scale)); // "tra 10 e 12 milioni": both ends in millions
        }
        if (lo.compareTo(hi) >= 0) {
            return Step.NONE;
        }
        if (kind == Operand.Kind.NUMBER && (filter.looksLikeYear(doc, low.number) || filter.looksLikeYear(doc, high.number))) {
            return Step.NONE;
        }
        int first = Math.min(i, low.first);
        Currency contextCurrency = null;
        String rule = null; // the contextual rule that typed the range, when one did
        Currency carriedHere = kind == Operand.Kind.NUMBER ? carried.forRange(doc, high, first, trail) : null;
        if (carriedHere != null) {
            kind = Operand.Kind.MONEY; // "un fatturato di 17,3 miliardi di dollari, sotto la forchetta tra 17,4 e 17,6 miliardi"
            contextCurrency = carriedHere;
        } else if (documentMoney != null) {
            contextCurrency = kind == Operand.Kind.NUMBER ? documentCurrency.of(doc, high, first, documentMoney) : null;
            if (contextCurrency == null && kind == Operand.Kind.NUMBER) {
                // "i ricavi sono previsti a circa 1.290 – 1.300 milioni", "l'Ebitda a 450-460 milioni"
                Operand whole = new Operand();
                whole.first = first;
                whole.last = high.last;
                whole.number = high.number;
                if (context.moneyFromMetric(doc, found, whole, documentMoney)) {
                    contextCurrency = whole.currency;
                    rule = whole.rule;
                }
            }
            if (contextCurrency == null) {
                return Step.NONE;
            }
            kind = Operand.Kind.MONEY;
        } else if (!pass.emits(kind)) {
            return Step.NONE;
        }
        Operand shape = new Operand();
        shape.kind = kind;
        shape.currency = low.currency != null ? low.currency
                : high.currency != null ? high.currency : contextCurrency;
        shape.number = high.number;
        int last = high.last;
        RatePeriod per = null;
        if (kind == Operand.Kind.MONEY) {
            PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, last + 1);
            if (rate != null && !found.anyClaimed(rate.first(), rate.last())) {
                per = rate.value();
                last = rate.last();
            }
        }
        PhraseTable.Match<Qualifier> hedge = hedges.before(doc, found, first);
        Amount amount = new Amount(null, lo, hi, hedge == null ? null : hedge.value());
        int[] noun = kind == Operand.Kind.NUMBER ? nouns.find(doc, found, high.number) : null;
        if (noun != null) { // "tra i 100.000 e i 140.000 specialisti"
            Mention m = CountedNounFallback.quantity(doc, amount, first, noun, noun[1], null,
                    "quantity.noun-range-fallback");
            return Step.found(m, first, noun[1]);
        }
        return Step.found(shape.mention(doc, amount, first, last, per, rule != null ? rule : Operand.kindName(kind) + ".range"),
                first, last);
    }
}
