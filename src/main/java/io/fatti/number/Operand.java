package io.fatti.number;

import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.RatePeriod;
import io.fatti.text.Document;
import java.util.Currency;

/**
 * One side of a value as read: an optional currency before, the number, and what follows it ("%", "di dollari",
 * "centesimi", "°"). The readers fill it in and the typing rules may retype a bare NUMBER (kind, currency, rule), so it
 * is mutable; it lives for the reading of one value.
 */
final class Operand {

    /** What a value is. */
    enum Kind { MONEY, PERCENT, NUMBER, ORDINAL }

    int first;            // first token (currency prefix or number)
    int last;             // last token (number or its suffix)
    NumberMatch number;
    Kind kind = Kind.NUMBER;
    Currency currency;
    boolean prefixIsName; // the currency before is a word ("dollari 996"), not a sign
    String rule;
    RatePeriod per;       // a rate period inherited from the counterpart ("da 6,99 a 7,99 euro al mese")

    /** Retypes a bare number as money by a contextual rule. */
    void typeAsMoney(Currency c, String byRule) {
        kind = Kind.MONEY;
        currency = c;
        rule = byRule;
    }

    static String kindName(Kind kind) {
        return switch (kind) {
            case MONEY -> "money";
            case PERCENT -> "percent";
            case ORDINAL -> "ordinal";
            case NUMBER -> "number";
        };
    }

    /** The mention of this operand's kind and currency over tokens {@code first..last}. */
    Mention mention(Document doc, Amount amount, int first, int last, RatePeriod per, String rule) {
        Span sp = doc.tokenSpan(first, last);
        String text = doc.original(sp);
        return switch (kind) {
            case MONEY -> new Money(sp, text, rule, amount, currency, per, null);
            case PERCENT -> new Percentage(sp, text, rule, amount, null);
            case ORDINAL -> new NumberMention(sp, text, rule, amount, true, null);
            case NUMBER -> new NumberMention(sp, text, rule, amount, false, null);
        };
    }
}
