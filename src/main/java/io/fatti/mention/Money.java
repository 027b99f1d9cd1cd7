package io.fatti.mention;

import io.fatti.core.Span;
import java.util.Currency;

/**
 * An amount of money: "12,22 miliardi di dollari" is 12220000000 USD.
 *
 * @param per a rate period ("12,99 euro al mese": MONTH), or null
 */
public record Money(Span span, String text, String rule, Amount amount, Currency currency, RatePeriod per,
                    Change change) implements ValueMention {

    @Override
    public MentionType type() {
        return MentionType.MONEY;
    }

    @Override
    public Money withChange(Change newChange) {
        return new Money(span, text, rule, amount, currency, per, newChange);
    }
}
