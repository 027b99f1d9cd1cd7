package io.fatti.time;

import io.fatti.text.PhraseTable;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Business and calendar periods: "terzo trimestre 2021", "Q3", "3Q21", "seconda metà dell'anno", "primi nove mesi",
 * "triennio 2021-2023", fiscal years, "primo martedì di ottobre", seasons, holidays, weekends.
 */
final class PeriodRules {

    final TimeScan scan;

    PeriodRules(TimeScan scan) {
        this.scan = scan;
    }

    YearSpec yearSpec(int i) {
        int y = scan.year4(i);
        if (y > 0 && scan.notFollowedByValueSign(i)) {
            return new YearSpec(i, y, true, false);
        }
        if (scan.symbol(i, "'") && scan.digits(i + 1) >= 0 && scan.digitCount(i + 1) == 2) {
            return new YearSpec(i + 1, TimeScan.century(scan.digits(i + 1)), true, false);
        }
        if (scan.role(i, Role.OF)) {
            y = scan.year4(i + 1);
            if (y > 0 && scan.notFollowedByValueSign(i + 1)) {
                return new YearSpec(i + 1, y, true, false);
            }
            Match rel = scan.calendar.relativeUnit(i + 1);
            if (rel != null && rel.value().grain() == Grain.YEAR) {
                return new YearSpec(rel.end(), rel.value().year(), false, false);
            }
            String s = scan.w(i + 1);
            if (scan.lex.is(s, Word.FINANCIAL_YEAR) || (scan.lex.is(s, Word.YEAR) && (scan.is(i + 2, Word.FISCAL)
                    || scan.is(i + 2, Word.FINANCIAL)))) {
                int k = scan.lex.is(s, Word.FINANCIAL_YEAR) ? i + 2 : i + 3;
                if (scan.is(k, Word.FISCAL)) {
                    k++;
                }
                y = scan.year4(k);
                if (y > 0) {
                    return new YearSpec(k, y, true, true);
                }
            }
            if (scan.lex.is(s, Word.YEAR)) {
                return new YearSpec(i + 1, scan.ref.contextYear(), false, false);
            }
        }
        return null;
    }

    /** "terzo trimestre 2021", "il primo trimestre", "secondo semestre", "primo trimestre fiscale 2023". */
    Match ordinalPeriod(int i) {
        int[] ordinal = scan.ordinalAt(i, 6, true);
        if (ordinal == null) {
            return null;
        }
        int ord = ordinal[0];
        int j = ordinal[1];
        TimeLexicon.Unit unit = scan.unitAt(j);
        if (unit == null || !scan.free(j)) {
            return null;
        }
        int count;
        Grain g = unit.grain();
        if (g == Grain.QUARTER) {
            count = 4;
        } else if (g == Grain.HALF) {
            count = 2;
        } else if (g == Grain.MONTH && unit.count() > 1) {
            count = 12 / unit.count();
        } else {
            return null;
        }
        if (scan.isPlural(j) && !scan.is(j, Word.QUARTER)) {
            return null;
        }
        int end = j;
        boolean fiscal = false;
        if (scan.is(j + 1, Word.FISCAL) || scan.is(j + 1, Word.FINANCIAL)) {
            fiscal = true;
            end = j + 1;
        } else if (scan.role(j + 1, Role.CALENDAR)) {
            end = j + 1; // "il quarto trimestre solare del 2019"
        }
        YearSpec ys = yearSpec(end + 1);
        if (ord < 0) {
            if (ys == null) {
                return null; // "l'ultimo trimestre" alone is relative: left to relativeUnit
            }
            ord = count + 1 + ord;
        }
        if (ord < 1 || ord > count) {
            return null;
        }
        Integer year;
        boolean absolute = false;
        if (ys != null) {
            end = ys.end();
            year = ys.year();
            fiscal |= ys.fiscal();
            absolute = ys.absolute();
        } else {
            year = scan.ref.contextYear();
        }
        if (scan.role(end + 1, Role.NOT_A_DATE_AFTER)) {
            return null; // "il quarto trimestre consecutivo di crescita"
        }
        return new Match(i, end, periodOf(g, unit.count(), ord, year, fiscal), RuleNames.PERIOD_ORDINAL, absolute);
    }

