package io.fatti.mention;

import io.fatti.core.Span;
import java.time.LocalDate;

/**
 * A date, period, duration or recurring set: "terzo trimestre 2021" is DATE 2021-Q3 from 2021-07-01 to 2021-09-30.
 *
 * @param kind     DATE, DURATION or SET
 * @param timex    TIMEX3 value: {@code 2021-11-22}, {@code 2021-Q3}, {@code 2021-H2}, {@code P9M}, {@code XXXX-Q3}
 * @param from     first day covered (inclusive), or null when not determinable
 * @param to       last day covered (inclusive), or null when not determinable
 * @param grain    the granularity of the expression
 * @param modifier START, MID, END, BY ("entro"), APPROX..., or null
 * @param fiscal   true for fiscal periods, whose calendar mapping depends on the company (from/to are then null)
 */
public record Temporal(Span span, String text, String rule, Kind kind, String timex, LocalDate from, LocalDate to,
                       Grain grain, TimeModifier modifier, boolean fiscal) implements Mention {

    public enum Kind { DATE, DURATION, SET }

    public enum Grain { SECOND, MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY }

    @Override
    public MentionType type() {
        return switch (kind) {
            case DATE -> MentionType.DATE;
            case DURATION -> MentionType.DURATION;
            case SET -> MentionType.SET;
        };
    }
}
