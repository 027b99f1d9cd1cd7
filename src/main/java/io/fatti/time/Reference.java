package io.fatti.time;

import io.fatti.ArticleContext;
import io.fatti.ArticleContext.DatePrecision;
import io.fatti.Orientation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * What relative expressions are resolved against in one article: the publication date as far as it is known,
 * the orientation for bare weekdays and months, and what the article has mentioned so far (the year in focus and
 * the last period named, for "il primo trimestre" and "lo stesso periodo dell'anno precedente"). One per document.
 */
final class Reference {

    private final ArticleContext context;
    /** The year of the last absolute date the article named ("nel 2022, ... nella seconda metà dell'anno"). */
    private Integer focusYear;
    /** The last period the article named (for "stesso periodo dell'anno precedente"). */
    private TimeValue lastPeriod;

    Reference(ArticleContext context) {
        this.context = context;
    }

    Orientation orientation() {
        return context.orientation();
    }

    boolean future() {
        return context.orientation() == Orientation.FUTURE;
    }

    /** The publication day, when known to the day. */
    LocalDate day() {
        return context.precision() == DatePrecision.DAY ? context.date() : null;
    }

    /** The publication month, when known to the month. */
    YearMonth month() {
        DatePrecision p = context.precision();
        return p == DatePrecision.DAY || p == DatePrecision.MONTH ? YearMonth.from(context.date()) : null;
    }

    /** The publication year, when known. */
    Integer year() {
        return context.date() == null ? null : context.date().getYear();
    }

    /** The reference instant, when the context has a time of day. */
    LocalDateTime now() {
        return context.time() == null ? null : context.date().atTime(context.time());
    }

    /** The year a bare period ("il primo trimestre") belongs to: the one in focus, else the article's. */
    Integer contextYear() {
        return focusYear != null ? focusYear : year();
    }

    Integer focusYear() {
        return focusYear;
    }

    TimeValue lastPeriod() {
        return lastPeriod;
    }

    /** Records a mention the article made, for later anaphora. */
    void saw(TimeValue v, boolean absoluteYear) {
        if (v.kind() != io.fatti.mention.Temporal.Kind.DATE || v.from() == null || v.fiscal()) {
            return;
        }
        Integer y = v.year();
        if (y != null && absoluteYear) {
            focusYear = y;
        }
        if (v.to() != null && v.grain().compareTo(io.fatti.mention.Temporal.Grain.DAY) > 0) {
            lastPeriod = v;
        }
    }

    /**
     * The year of a month-day named without a year: the year in focus, else by orientation (PAST: the latest
     * occurrence not after the article date; FUTURE: the first not before it). Null when nothing anchors it.
     */
    Integer yearOf(int month, int dayOfMonth) {
        if (focusYear != null) {
            return focusYear;
        }
        Integer y = year();
        if (y == null) {
            return null;
        }
        LocalDate d = day();
        YearMonth m = month();
        if (m == null) {
            return y;
        }
        int cmp;
        if (d != null && dayOfMonth > 0) {
            cmp = MonthDay.of(month, Math.min(dayOfMonth, 28)).withDayOfMonth(dayOfMonth).compareTo(MonthDay.from(d));
        } else {
            cmp = Integer.compare(month, m.getMonthValue());
        }
        if (future()) {
            return cmp < 0 ? y + 1 : y;
        }
        return cmp > 0 ? y - 1 : y;
    }
}
