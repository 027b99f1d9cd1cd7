package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.mention.TimeModifier;
import java.time.LocalDate;

/**
 * The resolved value of a temporal expression before it becomes a mention (which adds span, text and rule).
 *
 * @param kind     DATE, DURATION or SET
 * @param timex    TIMEX3 value; ranges as {@code first/last} (both inclusive at the grain: {@code 2020/2023})
 * @param from     first day covered (inclusive), or null
 * @param to       last day covered (inclusive), or null
 * @param grain    granularity
 * @param modifier START, MID, END, BY..., or null
 * @param fiscal   a fiscal period (no calendar dates)
 */
record TimeValue(Kind kind, String timex, LocalDate from, LocalDate to, Grain grain, TimeModifier modifier,
                 boolean fiscal) {

    static TimeValue date(String timex, LocalDate from, LocalDate to, Grain grain) {
        return new TimeValue(Kind.DATE, timex, from, to, grain, null, false);
    }

    TimeValue withModifier(TimeModifier m) {
        return new TimeValue(kind, timex, from, to, grain, m, fiscal);
    }

    TimeValue withBounds(LocalDate newFrom, LocalDate newTo) {
        return new TimeValue(kind, timex, newFrom, newTo, grain, modifier, fiscal);
    }

    TimeValue withTimex(String t) {
        return new TimeValue(kind, t, from, to, grain, modifier, fiscal);
    }

    /** True when the value names a single resolved day (so a clock time can attach to it). */
    boolean isDay() {
        return grain == Grain.DAY && from != null && from.equals(to) && kind == Kind.DATE;
    }

    /** True when the timex is fully known (no X placeholders). */
    boolean resolved() {
        return timex.indexOf('X') < 0;
    }

    /** The year this value lies in, when it lies in one known year (for anaphora). */
    Integer year() {
        if (from != null && to != null && from.getYear() == to.getYear()) {
            return from.getYear();
        }
        return null;
    }
}
