package io.fatti.quantity;

import java.util.Locale;

/** What a unit measures; written in the data files in lower case with dashes ({@code data-rate}). */
public enum UnitKind {
    INFORMATION, DATA_RATE, CHARGE, POWER, ENERGY, FREQUENCY, LENGTH, AREA, VOLUME, MASS, TEMPERATURE, ANGLE, SPEED,
    RESOLUTION, LUMINANCE, LOUDNESS, AGE;

    /** The kind written as {@code data-rate}, or null when there is none by that name. */
    public static UnitKind parse(String s) {
        for (UnitKind k : values()) {
            if (k.label().equals(s)) {
                return k;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