    TimeValue periodOf(Grain g, int unitCount, int ord, Integer year, boolean fiscal) {
        String code = switch (g) {
            case QUARTER -> "Q" + ord;
            case HALF -> "H" + ord;
            default -> unitCount == 4 ? "T" + ord : "B" + ord;
        };
        if (fiscal) {
            String y = year == null ? "XXXX" : Periods.yearString(year);
            return new TimeValue(Kind.DATE, "FY" + y + "-" + code, null, null, g == Grain.MONTH ? Grain.MONTH : g,
                    null, true);
        }
        if (year == null) {
            return Periods.unresolved("XXXX-" + code, g);
        }
        return switch (g) {
            case QUARTER -> Periods.quarter(year, ord);
            case HALF -> Periods.half(year, ord);
            default -> {
                YearMonth first = YearMonth.of(year, (ord - 1) * unitCount + 1);
                yield Periods.months(first, first.plusMonths(unitCount - 1),
                        Periods.yearString(year) + "-" + code);
            }
        };
    }

    /** "Q3 2021", "Q3", "3Q21", "3Q 2021", "H1 2022", "1H22", "FY2022", "FY22", "Q1 FY23". */
    Match quarterCode(int i) {
        Token t = scan.doc.token(i);
        String s = t.lower();
        int ord = -1;
        Grain g = null;
        Integer year = null;
        int end = i;
        boolean fiscal = false;
        if (t.kind() == Token.Kind.ALPHANUMERIC && s.length() >= 2 && (s.charAt(0) == 'q' || s.charAt(0) == 'h')
                && TimeScan.allDigits(s, 1)) {
            // "Q3", "H1", or "Q21" glued after a number ("3Q21")
            g = s.charAt(0) == 'q' ? Grain.QUARTER : Grain.HALF;
            if (s.length() == 2) {
                ord = s.charAt(1) - '0';
            } else {
                return null;
            }
        } else if (t.kind() == Token.Kind.ALPHANUMERIC && scan.lex.startsWith(s, Word.FISCAL_YEAR_LETTERS)
                && TimeScan.allDigits(s, 2)
                && (s.length() == 4 || s.length() == 6)) {
            int y = Integer.parseInt(s.substring(2));
            y = s.length() == 4 ? TimeScan.century(y) : y;
            return new Match(i, i, new TimeValue(Kind.DATE, "FY" + y, null, null, Grain.YEAR, null, true),
                    RuleNames.PERIOD_FISCAL_YEAR, true);
        } else if (t.kind() == Token.Kind.NUMBER && t.length() == 1 && scan.free(i + 1) && scan.doc.glued(i + 1)) {
            // "3Q21" = "3" + "Q21"; "1H 2022" = "1" + "H"
            String nx = scan.w(i + 1);
            int d = t.text().charAt(0) - '0';
            if (nx.length() == 3 && (nx.charAt(0) == 'q' || nx.charAt(0) == 'h') && TimeScan.allDigits(nx, 1)) {
                g = nx.charAt(0) == 'q' ? Grain.QUARTER : Grain.HALF;
                ord = d;
                year = TimeScan.century(Integer.parseInt(nx.substring(1)));
                end = i + 1;
            } else if (scan.lex.is(nx, Word.QUARTER_LETTER) || scan.lex.is(nx, Word.HALF_LETTER)) {
                g = scan.lex.is(nx, Word.QUARTER_LETTER) ? Grain.QUARTER : Grain.HALF;
                ord = d;
                end = i + 1;
            } else {
                return null;
            }
        } else {
            return null;
        }
        int max = g == Grain.QUARTER ? 4 : 2;
        if (ord < 1 || ord > max) {
            return null;
        }
        boolean absolute = year != null;
        if (year == null) {
            int j = end + 1;
            if (scan.symbol(j, "-") && scan.doc.glued(j)) {
                j++;
            }
            Token nt = j < scan.n ? scan.doc.token(j) : null;
            if (nt != null && nt.kind() == Token.Kind.ALPHANUMERIC
                    && scan.lex.startsWith(nt.lower(), Word.FISCAL_YEAR_LETTERS)
                    && TimeScan.allDigits(nt.lower(), 2)) {
                String fy = nt.lower().substring(2);
                year = fy.length() == 2 ? TimeScan.century(Integer.parseInt(fy)) : Integer.parseInt(fy);
                fiscal = true;
                end = j;
                absolute = true;
            } else {
                YearSpec ys = yearSpec(j);
                if (ys == null && j < scan.n && scan.digits(j) >= 0 && scan.digitCount(j) == 2 && scan.doc.glued(j)) {
                    ys = new YearSpec(j, TimeScan.century(scan.digits(j)), true, false);
                }
                if (ys != null) {
                    year = ys.year();
                    end = ys.end();
                    absolute = ys.absolute();
                    fiscal = ys.fiscal();
                } else {
                    year = scan.ref.contextYear();
                }
            }
        }
        if (scan.is(end + 1, Word.FISCAL)) {
            fiscal = true;
            end++;
        }
        return new Match(i, end, periodOf(g, 1, ord, year, fiscal), RuleNames.PERIOD_CODE, absolute);
    }

