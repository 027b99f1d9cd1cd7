package io.fatti.mention;

import java.math.BigDecimal;

/**
 * A change undergone by a value: "in aumento dell'8,2% su base annua" is UP 8.2 PERCENT YOY.
 *
 * @param direction UP or DOWN
 * @param value     the size of the change (8.2 for 8,2%; 2 for "raddoppiato" with unit FACTOR), or null if unstated
 * @param unit      what {@code value} counts
 * @param basis     what the change is measured against, or null when unstated
 * @param reference a named reference when the basis is neither YOY nor QOQ ("rispetto all'inizio del 2021"), or null
 * @param qualifier hedge on the size ("di circa 100 milioni"), or null
 */
public record Change(Direction direction, BigDecimal value, Unit unit, Basis basis, String reference,
                     Qualifier qualifier) {

    public enum Direction { UP, DOWN }

    /** PERCENT: relative change in %; POINTS: percentage points; ABSOLUTE: same unit as the value; FACTOR: ×N. */
    public enum Unit { PERCENT, POINTS, ABSOLUTE, FACTOR }

    /** YOY: year on year; QOQ: quarter on quarter; MOM: month on month. */
    public enum Basis { YOY, QOQ, MOM }

    public Change {
        if (direction == null) {
            throw new IllegalArgumentException("direction is null");
        }
    }
}
