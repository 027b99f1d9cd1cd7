package io.fatti.mention;

import java.math.BigDecimal;

/**
 * A numeric value as written: a point value, or a range ("tra 10 e 15 milioni") with both ends, plus the
 * qualifier that hedges it ("quasi", "oltre"). For a point value {@code low} and {@code high} are null; for a
 * range {@code value} is null.
 */
public record Amount(BigDecimal value, BigDecimal low, BigDecimal high, Qualifier qualifier) {

    public Amount {
        boolean point = value != null;
        boolean range = low != null && high != null;
        if (point == range || (!range && (low != null || high != null))) {
            throw new IllegalArgumentException("an amount is either a value or a low..high range");
        }
    }

    public static Amount of(BigDecimal value) {
        return new Amount(value, null, null, null);
    }

    public static Amount of(BigDecimal value, Qualifier qualifier) {
        return new Amount(value, null, null, qualifier);
    }

    public static Amount range(BigDecimal low, BigDecimal high) {
        return new Amount(null, low, high, null);
    }

    public boolean isRange() {
        return value == null;
    }

    public Amount withQualifier(Qualifier q) {
        return new Amount(value, low, high, q);
    }
}
