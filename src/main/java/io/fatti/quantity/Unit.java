package io.fatti.quantity;

/**
 * A unit of measure.
 *
 * @param id   CLDR-style id: {@code gigabyte}, {@code milliampere-hour}, {@code inch}, {@code year-person}
 * @param kind what it measures
 */
public record Unit(String id, UnitKind kind) {

    public Unit {
        if (id == null || id.isBlank() || kind == null) {
            throw new IllegalArgumentException("a unit needs an id and a kind");
        }
    }
}
