package io.fatti.quantity;

/**
 * A unit found in the text after a number.
 *
 * @param unit       the unit
 * @param firstToken the unit's first token
 * @param lastToken  the unit's last token (inclusive)
 * @param ageOnly    the unit is an age only in an age context ("anni"); elsewhere the caller drops it
 * @param degrees    bare degrees ("gradi", "°"): a temperature unless the context speaks of angles
 */
public record UnitMatch(Unit unit, int firstToken, int lastToken, boolean ageOnly, boolean degrees) {

    public String unitId() {
        return unit.id();
    }

    public UnitKind kind() {
        return unit.kind();
    }
}
