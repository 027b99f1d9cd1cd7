package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Dates written with digits: every common layout, each its own rule. Parts must be glued to their separators
 * ("21/4/16", not "21 / 4"), so scores ("3-1"), versions ("2.3") and phone numbers stay numbers.
 */
final class NumericDates {

    private NumericDates() {
    }

    static final List<TimeRule> RULES = List.of(new DayMonthYear(), new YearMonthDay(), new YearMonthNumeric(),
            new MonthYearNumeric(), new DayMonthNumeric());

    /** The parts of a glued run {@code a SEP b [SEP c]}: separator and the token of each part. */
    private static boolean joined(TimeScan g, int i, String sep) {
        return g.gluedSymbol(i, sep) && g.doc.glued(i + 1) && g.free(i + 1);
    }

    private static final String[] SEPARATORS = {"/", "-"};

    /**
     * The separator of a glued run {@code a SEP b} ({@code count} 1) or {@code a SEP b SEP c} ({@code count} 2) at
     * token i, or null. A token is one symbol, so at most one separator fits.
     */
    private static String separator(TimeScan g, int i, int count) {
        for (String sep : SEPARATORS) {
            if (joined(g, i + 1, sep) && (count < 2 || joined(g, i + 3, sep))) {
                return sep;
            }
        }
        return null;
    }

    /** A month written as a number (1-12, at most two digits) or as a name ("set", "settembre") at i, else -1. */
    private static int monthPart(TimeScan g, int i) {
        int m = g.digits(i);
        if (m >= 0) {
            return m >= 1 && m <= 12 && g.digitCount(i) <= 2 ? m : -1;
        }
        TimeLexicon.NameEntry e = g.monthAt(i);
        return e == null || !g.free(i) ? -1 : e.value();
    }

    /** A year of two or four digits at i ("16" is 2016, "'98" is written without the apostrophe here), else -1. */
    private static int yearPart(TimeScan g, int i) {
        int y = g.digits(i);
        if (y < 0) {
            return -1;
        }
        return switch (g.digitCount(i)) {
            case 2 -> TimeScan.century(y);
            case 4 -> y >= 1000 ? y : -1;
            default -> -1;
        };
    }

    /** "22/11/2021", "21-04-2016", "21/4/16", "23/set/2020", "21.04.2016" (one token). */
    static final class DayMonthYear extends NamedRule {

        DayMonthYear() {
            super("time.date.numeric-dmy");
        }

        @Override
        public Match read(TimeScan g, int i) {
            Token t = g.doc.token(i);
            String s = t.text();
            if (t.kind() == Token.Kind.NUMBER && s.indexOf('.') > 0 && s.indexOf(',') < 0) {
                String[] p = s.split("\\.");
                if (p.length == 3 && p[0].length() <= 2 && p[1].length() <= 2
                        && (p[2].length() == 4 || p[2].length() == 2 && p[1].length() == 2)) {
                    int y = Integer.parseInt(p[2]);
                    LocalDate d = TimeScan.date(p[2].length() == 2 ? TimeScan.century(y) : y,
                            Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                    return d == null ? null : match(i, i, Periods.day(d), true);
                }
                return null;
            }
            int day = g.digits(i);
            if (day < 1 || day > 31 || g.digitCount(i) > 2) {
                return null;
            }
            String sep = separator(g, i, 2);
            if (sep != null) {
                int m = monthPart(g, i + 2);
                int y = yearPart(g, i + 4);
                boolean wordMonth = g.digits(i + 2) < 0;
                if (m < 0 || y < 0 || sep.equals("-") && !wordMonth && g.digitCount(i + 4) == 2
                        && g.digitCount(i + 2) == 1) {
                    return null; // "3-1-2" is not a date; "21-04-16" and "3-gen-21" are
                }
                if (!g.notFollowedByValueSign(i + 4)) {
                    return null;
                }
                LocalDate d = TimeScan.date(y, m, day);
                return d == null ? null : match(i, i + 4, Periods.day(d), true);
            }
            return null;
        }
    }

    /** "2021-11-22", "2015/08/12". */
    static final class YearMonthDay extends NamedRule {

        YearMonthDay() {
            super("time.date.numeric-ymd");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int y = g.year4(i);
            if (y < 0) {
                return null;
            }
            String sep = separator(g, i, 2);
            if (sep != null) {
                int m = g.digits(i + 2);
                int d = g.digits(i + 4);
                if (m < 1 || m > 12 || d < 1 || g.digitCount(i + 4) > 2 || g.digitCount(i + 2) > 2) {
                    return null;
                }
                LocalDate date = TimeScan.date(y, m, d);
                return date == null ? null : match(i, i + 4, Periods.day(date), true);
            }
            return null;
        }
    }

