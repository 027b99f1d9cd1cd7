package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods as {@link TimeValue}s with their TIMEX3 values and inclusive bounds. */
final class Periods {

    private Periods() {
    }

    static TimeValue day(LocalDate d) {
        return TimeValue.date(d.toString(), d, d, Grain.DAY);
    }

    static TimeValue month(YearMonth m) {
        return TimeValue.date(m.toString(), m.atDay(1), m.atEndOfMonth(), Grain.MONTH);
    }

    static TimeValue year(int y) {
        return TimeValue.date(yearString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Grain.YEAR);
    }

    static TimeValue quarter(int y, int q) {
        LocalDate from = LocalDate.of(y, 3 * q - 2, 1);
        return TimeValue.date(yearString(y) + "-Q" + q, from, YearMonth.of(y, 3 * q).atEndOfMonth(), Grain.QUARTER);
    }

    static TimeValue half(int y, int h) {
        LocalDate from = LocalDate.of(y, 6 * h - 5, 1);
        return TimeValue.date(yearString(y) + "-H" + h, from, YearMonth.of(y, 6 * h).atEndOfMonth(), Grain.HALF);
    }

    static TimeValue decade(int firstYear) {
        return TimeValue.date(Integer.toString(firstYear / 10), LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31), Grain.DECADE);
    }

    /** The ISO week holding {@code d}. */
    static TimeValue week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String timex = pad4(monday.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                + pad2(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return TimeValue.date(timex, monday, monday.plusDays(6), Grain.WEEK);
    }

    /** Months {@code first..last} inclusive, with the given TIMEX3 value (a duration such as P9M, or a range). */
    static TimeValue months(YearMonth first, YearMonth last, String timex) {
        return TimeValue.date(timex, first.atDay(1), last.atEndOfMonth(), Grain.MONTH);
    }

    /** A period known only by its TIMEX3 value ("XXXX-Q3"): no bounds. */
    static TimeValue unresolved(String timex, Grain grain) {
        return TimeValue.date(timex, null, null, grain);
    }

    /** The period of the given grain that holds {@code d}. */
    static TimeValue holding(LocalDate d, Grain grain) {
        return switch (grain) {
            case DAY -> day(d);
            case WEEK -> week(d);
            case MONTH -> month(YearMonth.from(d));
            case QUARTER -> quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case HALF -> half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> year(d.getYear());
            case DECADE -> decade(d.getYear() - Math.floorMod(d.getYear(), 10));
            default -> day(d);
        };
    }

    /** {@code d} moved by {@code n} periods of the grain. */
    static LocalDate plus(LocalDate d, Grain grain, long n) {
        return switch (grain) {
            case DAY -> d.plusDays(n);
            case WEEK -> d.plusWeeks(n);
            case MONTH -> d.plusMonths(n);
            case QUARTER -> d.plusMonths(3 * n);
            case HALF -> d.plusMonths(6 * n);
            case YEAR -> d.plusYears(n);
            case DECADE -> d.plusYears(10 * n);
            case CENTURY -> d.plusYears(100 * n);
            default -> d;
        };
    }

    /** The TIMEX3 letter of a duration unit: P3M, P2Y, P1W, PT4H. */
    static String duration(long n, Grain grain) {
        return switch (grain) {
            case SECOND -> "PT" + n + "S";
            case MINUTE -> "PT" + n + "M";
            case HOUR -> "PT" + n + "H";
            case DAY -> "P" + n + "D";
            case WEEK -> "P" + n + "W";
            case MONTH -> "P" + n + "M";
            case QUARTER -> "P" + n + "Q";
            case HALF -> "P" + (6 * n) + "M";
            case YEAR -> "P" + n + "Y";
            case DECADE -> "P" + n + "DE";
            case CENTURY -> "P" + n + "CE";
            default -> "P" + n;
        };
    }

    /** A two-part duration such as PT13H20M or P1Y6M (the second part in a smaller unit). */
    static String duration(long n1, Grain g1, long n2, Grain g2) {
        String a = duration(n1, g1);
        String b = duration(n2, g2);
        boolean aTime = a.startsWith("PT");
        boolean bTime = b.startsWith("PT");
        if (aTime || !bTime) {
            return a + b.substring(aTime ? 2 : 1);
        }
        return a + b.substring(1); // P2D + PT3H = P2DT3H
    }

    static String yearString(int y) {
        return pad4(y);
    }

    /** {@code v} in at least two digits, as {@code %02d} writes it (without a formatter on the hot path). */
    static String pad2(int v) {
        return v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
    }

    /** {@code v} in at least four digits, as {@code %04d} writes it. */
    static String pad4(int v) {
        if (v >= 1000) {
            return Integer.toString(v);
        }
        if (v < 0) {
            return String.format(java.util.Locale.ROOT, "%04d", v);
        }
        return v < 10 ? "000" + v : v < 100 ? "00" + v : "0" + v;
    }
}
