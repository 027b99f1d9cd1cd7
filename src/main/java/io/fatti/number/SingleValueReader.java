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
 * Turns one operand into a mention: types a bare number from its context (the typing rules), reads what extends it
 * (cents, a rate, a qualifier before or after), and makes a range of two opposite bounds or a count of the noun
 * after it. Immutable.
 */
final class SingleValueReader {

    private final ValueAnnotator.Pass pass;
    private final ValueWords words;
    private final ValueFilter filter;
    private final OperandReader operands;
    private final Hedges hedges;
    private final BoundPairReader bounds;
    private final CountedNounFallback nouns;
    private final CarriedCurrency carried;
    private final DocumentCurrency documentCurrency;
    private final ContextTyping context;

    SingleValueReader(ValueAnnotator.Pass pass, ValueWords words, ValueFilter filter, OperandReader operands,
                      Hedges hedges, BoundPairReader bounds, CountedNounFallback nouns, CarriedCurrency carried,
                      DocumentCurrency documentCurrency, ContextTyping context) {
        this.pass = pass;
        this.words = words;
        this.filter = filter;
        this.operands = operands;
        this.hedges = hedges;
        this.bounds = bounds;
        this.nouns = nouns;
        this.carried = carried;
        this.documentCurrency = documentCurrency;
        this.context = context;
    }

    /**
     * The mention of {@code single}, or what to skip. With {@code documentMoney} non-null only bare amounts in a
     * money context are emitted, as money in the article's currency.
     */
    Step read(Document doc, ValueClaims found, Operand single, CarriedCurrency.Trail trail, ArticleCurrency documentMoney) {
        Currency c = carried.forSingle(doc, single, trail);
        if (c != null) {
            single.typeAsMoney(c, "money.carried-currency");
        }
        if (single.kind == Operand.Kind.NUMBER && !filter.isValue(doc, single.number, single.last)) {
            return Step.skipTo(single.number.last());
        }
        if (pass == ValueAnnotator.Pass.MONEY_AND_PERCENT && documentMoney == null && single.kind == Operand.Kind.NUMBER
                && nouns.find(doc, found, single.number) == null) {
            context.moneyCounterpart(doc, found, single); // "26,5 miliardi di dollari contro i 16,5"
        }
        if (documentMoney != null && single.kind != Operand.Kind.MONEY) {
            // a counterpart may have been typed earlier in this pass ("a 498 milioni, contro i 471")
            if (single.kind != Operand.Kind.NUMBER || !(context.moneyFollowing(doc, single, documentMoney)
                    || (nouns.find(doc, found, single.number) == null && context.moneyCounterpart(doc, found, single))
                    || context.moneyFromMetric(doc, found, single, documentMoney))) {
                Currency d = single.kind == Operand.Kind.NUMBER && !context.counts(doc, found, single)
                        ? documentCurrency.of(doc, single, single.first, documentMoney) : null;
                if (d == null) {
                    return Step.skipTo(single.last);
                }
                single.typeAsMoney(d, "money.document-currency");
            }
        }
        if (!pass.emits(single.kind)) {
            return Step.NONE;
        }
        if (single.kind == Operand.Kind.MONEY && single.prefixIsName && (filter.looksLikeYear(doc, single.number)
                || ValueFilter.isTitleCaseMidSentence(doc, single.first) && !writtenAsAmount(doc, single.number))) {
            return Step.NONE; // "dollari 2021", "Euro 7" (an emission standard); but "pari ad Euro 1.974.310"
        }
        return mention(doc, found, single);
    }

    /** A number with a scale word or written with grouping or decimal separators: "3.418 migliaia", "1.974.310". */
    private static boolean writtenAsAmount(Document doc, NumberMatch n) {
        if (n.scaled()) {
            return true;
        }
        String digits = doc.token(n.first()).text();
        return digits.indexOf('.') > 0 || digits.indexOf(',') > 0;
    }

    private Step mention(Document doc, ValueClaims found, Operand single) {
        int last = single.last;
        RatePeriod per = single.per;
        if (single.kind == Operand.Kind.MONEY) {
            last = operands.cents(doc, single, last);
            PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, last + 1);
            if (rate != null && !found.anyClaimed(rate.first(), rate.last())) {
                per = rate.value();
                last = rate.last();
            }
        }
        PhraseTable.Match<Qualifier> before = hedges.before(doc, found, single.first);
        Qualifier q = before == null ? null : before.value();
        PhraseTable.Match<Qualifier> after = words.qualifiersAfter.startingAt(doc, last + 1);
        if (after != null && !found.anyClaimed(after.first(), after.last())
                && doc.sameSentence(last, after.last())
                && words.qualifiers.startingAt(doc, after.first() + 1) == null) { // not "e più piccolo di"
            q = after.value(); // "500 o più"
            last = after.last();
            before = null;
        }
        BoundPairReader.Bound bound = before == null ? null : bounds.read(doc, found, single, q, last);
        if (bound != null) { // "superiore a 1000 e inferiore a 1500"
            Operand other = bound.other();
            BigDecimal lo = bound.firstIsLower() ? single.number.value() : other.number.value();
            BigDecimal hi = bound.firstIsLower() ? other.number.value() : single.number.value();
            Operand shape = single.currency != null ? single : other;
            Mention m = shape.mention(doc, new Amount(null, lo, hi, null), before.first(), other.last, null,
                    Operand.kindName(single.kind) + ".bounds");
            return Step.found(m, before.first(), other.last);
        }
        Amount amount = Amount.of(single.number.value(), q);
        int[] noun = single.kind == Operand.Kind.NUMBER && last == single.number.last()
                ? nouns.find(doc, found, single.number) : null;
        if (noun != null) { // "3.500 nuove assunzioni", "due porte", "quattro voli al giorno"
            PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, noun[1] + 1);
            RatePeriod nounPer = rate != null && !found.anyClaimed(rate.first(), rate.last())
                    && doc.sameSentence(noun[1], rate.last()) ? rate.value() : null;
            last = nounPer == null ? noun[1] : rate.last();
            Mention m = CountedNounFallback.quantity(doc, amount, single.first, noun, last, nounPer,
                    single.number.rule().equals("number.scale-word") ? "quantity.scale-word" // "del milione di iscritti"
                            : "quantity.noun-fallback");
            return Step.found(m, single.first, last);
        }
        if (single.kind == Operand.Kind.NUMBER && last == single.number.last() && pass == ValueAnnotator.Pass.NUMBERS) {
            Mention count = context.count(doc, found, single, amount); // "contro i 16,5", "ne ha aggiunti 1,93 milioni"
            if (count != null) {
                return Step.found(count, single.first, last);
            }
        }
        return Step.found(single.mention(doc, amount, single.first, last, per, single.rule), single.first, last);
    }
}