    /** "prima metà dell'anno", "seconda metà del 2022". */
    Match halfOfYear(int i) {
        Integer o = scan.ordinalWordAt(i);
        if (o == null || o < 1 || o > 2
                || !(scan.is(i + 1, Word.HALF_NOUN) || scan.is(i + 1, Word.HALF_NOUN_UNACCENTED))) {
            return null;
        }
        YearSpec ys = yearSpec(i + 2);
        if (ys == null) {
            return null;
        }
        Integer year = ys.year();
        TimeValue v = year == null ? Periods.unresolved("XXXX-H" + o, Grain.HALF) : Periods.half(year, o);
        return new Match(i, ys.end(), v, RuleNames.PERIOD_HALF, ys.absolute());
    }

    /**
     * "primi nove mesi del 2021", "ultimi tre mesi del 2021", "negli ultimi 12 mesi", "i prossimi tre anni",
     * "le 2 ultime settimane", "i due mesi passati", "gli scorsi due anni".
     */
    Match firstLast(int i) {
        Match half = halfOfYear(i);
        if (half != null) {
            return half;
        }
        String s = scan.w(i);
        int count;
        int u;
        int dir; // -1 last/past, +1 next, 0 first
        Integer o = scan.lex.ordinals.get(s);
        PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i);
        if ((scan.is(i, Word.FIRST_PLURAL) || scan.is(i, Word.FIRST_PLURAL_FEMININE)) && scan.cardinal(i + 1) > 0) {
            dir = 0;
            count = scan.cardinal(i + 1);
            u = i + 2;
        } else if ((scan.is(i, Word.LAST_PLURAL) || scan.is(i, Word.LAST_PLURAL_FEMININE))
                && scan.cardinal(i + 1) > 0) {
            dir = -1;
            count = scan.cardinal(i + 1);
            u = i + 2;
        } else if (sh != null && sh.value().offset() != 0 && !sh.value().fromMention()
                && scan.cardinal(sh.last() + 1) > 0
                && TimeScan.isPluralForm(s)) {
            dir = sh.value().offset();
            count = scan.cardinal(sh.last() + 1);
            u = sh.last() + 2;
        } else if (sh != null && sh.value().offset() != 0 && !sh.value().fromMention() && TimeScan.isPluralForm(s)
                && (scan.unitAt(sh.last() + 1) != null) && scan.isPlural(sh.last() + 1)) {
            // "nei prossimi giorni", "negli ultimi anni": a vague stretch of time
            int ue = sh.last() + 1;
            TimeValue v = Periods.unresolved(sh.value().offset() > 0 ? "FUTURE_REF" : "PAST_REF",
                    scan.unitAt(ue).grain());
            return new Match(i, ue, v, RuleNames.VAGUE, false);
        } else if (scan.cardinal(i) > 0 && TimeScan.isPluralForm(scan.w(i + 1))) {
            // "2 ultime settimane", "3 prossimi mesi", "2 mesi passati"
            count = scan.cardinal(i);
            PhraseTable.Match<TimeLexicon.Shift> mid = scan.shiftAt(i + 1);
            if (mid != null && mid.value().offset() != 0 && !mid.value().fromMention()) {
                dir = mid.value().offset();
                u = mid.last() + 1;
            } else if ((scan.unitAt(i + 1) != null)) {
                PhraseTable.Match<TimeLexicon.Shift> post = scan.shiftAt(i + 2);
                if (post == null || post.value().offset() == 0 || post.value().fromMention()) {
                    return null;
                }
                dir = post.value().offset();
                u = i + 1;
                TimeLexicon.Unit unit = scan.unitAt(u);
                return lastNext(i, post.last(), unit, count, dir);
            } else {
                return null;
            }
        } else {
            return null;
        }
        TimeLexicon.Unit unit = scan.unitAt(u);
        if (unit == null || !scan.free(u) || count < 1 || count > 100) {
            return null;
        }
        if (dir == 0 || (dir == -1 && (scan.role(u + 1, Role.OF)))) {
            YearSpec ys = yearSpec(u + 1);
            Integer year;
            int end = u;
            boolean absolute = false;
            if (ys != null) {
                year = ys.year();
                end = ys.end();
                absolute = ys.absolute();
            } else if (dir == 0) {
                year = scan.ref.contextYear();
            } else {
                return lastNext(i, u, unit, count, dir);
            }
            int months = monthsOf(unit, count);
            if (months <= 0 || months > 12) {
                return null;
            }
            String timex = Periods.duration((long) count * unit.count(), unit.grain());
            if (year == null) {
                return new Match(i, end, Periods.unresolved(timex, Grain.MONTH), RuleNames.PERIOD_FIRST_LAST, false);
            }
            YearMonth first = dir == 0 ? YearMonth.of(year, 1) : YearMonth.of(year, 12 - months + 1);
            return new Match(i, end, Periods.months(first, first.plusMonths(months - 1), timex),
                    RuleNames.PERIOD_FIRST_LAST, absolute);
        }
        return lastNext(i, u, unit, count, dir);
    }

    static int monthsOf(TimeLexicon.Unit unit, int count) {
        return switch (unit.grain()) {
            case MONTH -> count * unit.count();
            case QUARTER -> 3 * count;
            case HALF -> 6 * count;
            default -> -1;
        };
    }

    /** The {@code count} whole units before (dir -1) or after (+1) the current one. */
    Match lastNext(int start, int end, TimeLexicon.Unit unit, int count, int dir) {
        Grain g = unit.grain();
        long total = (long) count * unit.count();
        String timex = Periods.duration(total, g);
        // "negli ultimi 12 mesi", "nei prossimi tre anni": a duration, anchored to the article date
        if (g.compareTo(Grain.DAY) < 0) {
            LocalDateTime now = scan.ref.now();
            if (now == null) {
                return new Match(start, end, asDuration(Periods.unresolved(timex, g)), RuleNames.LAST_NEXT, false);
            }
            ChronoUnit cu = g == Grain.HOUR ? ChronoUnit.HOURS : g == Grain.MINUTE ? ChronoUnit.MINUTES
                    : ChronoUnit.SECONDS;
            LocalDateTime cur = now.truncatedTo(cu);
            LocalDateTime first = dir < 0 ? cur.minus(total, cu) : cur.plus(1, cu);
            LocalDateTime last = dir < 0 ? cur.minus(1, cu) : cur.plus(total, cu);
            TimeValue v = new TimeValue(Kind.DATE, clockTimex(first, g) + "/" + clockTimex(last, g),
                    first.toLocalDate(), last.toLocalDate(), g, null, false);
            return new Match(start, end, asDuration(v), RuleNames.LAST_NEXT, false);
        }
        LocalDate anchor = switch (g) {
            case DAY, WEEK -> scan.ref.day();
            case YEAR, DECADE -> scan.ref.year() == null ? null : LocalDate.of(scan.ref.year(), 1, 1);
            default -> scan.ref.month() == null ? null : scan.ref.month().atDay(1);
        };
        if (anchor == null) {
            return new Match(start, end, asDuration(Periods.unresolved(timex, g)), RuleNames.LAST_NEXT, false);
        }
        TimeValue current = Periods.holding(anchor, g);
        LocalDate from = dir < 0 ? Periods.plus(current.from(), g, -total) : Periods.plus(current.from(), g, 1);
        LocalDate to = dir < 0 ? current.from().minusDays(1) : Periods.plus(current.from(), g, total + 1).minusDays(1);
        TimeValue v = new TimeValue(Kind.DATE, timex, from, to, g, null, false);
        return new Match(start, end, asDuration(v), RuleNames.LAST_NEXT, false);
    }

    private static TimeValue asDuration(TimeValue v) {
        return new TimeValue(Kind.DURATION, v.timex(), v.from(), v.to(), v.grain(), v.modifier(), v.fiscal());
    }

    /** A clock value as TIMEX3 writes it: {@code 2013-02-12T15:00} for an hour, {@code T15:30}, {@code T15:30:10}. */
    static String clockTimex(LocalDateTime t, Grain g) {
        return switch (g) {
            case HOUR -> t.toLocalDate() + "T" + Periods.pad2(t.getHour()) + ":00"; // TIMEX3 writes "4 pm" as T16:00
            case MINUTE -> t.toLocalDate() + "T" + Periods.pad2(t.getHour()) + ":" + Periods.pad2(t.getMinute());
            default -> t.toLocalDate() + "T" + Periods.pad2(t.getHour()) + ":" + Periods.pad2(t.getMinute()) + ":"
                    + Periods.pad2(t.getSecond());
        };
    }

    /** "il triennio 2021-2023", "biennio 2022/23". */
    Match multiYear(int i) {
        TimeLexicon.Unit unit = scan.unitAt(i);
        if (unit == null || unit.grain() != Grain.YEAR || unit.count() < 2 || !scan.free(i)) {
            return null;
        }
        int y1 = scan.year4(i + 1);
        if (y1 < 0) {
            return null;
        }
        int y2 = -1;
        int end = i + 1;
        if ((scan.symbol(i + 2, "-") || scan.symbol(i + 2, "/")) && scan.digits(i + 3) >= 0) {
            y2 = scan.digits(i + 3);
            if (scan.digitCount(i + 3) == 2) {
                y2 = (y1 / 100) * 100 + y2;
            } else if (scan.digitCount(i + 3) != 4) {
                return null;
            }
            end = i + 3;
        } else {
            y2 = y1 + unit.count() - 1;
        }
        if (y2 < y1 || y2 - y1 > 20) {
            return null;
        }
        TimeValue v = TimeValue.date(Periods.duration(y2 - y1 + 1, Grain.YEAR), LocalDate.of(y1, 1, 1),
                LocalDate.of(y2, 12, 31), Grain.YEAR);
        return new Match(i, end, v, RuleNames.PERIOD_MULTI_YEAR, true);
    }

    /** "esercizio 2022", "anno fiscale 2023", "esercizio fiscale 2021": fiscal, no calendar dates. */
    Match fiscalYear(int i) {
        String s = scan.w(i);
        int j;
        if (scan.is(i, Word.FINANCIAL_YEAR)) {
            j = i + 1;
            if (scan.is(j, Word.FISCAL) || scan.is(j, Word.FINANCIAL)) {
                j++;
            }
        } else if (scan.is(i, Word.YEAR) && (scan.is(i + 1, Word.FISCAL) || scan.is(i + 1, Word.FINANCIAL))) {
            j = i + 2;
        } else if (scan.is(i, Word.FISCAL_YEAR_LETTERS) && scan.year4(i + 1) > 0) {
            j = i + 1; // "FY 2023", the letters apart from the year
        } else {
            return null;
        }
        if (scan.role(j, Role.OF)) {
            j++;
        }
        int y = scan.year4(j);
        if (y < 0 || !scan.notFollowedByValueSign(j) && !scan.gluedSymbol(j + 1, "/")) {
            return null;
        }
        if (scan.gluedSymbol(j + 1, "/") && scan.doc.glued(j + 2)) {
            // "esercizio 2023/24", "2023/2024": a fiscal year across two calendar years is named by the one it ends in
            int y2 = scan.digits(j + 2);
            int len = y2 < 0 ? 0 : scan.digitCount(j + 2);
            y2 = len == 2 ? (y / 100) * 100 + y2 : y2;
            if ((len == 2 || len == 4) && y2 == y + 1) {
                y = y2;
                j += 2;
            }
        }
        return new Match(i, j, new TimeValue(Kind.DATE, "FY" + y, null, null, Grain.YEAR, null, true),
                RuleNames.PERIOD_FISCAL_YEAR, true);
    }

    /** "primo martedì di ottobre", "ultima domenica di marzo 2014", "il terzo giorno di ottobre", "prima settimana di ottobre 2014". */
    Match ordinalWeekday(int i) {
        int[] ordinal = scan.ordinalAt(i, 5, false);
        if (ordinal == null) {
            return null;
        }
        int ord = ordinal[0];
        int j = ordinal[1];
        String what = scan.w(j);
        TimeLexicon.NameEntry wd = scan.lex.weekdays.get(what);
        boolean day = scan.lex.is(what, Word.DAY);
        boolean week = scan.lex.is(what, Word.WEEK);
        if ((wd == null || !wd.full()) && !day && !week) {
            return null;
        }
        int k = j + 1;
        if (scan.is(k, Word.AFTER) && wd != null) {
            Match anchor = scan.grammar.core(k + 1);
            if (anchor == null && scan.skipArticle(k + 1) > k + 1) {
                anchor = scan.grammar.core(k + 2); // "il primo lunedì dopo il 15 dicembre"
            }
            if (anchor == null || !anchor.value().isDay() || ord < 1) {
                return null;
            }
            LocalDate d = anchor.value().from().with(TemporalAdjusters.next(DayOfWeek.of(wd.value())))
                    .plusWeeks(ord - 1);
            return new Match(i, anchor.end(), Periods.day(d), RuleNames.ORDINAL_DAY_AFTER, anchor.absoluteYear());
        }
        if (scan.is(k, Word.OF_THE) && scan.is(k + 1, Word.MONTH) && scan.is(k + 2, Word.OF)) {
            k += 3;
        } else if (scan.role(k, Role.OF) || scan.is(k, Word.IN)) {
            k++;
        } else {
            return null;
        }
        int[] mEnd = new int[1];
        int month = scan.month(k, true, mEnd);
        if (month < 0) {
            return null;
        }
        int end = mEnd[0];
        Integer year;
        boolean absolute = false;
        YearSpec ys = yearSpec(end + 1);
        if (ys != null && ys.year() != null) {
            year = ys.year();
            end = ys.end();
            absolute = ys.absolute();
        } else {
            year = scan.ref.yearOf(month, 0);
        }
        if (year == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        LocalDate d;
        if (day) {
            d = ord > 0 ? (ord <= ym.lengthOfMonth() ? ym.atDay(ord) : null) : ym.atEndOfMonth().plusDays(ord + 1);
        } else if (week) {
            LocalDate firstMonday = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate lastSunday = ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            d = ord > 0 ? firstMonday.plusWeeks(ord - 1) : lastSunday.minusDays(6).plusWeeks(ord + 1);
            if (d.getMonthValue() != month) {
                return null;
            }
            return new Match(i, end, Periods.week(d), RuleNames.WEEK_OF_MONTH, absolute);
        } else {
            DayOfWeek dow = DayOfWeek.of(wd.value());
            d = ord > 0 ? ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ord, dow))
                    : ym.atDay(1).with(TemporalAdjusters.lastInMonth(dow)).minusWeeks(-ord - 1);
            if (d.getMonthValue() != month) {
                return null;
            }
        }
        if (d == null) {
            return null;
        }
        return new Match(i, end, Periods.day(d), RuleNames.ORDINAL_DAY_OF_MONTH, absolute);
    }

    /** "quest'estate", "l'inverno scorso", "la prossima primavera", "estate 2021", "in autunno". */
    Match season(int i) {
        int start = i;
        Integer shift = null;
        PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i);
        if (sh != null && (scan.seasonAt(sh.last() + 1) != null)) {
            shift = sh.value().offset();
            i = sh.last() + 1;
        }
        TimeLexicon.Season season = scan.seasonAt(i);
        if (season == null || !scan.free(i)) {
            return null;
        }
        int end = i;
        if (shift == null) {
            PhraseTable.Match<TimeLexicon.Shift> after = scan.shiftAt(i + 1);
            if (after != null && scan.free(i + 1)) {
                shift = after.value().offset();
                end = after.last();
            }
        }
        YearSpec ys = shift == null ? yearSpec(end + 1) : null;
        if (ys != null && ys.year() != null && !ys.fiscal()) {
            return new Match(start, ys.end(), seasonValue(season, ys.year()), RuleNames.SEASON, ys.absolute());
        }
        if (shift == null) {
            if (!(scan.role(start - 1, Role.IN) || scan.role(start - 1, Role.ARTICLE) || scan.role(start - 1, Role.OF)
                    || (scan.periodPartAt(start - 1) != null))) { // "metà estate", "fine inverno"
                return null;
            }
            shift = 0;
        }
        LocalDate today = scan.ref.day() != null ? scan.ref.day() : scan.ref.month() != null
                ? scan.ref.month().atDay(15) : null;
        if (today == null) {
            return new Match(start, end, Periods.unresolved("XXXX-" + season.code(), Grain.MONTH), RuleNames.SEASON,
                    false);
        }
        // The season instance holding the reference date or starting in its year, then shifted.
        int base = today.getYear();
        TimeValue current = seasonValue(season, base);
        if (current.from().isAfter(today) && seasonValue(season, base - 1).to().compareTo(today) >= 0) {
            current = seasonValue(season, base - 1);
            base--;
        }
        if (shift > 0 && !current.from().isAfter(today)) {
            base += shift;
        } else if (shift < 0 && !current.to().isBefore(today)) {
            base += shift;
        }
        return new Match(start, end, seasonValue(season, base), RuleNames.SEASON, false);
    }

    static TimeValue seasonValue(TimeLexicon.Season s, int year) {
        LocalDate from = s.first().atYear(year);
        LocalDate to = s.last().atYear(year);
        if (to.isBefore(from)) {
            to = s.last().atYear(year + 1);
        }
        return TimeValue.date(Periods.yearString(year) + "-" + s.code(), from, to, Grain.MONTH);
    }

    /** "natale", "la vigilia di natale", "ferragosto", "festa della mamma", optionally with a year. */
    Match holiday(int i) {
        PhraseTable.Match<TimeLexicon.Holiday> hit = scan.holidayAt(i);
        if (hit == null) {
            return null;
        }
        for (int k = i; k <= hit.last(); k++) {
            if (!scan.free(k)) {
                return null;
            }
        }
        TimeLexicon.Holiday h = hit.value();
        int end = hit.last();
        int y = scan.year4(end + 1);
        if (y < 0 && scan.role(end + 1, Role.OF)) {
            y = scan.year4(end + 2);
            if (y > 0) {
                end++;
            }
        }
        if (y > 0) {
            return new Match(i, end + 1, Periods.day(holidayIn(h, y)), RuleNames.HOLIDAY, true);
        }
        if (end == i && scan.role(end + 1, Role.OF)) {
            return null; // "vigilia del voto", "Natale di Roma": a one-word name with a complement is something else
        }
        LocalDate today = scan.ref.day();
        if (today == null) {
            Integer year = scan.ref.contextYear();
            if (year == null) {
                return null;
            }
            return new Match(i, end, Periods.day(holidayIn(h, year)), RuleNames.HOLIDAY, false);
        }
        LocalDate d = holidayIn(h, today.getYear());
        if (scan.ref.future() && d.isBefore(today)) {
            d = holidayIn(h, today.getYear() + 1);
        } else if (!scan.ref.future() && d.isAfter(today)) {
            d = holidayIn(h, today.getYear() - 1);
        }
        return new Match(i, end, Periods.day(d), RuleNames.HOLIDAY, false);
    }

    static LocalDate holidayIn(TimeLexicon.Holiday h, int year) {
        if (h.fixed() != null) {
            return h.fixed().atYear(year);
        }
        return LocalDate.of(year, h.month(), 1).with(TemporalAdjusters.dayOfWeekInMonth(h.nth(), h.weekday()));
    }

    /** "questo weekend", "il prossimo fine settimana", "l'ultimo week-end", "il we del 15 febbraio". */
    Match weekend(int i) {
        int start = i;
        Integer shift = null;
        PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i);
        if (sh != null && scan.free(i)) {
            shift = sh.value().offset();
            i = sh.last() + 1;
        }
        int end = weekendWord(i);
        if (end < 0) {
            return null;
        }
        LocalDate anchor = scan.ref.day();
        if (shift == null) {
            PhraseTable.Match<TimeLexicon.Shift> after = scan.shiftAt(end + 1);
            if (after != null && scan.free(end + 1)) {
                shift = after.value().offset();
                end = after.last();
            } else if (scan.role(end + 1, Role.OF)) {
                Match day = scan.grammar.core(end + 2);
                if (day != null && day.value().isDay()) {
                    anchor = day.value().from();
                    end = day.end();
                    shift = 0;
                }
            }
        }
        if (shift == null) {
            if (!(scan.role(start - 1, Role.ARTICLE) || scan.role(start - 1, Role.IN) || scan.role(start - 1, Role.OF)
                    || scan.role(start - 1, Role.BY) || scan.role(start - 1, Role.TO))) {
                return null;
            }
            shift = 0;
        }
        if (anchor == null) {
            return new Match(start, end, Periods.unresolved("XXXX-WXX-WE", Grain.DAY), RuleNames.WEEKEND, false);
        }
        LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5)
                .plusWeeks(shift);
        TimeValue week = Periods.week(saturday);
        TimeValue v = TimeValue.date(week.timex() + "-WE", saturday, saturday.plusDays(1), Grain.DAY);
        return new Match(start, end, v, RuleNames.WEEKEND, false);
    }

    int weekendWord(int i) {
        String s = scan.w(i);
        if (!scan.free(i)) {
            return -1;
        }
        if (scan.is(i, Word.WEEKEND) || scan.is(i, Word.WEEKEND_ONE_WORD) || scan.is(i, Word.WEEKEND_SHORT)) {
            return scan.is(i, Word.WEEKEND_SHORT) && scan.capitalised(i) ? -1 : i;
        }
        if (scan.is(i, Word.WEEK_ENGLISH) && scan.symbol(i + 1, "-") && scan.is(i + 2, Word.END_ENGLISH)) {
            return i + 2;
        }
        if (scan.is(i, Word.END) && scan.is(i + 1, Word.WEEK)) {
            return i + 1;
        }
        return -1;
    }
}
