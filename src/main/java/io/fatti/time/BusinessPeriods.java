package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.time.TimeLexicon.Role;
import io.fatti.time.TokenScanner.Match;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Reporting periods as the financial press writes them. */
final class BusinessPeriods {

    private BusinessPeriods() {
    }

    static final List<TimeRule> RULES = List.of(new MonthsEndingOn());

    /**
     * "nei nove mesi al 30 settembre" (January to September), "nei tre mesi chiusi il 31 dicembre scorso" (the
     * fourth quarter), "il semestre chiuso al 30 giugno 2023", "nei 12 mesi terminati il 31 marzo": a period of
     * whole months ending on a named day. A quarter, half or year that lines up with the calendar is named as such.
     */
    static final class MonthsEndingOn implements TimeRule {

        @Override
        public String name() {
            return "time.period.months-ending";
        }

        @Override
        public Match read(TemporalGrammar g, int i) {
            int count = g.cardinal(i);
            int u = count > 0 ? i + 1 : i;
            if (count <= 0) {
                count = 1;
            }
            TimeLexicon.Unit unit = g.lex.units.get(g.w(u));
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
            if (g.w(k).equals("fiscale") || g.w(k).equals("finanziario") || g.role(k, Role.CALENDAR)) {
                k++;
            }
            if (!g.role(k, Role.PERIOD_END) || !g.free(k)) {
                return null;
            }
            boolean direct = g.role(k, Role.TO); // "al 30 settembre"
            k++;
            if (!direct) {
                if (g.role(k, Role.PERIOD_END) && g.role(k, Role.TO) || g.w(k).equals("a")) {
                    k++; // "chiusi al", "fino al", "terminati a fine"
                } else {
                    k = g.skipArticle(k); // "chiusi il 31 dicembre"
                }
            }
            Match day = g.inner(k);
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
