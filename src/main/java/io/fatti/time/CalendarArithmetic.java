package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Days and weeks counted inside a named period: "la terza settimana del 2027", "l'ultimo weekend del 2015". */
final class CalendarArithmetic {

    private CalendarArithmetic() {
    }

    static final List<TimeRule> RULES = List.of(new WeekOfYear(), new OrdinalWeekend(), new WeekdayInWeek(),
            new DayOfRelativeMonth(), new MonthDay(), new PartOfMonth());

    /** "la seconda metà di marzo" (16-31), "la prima decade di marzo" (1-10), "l'ultima decade di maggio". */
    static final class PartOfMonth extends NamedRule {

        PartOfMonth() {
            super("time.period.part-of-month");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int[] ord = g.ordinalAt(i, 3, true);
            if (ord == null) {
                return null;
            }
            String part = g.w(ord[1]);
            int parts = g.lex.is(part, Word.HALF_NOUN) || g.lex.is(part, Word.HALF_NOUN_UNACCENTED) ? 2
                    : g.lex.is(part, Word.DECADE_TEN_DAYS) ? 3 : 0;
            if (parts == 0 || !g.role(ord[1] + 1, Role.OF) || !g.free(ord[1])) {
                return null;
            }
            int n = ord[0] > 0 ? ord[0] : parts + 1 + ord[0];
            if (n < 1 || n > parts) {
                return null;
            }
            int k = ord[1] + 2;
            if (g.is(k, Word.MONTH) && g.role(k + 1, Role.OF)) {
                k += 2;
            }
            Match month = g.grammar.core(k);
            if (month == null && g.is(k, Word.MONTH)) {
                // "la prima metà del mese": this month, or the one the text is about
                month = g.calendar.relativeUnit(k);
                month = month != null ? month : g.calendar.anaphoricUnit(k, Grain.MONTH);
            }
            if (month == null || month.value().grain() != Grain.MONTH || month.value().from() == null
                    || month.value().modifier() != null || month.value().fiscal()) {
                return null;
            }
            LocalDate first = month.value().from();
            LocalDate last = month.value().to();
            LocalDate from;
            LocalDate to;
            if (parts == 2) {
                from = n == 1 ? first : first.withDayOfMonth(16);
                to = n == 1 ? first.withDayOfMonth(15) : last;
            } else {
                from = first.withDayOfMonth(10 * (n - 1) + 1);
                to = n == 3 ? last : first.withDayOfMonth(10 * n);
            }
            TimeValue v = new TimeValue(io.fatti.mention.Temporal.Kind.DATE, from + "/" + to, from, to, Grain.DAY,
                    null, false);
            return match(i, month.end(), v, month.absoluteYear());
        }
    }

    /** "la terza settimana del 2027" (ISO week 3), "l'ultima settimana dell'anno". */
    static final class WeekOfYear extends NamedRule {