    /** "2015-3", "2019-12", "2020/06": a year and a month (not "2021-23", "2020/21", which are year ranges). */
    static final class YearMonthNumeric extends NamedRule {

        YearMonthNumeric() {
            super("time.date.numeric-ym");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int y = g.year4(i);
            if (y < 1900 || y > 2100) {
                return null;
            }
            String sep = separator(g, i, 1);
            if (sep != null) {
                int m = g.digits(i + 2);
                int len = m < 0 ? 0 : g.digitCount(i + 2);
                if (m < 1 || m > 12 || len > 2 || g.gluedSymbol(i + 3, sep) || g.gluedSymbol(i + 3, "%")) {
                    return null;
                }
                int asYear = (y / 100) * 100 + m;
                if (len == 2 && asYear > y && (sep.equals("-") || asYear == y + 1)) {
                    return null; // "2010-12", "2020/21": the second number ends a span of years
                }
                if (!g.notFollowedByValueSign(i + 2)) {
                    return null;
                }
                return match(i, i + 2, Periods.month(YearMonth.of(y, m)), true);
            }
            return null;
        }
    }

    /** "04/2022", "4/2022"; after a date cue also "il 4/22" (April 2022, as the day cannot be 22 months). */
    static final class MonthYearNumeric extends NamedRule {

        MonthYearNumeric() {
            super("time.date.numeric-my");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int m = g.digits(i);
            if (m < 1 || m > 12 || g.digitCount(i) > 2 || !joined(g, i + 1, "/") || g.gluedSymbol(i + 3, "/")) {
                return null;
            }
            int y;
            int len = g.digitCount(i + 2);
            int v = g.digits(i + 2);
            if (v < 0 || !g.notFollowedByValueSign(i + 2)) {
                return null;
            }
            if (documentNumber(g, i)) {
                return null; // "circolare n. 12/2024" is the twelfth circular of 2024
            }
            if (len == 4 && v >= 1900 && v <= 2100) {
                y = v;
            } else if (len == 2 && v > 12 && NumericDates.cued(g, i)) {
                y = TimeScan.century(v);
            } else {
                return null;
            }
            return match(i, i + 2, Periods.month(YearMonth.of(y, m)), true);
        }
    }

    /** "il 15/02", "dal 3/4", "29/2" (its year by orientation; a leap year for 29/2); "30/2" is no date. */
    static final class DayMonthNumeric extends NamedRule {

        DayMonthNumeric() {
            super("time.date.numeric-dm");
        }

        @Override
        public Match read(TimeScan g, int i) {
            int a = g.digits(i);
            if (a < 1 || a > 31 || g.digitCount(i) > 2 || !joined(g, i + 1, "/") || g.gluedSymbol(i + 3, "/")) {
                return null;
            }
            int m = g.digits(i + 2);
            if (m < 1 || m > 12 || g.digitCount(i + 2) > 2 || g.gluedSymbol(i + 3, "%")) {
                return null;
            }
            // Day and month only: needs a cue ("il 15/02", "dal 3/4") or a clock time after, so 24/7 and 1/3 stay.
            if (!cued(g, i) && !(g.is(i + 3, Word.AT_THE_HOURS) && i + 3 < g.n)) {
                return null;
            }
            Match dm = g.calendar.dayOfMonthValue(i, i + 2, m, a);
            return dm == null ? null : dm.withValue(dm.value(), name());
        }
    }

    /** A number sign before token i ("n. 12/2024", "nr 3/2023", "prot. 5/2024"). */
    static boolean documentNumber(TimeScan g, int i) {
        return g.is(i - 1, Word.NUMBER_SIGN) || g.symbol(i - 1, ".") && g.is(i - 2, Word.NUMBER_SIGN);
    }

    /** A date cue before token i: an article or a preposition that takes dates ("il", "dal", "al", "entro"). */
    static boolean cued(TimeScan g, int i) {
        String prev = g.w(i - 1);
        io.fatti.text.PhraseTable.Match<TimeLexicon.Shift> sh = g.shiftAt(i - 1);
        boolean shifted = sh != null && sh.last() == i - 1 && !sh.value().fromMention() && sh.value().offset() != 0;
        return shifted || g.role(i - 1, Role.ARTICLE) || g.lex.is(prev, Word.FROM_THE) || g.lex.is(prev, Word.TO_THE)
                || g.role(i - 1, Role.BY)
                || g.lex.is(prev, Word.OF_THE) || g.lex.is(prev, Word.IN_THE);
    }
}
