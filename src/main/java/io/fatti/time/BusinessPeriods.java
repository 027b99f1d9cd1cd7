package io.fatti.time;

import io.fatti.text.Token;
import io.fatti.mention.Temporal.Grain;
import io.fatti.time.TimeLexicon.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Reporting periods as the financial press writes them. */
final class BusinessPeriods {

    private BusinessPeriods() {
    }

    static final List<TimeRule> RULES = List.of(new MonthsEndingOn(), new MonthsOfYear(), new MonthsCode());

    /** The first {@code months} months of a year: P9M, January to September. */
    static TimeValue firstMonths(int months, Integer year) {
        String timex = Periods.duration(months, Grain.MONTH);
        if (year == null) {
            return Periods.unresolved(timex, Grain.MONTH);
        }
        YearMonth first = YearMonth.of(year, 1);
        return Periods.months(first, first.plusMonths(months - 1L), timex);
    }

    /** "nei nove mesi del 2019", "i sei mesi dell'anno": a year's months counted from January. */
    static final class MonthsOfYear extends NamedRule {

        MonthsOfYear() {
            super("time.period.months-of-year");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int count = g.cardinal(i);
            TimeLexicon.Unit unit = g.unitAt(i + 1);
            if (count < 2 || count > 12 || unit == null || unit.grain() != Grain.MONTH || unit.count() != 1
                    || !g.isPlural(i + 1) || !g.free(i + 1) || !g.role(i + 2, Role.OF)) {
                return null;
            }
            YearSpec ys = g.periods.yearSpec(i + 2);
            if (ys == null || ys.fiscal() || ys.year() == null && !g.is(i + 3, Word.YEAR)) {
                return null;
            }
            return match(i, ys.end(), firstMonths(count, ys.year()), ys.absolute());
        }
    }

    /** "9M 2023", "9M23", "nei 6M": the first three, six, nine or twelve months, as results are labelled. */
    static final class MonthsCode extends NamedRule {

        MonthsCode() {
            super("time.period.months-code", Token.Kind.NUMBER);
        }

        @Override
        public Match read(TimeScan g, int i) {
            int count = g.digits(i);
            if (count != 3 && count != 6 && count != 9 && count != 12 || !g.free(i + 1) || !g.doc.glued(i + 1)) {
                return null;
            }
            String code = g.doc.token(i + 1).text();
            if (code.equals("M")) {
                YearSpec ys = g.periods.yearSpec(i + 2);
                if (ys != null && ys.year() != null && !ys.fiscal()) {
                    return match(i, ys.end(), firstMonths(count, ys.year()), ys.absolute());
                }
                return g.role(i - 1, Role.IN) || g.role(i - 1, Role.OF)
                        ? match(i, i + 1, firstMonths(count, g.ref.contextYear()), false) : null;
            }
            if (code.length() == 3 && code.charAt(0) == 'M' && TimeScan.allDigits(code, 1)) {
                int y = TimeScan.century(Integer.parseInt(code.substring(1)));
                return match(i, i + 1, firstMonths(count, y), true);
            }
            return null;
        }
    }

    /**
     * "nei nove mesi al 30 settembre" (January to September), "nei tre mesi chiusi il 31 dicembre scorso" (the
     * fourth quarter), "il semestre chiuso al 30 giugno 2023", "nei 12 mesi terminati il 31 marzo": a period of
     * whole months ending on a named day. A quarter, half or year that lines up with the calendar is named as such.
     */
    static final class MonthsEndingOn extends NamedRule {

        MonthsEndingOn() {
            super("time.period.months-ending");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int count = g.cardinal(i);
            int u = count > 0 ? i + 1 : i;
            if (count <= 0) {
                count = 1;
            }
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || !g.free(u) || unit.abbreviation()) {
                return null;
            }
            int months = switch (unit.grain()) {
                case MONTH -> unit.count();
                case QUARTER -> 3;
                case HALF -> 6;
                case YEAR -> unit.count() == 1 ? 12 : -1;
                default -> -1;
            } * count;
            if (months <= 0 || months > 24 || count > 1 && !g.isPlural(u) || count == 1 && u > i && g.isPlural(u)) {
                return null;
            }
            int k = u + 1;
            if (g.is(k, Word.FISCAL) || g.is(k, Word.FINANCIAL) || g.role(k, Role.CALENDAR)) {
                k++;
            }
            if (!g.role(k, Role.PERIOD_END) || !g.free(k)) {
                return null;
            }
            boolean direct = g.role(k, Role.TO); // "al 30 settembre"
            k++;
            if (!direct) {
                if (g.role(k, Role.PERIOD_END) && g.role(k, Role.TO) || g.is(k, Word.AT)) {
                    k++; // "chiusi al", "fino al", "terminati a fine"
                } else {
                    k = g.skipArticle(k); // "chiusi il 31 dicembre"
                }
            }
            Match day = g.grammar.inner(k);
            if (day == null || !day.value().isDay() && !(day.value().grain() == Grain.MONTH
                    && day.value().modifier() != null && day.value().to() != null)) {
                return null;
            }
            LocalDate last = day.value().to();
            LocalDate first = YearMonth.from(last).minusMonths(months - 1L).atDay(1);
            boolean monthEnd = last.equals(YearMonth.from(last).atEndOfMonth());
            TimeValue v;
            int m = last.getMonthValue();
            if (monthEnd && months == 3 && m % 3 == 0) {
                v = Periods.quarter(last.getYear(), m / 3);
            } else if (monthEnd && months == 6 && m % 6 == 0) {
                v = Periods.half(last.getYear(), m / 6);
            } else if (monthEnd && months == 12 && m == 12) {
                v = Periods.year(last.getYear());
            } else {
                if (!monthEnd) {
                    first = last.minusMonths(months).plusDays(1);
                }
                v = TimeValue.date(Periods.duration(months, Grain.MONTH), first, last, Grain.MONTH);
            }
            if (unit.grain() == Grain.YEAR && !(monthEnd && m == 12)) {
                v = new TimeValue(v.kind(), v.timex(), v.from(), v.to(), v.grain(), null, false);
            }
            return match(i, day.end(), v, day.absoluteYear());
        }
    }
}
