package io.fatti.mention;

import io.fatti.core.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * A counted or measured quantity: "43,9 milioni di unità" (noun "unità"), "256 GB" (unit "gigabyte"),
 * "2.778 x 1.284 pixel" (dimensions [2778, 1284], unit "pixel").
 *
 * @param unit       CLDR-style unit id ("gigabyte", "milliampere-hour", "inch"), or null for counted nouns
 * @param noun       the counted thing as written ("utenti"), or null for physical units
 * @param per        a rate period ("5,2 exabyte al mese"), or null
 * @param dimensions every factor of a product of dimensions, in order; empty for a single value
 */
public record Quantity(Span span, String text, String rule, Amount amount, String unit, String noun,
                       RatePeriod per, List<BigDecimal> dimensions, Change change) implements ValueMention {

    public Quantity {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    @Override
    public MentionType type() {
        return MentionType.QUANTITY;
    }

    @Override
    public Quantity withChange(Change newChange) {
        return new Quantity(span, text, rule, amount, unit, noun, per, dimensions, newChange);
    }
}