        WeekOfYear() {
            super("time.week.of-year");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int[] ord = g.ordinalAt(i, 53, true);
            if (ord == null || !g.is(ord[1], Word.WEEK) || !g.free(ord[1])) {
                return null;
            }
            YearSpec ys = g.periods.yearSpec(ord[1] + 1);
            if (ys == null || ys.year() == null || ys.fiscal()) {
                return null;
            }
            LocalDate anyDay = LocalDate.of(ys.year(), 7, 1);
            long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            int n = ord[0] > 0 ? ord[0] : (int) weeks + 1 + ord[0];
            if (n < 1 || n > weeks) {
                return null;
            }
            LocalDate d = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n);
            return match(i, ys.end(), Periods.week(d), ys.absolute());
        }
    }

    /** "l'ultimo weekend del 2015", "il primo fine settimana di ottobre". */
    static final class OrdinalWeekend extends NamedRule {

        OrdinalWeekend() {
            super("time.weekend.ordinal");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int[] ord = g.ordinalAt(i, 5, true);
            if (ord == null) {
                return null;
            }
            int end = g.periods.weekendWord(ord[1]);
            if (end < 0 || !g.role(end + 1, Role.OF)) {
                return null;
            }
            LocalDate first;
            LocalDate last;
            int stop;
            boolean absolute;
            int[] mEnd = new int[1];
            int month = g.month(end + 2, true, mEnd);
            YearSpec ys;
            if (month > 0) {
                ys = g.periods.yearSpec(mEnd[0] + 1);
                Integer y = ys != null && ys.year() != null ? ys.year() : g.ref.yearOf(month, 0);
                if (y == null) {
                    return null;
                }
                first = YearMonth.of(y, month).atDay(1);
                last = YearMonth.of(y, month).atEndOfMonth();
                stop = ys != null && ys.year() != null ? ys.end() : mEnd[0];
                absolute = ys != null && ys.absolute();
            } else {
                ys = g.periods.yearSpec(end + 1);
                if (ys == null || ys.year() == null || ys.fiscal()) {
                    return null;
                }
                first = LocalDate.of(ys.year(), 1, 1);
                last = LocalDate.of(ys.year(), 12, 31);
                stop = ys.end();
                absolute = ys.absolute();
            }
            LocalDate saturday = ord[0] > 0
                    ? first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(ord[0] - 1L)
                    : last.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                            .minusWeeks(-ord[0] - 1L);
            if (saturday.isBefore(first) || saturday.isAfter(last)) {
                return null;
            }
            TimeValue v = TimeValue.date(Periods.week(saturday).timex() + "-WE", saturday, saturday.plusDays(1),
                    Grain.DAY);
            return match(i, stop, v, absolute);
        }
    }

    /** "la prossima settimana, domenica", "la settimana scorsa, martedì": that weekday of that week. */
    static final class WeekdayInWeek extends NamedRule {

        WeekdayInWeek() {
            super("time.weekday.in-week", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.unitWithin(i, i + 3, Grain.WEEK)) {
                return null; // the relative week is a few words with "settimana" among them
            }
            Match week = g.calendar.relativeUnit(i);
            if (week == null || week.value().grain() != Grain.WEEK || week.value().from() == null) {
                return null;
            }
            int k = week.end() + 1;
            if (g.symbol(k, ",")) {
                k++;
            }
            TimeLexicon.NameEntry wd = g.weekdayAt(k);
            if (wd == null || !wd.full() || !g.free(k)) {
                return null;
            }
            LocalDate d = week.value().from().plusDays(wd.value() - 1L);
            return match(i, k, Periods.day(d), false);
        }
    }

    /** "il 23 di questo mese", "il 5 del mese prossimo", "il 10 del mese scorso". */
    static final class DayOfRelativeMonth extends NamedRule {

        DayOfRelativeMonth() {
            super("time.date.day-of-relative-month", Token.Kind.NUMBER);
        }

        @Override
        public Match read(TimeScan g, int i) {
            int[] day = g.calendar.dayNumber(i);
            if (day == null || !g.role(day[1] + 1, Role.OF) || g.doc.token(i).kind() != Token.Kind.NUMBER) {
                return null;
            }
            Match month = g.calendar.relativeUnit(day[1] + 2);
            if (month == null || month.value().grain() != Grain.MONTH || month.value().from() == null) {
                if (month != null && month.value().grain() == Grain.MONTH) {
                    return match(i, month.end(), Periods.unresolved("XXXX-XX-" + Periods.pad2(day[0]),
                            Grain.DAY), false);
                }
                return null;
            }
            YearMonth ym = YearMonth.from(month.value().from());
            if (day[0] > ym.lengthOfMonth()) {
                return null;
            }
            return match(i, month.end(), Periods.day(ym.atDay(day[0])), false);
        }
    }

    /**
     * "Novembre 19-20", "novembre 19, 2021": the month before the day, as headlines and agendas write it. The day
     * must end the phrase (a dash and a second day, a comma, a year or punctuation), so "a giugno 30 dipendenti"
     * stays a count.
     */
    static final class MonthDay extends NamedRule {

        MonthDay() {
            super("time.date.month-day", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            TimeLexicon.NameEntry e = g.monthAt(i);
            if (e == null || !e.full() || !g.free(i)) {
                return null;
            }
            int d = g.digits(i + 1);
            if (d < 1 || d > 31 || g.digitCount(i + 1) > 2) {
                return null;
            }
            int month = e.value();
            int end = i + 1;
            int d2 = -1;
            if (g.gluedSymbol(i + 2, "-") && g.doc.glued(i + 3)) {
                d2 = g.digits(i + 3);
                if (d2 <= d || d2 > 31 || g.digitCount(i + 3) > 2) {
                    return null;
                }
                end = i + 3;
            }
            Integer year = null;
            boolean absolute = false;
            int k = end + 1;
            if (g.symbol(k, ",") && g.year4(k + 1) > 0) {
                k++;
            }
            if (g.year4(k) > 0) {
                year = g.year4(k);
                end = k;
                absolute = true;
            } else if (!g.isPunctuationOrEnd(end + 1) && d2 < 0 && !g.capitalised(i)) {
                return null;
            } else if (!g.isPunctuationOrEnd(end + 1) && d2 < 0 && !g.isSentenceStart(i)) {
                return null;
            }
            if (!TimeScan.validMonthDay(month, Math.max(d, d2))) {
                return null;
            }
            if (year == null) {
                year = g.ref.yearOf(month, d);
            }
            if (year == null) {
                String t = "XXXX-" + Periods.pad2(month) + "-" + Periods.pad2(d);
                String range = d2 < 0 ? t : t + "/XXXX-" + Periods.pad2(month) + "-" + Periods.pad2(d2);
                return match(i, end, Periods.unresolved(range, Grain.DAY), false);
            }
            LocalDate a = TimeScan.date(year, month, d);
            if (a == null) {
                return null;
            }
            if (d2 < 0) {
                return match(i, end, Periods.day(a), absolute);
            }
            LocalDate b = a.withDayOfMonth(d2);
            return match(i, end, new TimeValue(io.fatti.mention.Temporal.Kind.DATE, a + "/" + b, a, b, Grain.DAY,
                    null, false), absolute);
        }
    }
}
