package io.fatti.time;

import io.fatti.text.PhraseTable;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Days, months, years, decades, weekdays, "oggi"/"ieri", "il mese scorso", "lo stesso periodo dell'anno precedente".
 */
final class CalendarRules {

    final TimeScan scan;

    CalendarRules(TimeScan scan) {
        this.scan = scan;
    }

    /** A bare "anno" / "mese" after "fine", "inizio": the year or month in context. */
    Match anaphoricUnit(int i, Grain grain) {
        if (!scan.free(i)) {
            return null;
        }
        TimeValue v = switch (grain) {
            case YEAR -> scan.ref.contextYear() == null ? Periods.unresolved("XXXX", Grain.YEAR)
                    : Periods.year(scan.ref.contextYear());
            case MONTH -> scan.ref.month() == null ? Periods.unresolved("XXXX-XX", Grain.MONTH)
                    : Periods.month(scan.ref.month());
            case WEEK -> scan.ref.day() == null ? Periods.unresolved("XXXX-WXX", Grain.WEEK)
                    : Periods.week(scan.ref.day());
            default -> null;
        };
        return v == null ? null : new Match(i, i, v, RuleNames.ANAPHORIC_UNIT, false);
    }

    Match dayOfMonthValue(int start, int end, int month, int day) {
        if (!TimeScan.validMonthDay(month, day)) {
            return null;
        }
        Integer y = scan.ref.yearOf(month, day);
        if (y == null) {
            return new Match(start, end,
                    Periods.unresolved("XXXX-" + Periods.pad2(month) + "-" + Periods.pad2(day), Grain.DAY),
                    RuleNames.DATE_DAY_MONTH, false);
        }
        LocalDate d = TimeScan.date(y, month, day);
        if (d == null && month == 2 && day == 29) {
            // 29 February: the nearest leap year in the orientation's direction
            int step = scan.ref.future() ? 1 : -1;
            for (int k = 1; k < 8 && d == null; k++) {
                d = TimeScan.date(y + step * k, month, day);
            }
        }
        return d == null ? null : new Match(start, end, Periods.day(d), RuleNames.DATE_DAY_MONTH, false);
    }

    /** The day number at i: 22, 1°, 1º, primo, tredici. Returns {value, lastToken} or null. */
    int[] dayNumber(int i) {
        if (!scan.free(i)) {
            return null;
        }
        int d = scan.digits(i);
        if (d >= 1 && d <= 31 && scan.digitCount(i) <= 2) {
            int end = i;
            if ((scan.gluedSymbol(i + 1, "°")
                    || (scan.free(i + 1) && scan.doc.glued(i + 1) && scan.w(i + 1).equals("º")))) {
                end = i + 1;
            }
            return new int[] {d, end};
        }
        if (d >= 0) {
            return null;
        }
        String s = scan.w(i);
        if (scan.is(i, Word.FIRST)) {
            return new int[] {1, i};
        }
        Integer v = scan.lex.numbers.get(s);
        if (v != null && v >= 1 && v <= 31 && !scan.lex.startsWith(s, Word.ONE_UN)) {
            return new int[] {v, i};
        }
        return null;
    }

    /** [weekday] day [di] month [[del] year]: "22 novembre 2021", "lunedì 22 novembre", "primo di marzo". */
    Match dayMonth(int i) {
        int start = i;
        int wd = 0;
        TimeLexicon.NameEntry we = scan.weekdayAt(i);
        if (we != null && scan.free(i)) {
            wd = we.value();
            i++;
            if (scan.gluedSymbol(i, ".")) {
                i++;
            }
            if (scan.w(i).equals(",")) {
                i++;
            }
        }
        int[] day = dayNumber(i);
        if (day == null) {
            return null;
        }
        int j = day[1] + 1;
        if (scan.is(j, Word.OF) && (scan.monthAt(j + 1) != null)) {
            j++;
        }
        int[] mEnd = new int[1];
        int month = scan.month(j, true, mEnd);
        if (month < 0) {
            if (wd > 0 && scan.doc.token(day[1]).kind() == Token.Kind.NUMBER) {
                return weekdayAndDay(start, day[1], DayOfWeek.of(wd), day[0]);
            }
            return null;
        }
        if (!TimeScan.validMonthDay(month, day[0])) {
            return null;
        }
        boolean spelled = scan.doc.token(i).kind() == Token.Kind.WORD;
        if (spelled && !scan.is(i, Word.FIRST) && !scan.role(i - 1, Role.FROM) && !scan.role(i - 1, Role.TO)
                && !scan.role(i - 1, Role.ARTICLE) && !scan.role(i - 1, Role.BETWEEN)) {
            return null; // "tre marzo" is fine after a cue; "sei aprile" on its own is too ambiguous
        }
        int end = mEnd[0];
        YearSpec ys = scan.periods.yearSpec(end + 1);
        if (ys != null && ys.year() != null && !ys.fiscal()) {
            LocalDate d = TimeScan.date(ys.year(), month, day[0]);
            return d == null ? null : new Match(start, ys.end(), Periods.day(d), RuleNames.DATE_DAY_MONTH_YEAR,
                    ys.absolute());
        }
        PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(end + 1);
        if (sh != null && sh.value().offset() != 0 && !sh.value().fromMention() && scan.free(end + 1)) {
            // "il 28 aprile prossimo", "il 2 marzo scorso"
            boolean before = scan.ref.lookForward(sh.value().offset() > 0);
            try {
                Match shifted = dayOfMonthValue(start, sh.last(), month, day[0]);
                if (shifted != null) {
                    return shifted;
                }
            } finally {
                scan.ref.lookForward(before);
            }
        }
        Match m = dayOfMonthValue(start, end, month, day[0]);
        if (wd > 0 && m != null && m.value().from() != null && m.value().from().getDayOfWeek().getValue() != wd) {
            // "domenica 10 febbraio": the year in which that date falls on that weekday, nearest first.
            int y0 = m.value().from().getYear();
            for (int dy : new int[] {-1, 1, -2, 2}) {
                LocalDate d = TimeScan.date(y0 + dy, month, day[0]);
                if (d != null && d.getDayOfWeek().getValue() == wd) {
                    return new Match(start, end, Periods.day(d), RuleNames.DATE_DAY_MONTH, false);
                }
            }
        }
        return m;
    }

    /** "il 15 e il 16 marzo": the first day takes the month (and year) of the second. */
    Match dayBeforeConjunction(int i) {
        int[] day = dayNumber(i);
        if (day == null || !scan.role(i - 1, Role.ARTICLE)
                || !(scan.role(day[1] + 1, Role.AND) || scan.symbol(day[1] + 1, ","))) {
            return null;
        }
        int k = scan.skipArticle(day[1] + 2);
        Match next = dayMonth(k);
        if (next == null || !next.value().isDay()) {
            return null;
        }
        LocalDate d;
        try {
            d = next.value().from().withDayOfMonth(day[0]);
        } catch (DateTimeException e) {
            return null;
        }
        return new Match(i, day[1], Periods.day(d), RuleNames.DATE_DAY_MONTH, next.absoluteYear());
    }

    /** "martedì 19", "gio 15": the nearest such day in the orientation's direction. */
    Match weekdayAndDay(int start, int end, DayOfWeek wd, int dayOfMonth) {
        LocalDate today = scan.ref.day();
        if (today == null) {
            return null;
        }
        YearMonth m = YearMonth.from(today);
        for (int k = 0; k < 48; k++) {
            YearMonth cand = scan.ref.future() ? m.plusMonths(k) : m.minusMonths(k);
            if (dayOfMonth <= cand.lengthOfMonth()) {
                LocalDate d = cand.atDay(dayOfMonth);
                boolean ok = scan.ref.future() ? !d.isBefore(today) : !d.isAfter(today);
                if (ok && d.getDayOfWeek() == wd) {
                    return new Match(start, end, Periods.day(d), RuleNames.DATE_WEEKDAY_DAY, false);
                }
            }
        }
        return null;
    }

    /** A lone day number after a cue, as one end of a range or after "entro", "dal": "il 19", "dal 20". */
    Match bareDay(int i) {
        int[] day = dayNumber(i);
        if (day == null || scan.is(i, Word.FIRST) && !scan.role(i - 1, Role.FROM)) {
            return null;
        }
        if (scan.role(i - 1, Role.CLOCK_CUE) && !scan.role(i - 1, Role.ARTICLE) || scan.gluedSymbol(day[1] + 1, ":")) {
            return null; // "dalle 14", "alle 14:48" are hours
        }
        String prev = scan.w(i - 1);
        if (!(scan.role(i - 1, Role.ARTICLE) || scan.lex.is(prev, Word.FROM_THE)
                || scan.lex.is(prev, Word.FROM_THE_ELIDED) || scan.lex.is(prev, Word.TO_THE)
                || scan.lex.is(prev, Word.TO_THE_ELIDED) || scan.role(i - 1, Role.BETWEEN)
                || scan.role(i - 1, Role.AND))) {
            return null; // "da 10-12 miliardi" is an amount; "dal 10" is a day
        }
        int next = day[1] + 1;
        if (next < scan.n && !scan.role(next, Role.TO) && !scan.role(next, Role.AND) && !scan.role(next, Role.FROM)
                && !(scan.role(next, Role.UNTIL) && scan.role(next + 1, Role.TO)) && !scan.sentencePunctuation(next)) {
            return null;
        }
        LocalDate today = scan.ref.day();
        if (today == null) {
            return new Match(i, day[1], Periods.unresolved("XXXX-XX-" + Periods.pad2(day[0]), Grain.DAY),
                    RuleNames.BARE_DAY, false);
        }
        YearMonth m = YearMonth.from(today);
        for (int k = 0; k < 3; k++) {
            YearMonth cand = scan.ref.future() ? m.plusMonths(k) : m.minusMonths(k);
            if (day[0] <= cand.lengthOfMonth()) {
                LocalDate d = cand.atDay(day[0]);
                if (scan.ref.future() ? !d.isBefore(today) : !d.isAfter(today)) {
                    return new Match(i, day[1], Periods.day(d), RuleNames.BARE_DAY, false);
                }
            }
        }
        return null;
    }

    /** "novembre 2021", "dic. 2013", "dicembre del 2020", "a settembre" (orientation), "mese di marzo". */
    Match monthYear(int i) {
        int start = i;
        if (scan.is(i, Word.MONTH) && scan.is(i + 1, Word.OF)) {
            i += 2;
        }
        int[] mEnd = new int[1];
        int month = scan.month(i, true, mEnd);
        if (month < 0) {
            return null;
        }
        YearSpec ys = scan.periods.yearSpec(mEnd[0] + 1);
        if (ys != null && ys.year() != null && !ys.fiscal()) {
            return new Match(start, ys.end(), Periods.month(YearMonth.of(ys.year(), month)), RuleNames.MONTH_YEAR,
                    ys.absolute());
        }
        TimeLexicon.NameEntry e = scan.monthAt(i);
        if (!e.full()) {
            return null;
        }
        PhraseTable.Match<TimeLexicon.Shift> after = scan.shiftAt(mEnd[0] + 1);
        if (after != null && after.value().offset() != 0 && !after.value().fromMention() && scan.free(mEnd[0] + 1)
                && start == i) {
            return shiftedMonth(start, after.last(), month, after.value().offset());
        }
        if (scan.capitalised(i) && i > 0 && !scan.isSentenceStart(i) && start == i && !monthCue(i - 1)) {
            return null; // "Maggio" mid-sentence is more often a surname; "a Febbraio", "da Agosto" are months
        }
        Integer year = scan.ref.yearOf(month, 0);
        if (year == null) {
            return new Match(start, mEnd[0], Periods.unresolved("XXXX-" + Periods.pad2(month), Grain.MONTH),
                    RuleNames.MONTH, false);
        }
        return new Match(start, mEnd[0], Periods.month(YearMonth.of(year, month)), RuleNames.MONTH, false);
    }

    /** A preposition that takes a month ("a", "da", "entro", "nel", "fino a") before a capitalised month name. */
    boolean monthCue(int k) {
        return scan.role(k, Role.TO) || scan.role(k, Role.FROM) || scan.role(k, Role.IN) || scan.role(k, Role.BY)
                || scan.role(k, Role.UNTIL)
                || scan.role(k, Role.BETWEEN) || scan.role(k, Role.AND) && scan.capitalised(k - 1)
                && (scan.monthAt(k - 1) != null);
    }

    /** "lo scorso settembre", "il prossimo marzo": the named month before (or after) the article's month. */
    Match shiftedMonth(int start, int end, int month, int dir) {
        YearMonth ref0 = scan.ref.month();
        if (ref0 == null) {
            return new Match(start, end, Periods.unresolved("XXXX-" + Periods.pad2(month), Grain.MONTH),
                    RuleNames.MONTH, false);
        }
        YearMonth m = YearMonth.of(ref0.getYear(), month);
        if (dir < 0 && !m.isBefore(ref0)) {
            m = m.minusYears(1);
        } else if (dir > 0 && !m.isAfter(ref0)) {
            m = m.plusYears(1);
        }
        return new Match(start, end, Periods.month(m), RuleNames.MONTH, false);
    }

    /** "lo scorso settembre", "il prossimo marzo". */
    Match shiftThenMonth(int i) {
        PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i);
        if (sh == null || sh.value().fromMention() || !scan.free(i)) {
            return null;
        }
        int[] mEnd = new int[1];
        int month = scan.month(sh.last() + 1, false, mEnd);
        if (month < 0) {
            return null;
        }
        return shiftedMonth(i, mEnd[0], month, sh.value().offset());
    }

    /** A four-digit year: "nel 2022", "il 2021", "entro il 2024" (needs a cue unless {@code cueless}). */
    Match yearCore(int i, boolean cueless) {
        int y = scan.year4(i);
        if (y < 0) {
            return null;
        }
        boolean cue = cueless || scan.role(i - 1, Role.YEAR_CUE) || scan.role(i - 1, Role.AND)
                || scan.symbol(i - 1, "-")
                || scan.symbol(i - 1, "/") || scan.role(i - 1, Role.TO) || scan.role(i - 1, Role.FROM)
                || (scan.periodPartAt(i - 1) != null) && scan.free(i - 1)
                || (scan.gluedSymbol(i + 1, "-") || scan.gluedSymbol(i + 1, "/")) && scan.doc.glued(i + 2)
                && (scan.year4(i + 2) > y || scan.digits(i + 2) == (y + 1) % 100 && scan.digitCount(i + 2) == 2); // "piano 2021-2025"
        if (!cue || y < 1900 || y > 2100) {
            return null;
        }
        if (scan.gluedSymbol(i - 1, "/") && scan.doc.glued(i) && scan.digits(i - 2) >= 0 && scan.year4(i - 2) < 0) {
            // "modello 730/2024", "DL 34/2020", "n. 12/2024": a number filed under a year, not the year itself
            // (a month before the slash is read whole by time.date.numeric-my)
            return null;
        }
        if (!scan.notFollowedByValueSign(i)) {
            return null;
        }
        // "2021-23", "2021/2022": a second year glued by a dash (or, for consecutive years, a slash) makes a range.
        if ((scan.symbol(i + 1, "-") || scan.symbol(i + 1, "/")) && scan.doc.glued(i + 1) && scan.doc.glued(i + 2)) {
            int y2 = scan.digits(i + 2);
            int len = y2 < 0 ? 0 : scan.digitCount(i + 2);
            if (len == 2) {
                y2 = (y / 100) * 100 + y2;
            }
            if ((len == 2 || len == 4) && y2 > y && y2 - y <= 20 && (scan.symbol(i + 1, "-") || y2 == y + 1)) {
                TimeValue a = Periods.year(y);
                TimeValue b = Periods.year(y2);
                return new Match(i, i + 2, new TimeValue(Kind.DATE, a.timex() + "/" + b.timex(), a.from(), b.to(),
                        Grain.YEAR, null, false), RuleNames.RANGE, true);
            }
        }
        return new Match(i, i, Periods.year(y), RuleNames.YEAR, true);
    }

    /** "anno 2021", "l'anno 2020". */
    Match yearWord(int i) {
        if (!scan.is(i, Word.YEAR)) {
            return null;
        }
        Match m = yearCore(i + 1, true);
        return m == null || !m.rule().equals(RuleNames.YEAR) ? null : m.from(i);
    }

    /** "anni '90", "anni 90", "anni novanta", "anni 2000". */
    Match decade(int i) {
        if (!scan.is(i, Word.YEARS)) {
            return null;
        }
        int j = i + 1;
        if (scan.symbol(j, "'")) {
            j++;
        }
        int d = scan.digits(j);
        int first;
        if (d >= 0 && scan.digitCount(j) == 2 && d % 10 == 0) {
            first = 1900 + d;
        } else if (d >= 0 && scan.digitCount(j) == 4 && d % 10 == 0 && d >= 1800 && d <= 2090) {
            first = d;
        } else {
            int v = scan.lex.numberWords.value(scan.w(j));
            if (v >= 1800 && v <= 2090 && v % 10 == 0 && j == i + 1 && scan.free(j)) {
                first = v; // "anni millenovecentosettanta", "anni Duemila"
            } else if (v < 20 || v > 90 || v % 10 != 0 || j != i + 1) {
                return null;
            } else {
                first = 1900 + v;
            }
        }
        return new Match(i, j, Periods.decade(first), RuleNames.DECADE, true);
    }

    /** "lunedì", "venerdì scorso", "martedì prossimo", "prossimo lunedì", "mercoledì di questa settimana". */
    Match weekday(int i) {
        int start = i;
        int shift = Integer.MIN_VALUE;
        boolean last = false;
        String s = scan.w(i);
        if (scan.lex.is(s, Word.LAST) || scan.lex.is(s, Word.LAST_FEMININE)) {
            last = true;
            i++;
        } else {
            PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i);
            if (sh != null && !sh.value().fromMention() && (scan.weekdayAt(sh.last() + 1) != null)) {
                shift = sh.value().offset();
                i = sh.last() + 1;
            }
        }
        TimeLexicon.NameEntry e = scan.weekdayAt(i);
        if (e == null || !scan.free(i)) {
            return null;
        }
        int end = i;
        if (!e.full()) {
            if (scan.gluedSymbol(i + 1, ".")) {
                end = i + 1;
            } else if (scan.capitalised(i) || i + 1 < scan.n && !scan.isPunctuationOrEnd(i + 1)) {
                return null; // "mar" alone, in lower case and ending a phrase, is Tuesday; "Mar Rosso" is not
            }
        }
        DayOfWeek dow = DayOfWeek.of(e.value());
        if (shift == Integer.MIN_VALUE && !last) {
            PhraseTable.Match<TimeLexicon.Shift> after = scan.shiftAt(end + 1);
            if (after != null && scan.free(end + 1)) {
                shift = after.value().offset();
                end = after.last();
            } else if (scan.is(end + 1, Word.AFTER)) {
                shift = 1;
                end = end + 1;
            } else if (scan.role(end + 1, Role.OF) && scan.is(end + 2, Word.WEEK) || scan.role(end + 1, Role.OF)
                    && scan.shiftAt(end + 2) != null
                    && scan.is(scan.shiftAt(end + 2).last() + 1, Word.WEEK)) {
                Match wk = relativeUnit(end + 2);
                if (wk != null && wk.value().grain() == Grain.WEEK) {
                    TimeValue week = wk.value();
                    if (week.from() == null) {
                        return new Match(start, wk.end(), Periods.unresolved("XXXX-WXX-" + dow.getValue(),
                                Grain.DAY), RuleNames.WEEKDAY, false);
                    }
                    return new Match(start, wk.end(), Periods.day(week.from().plusDays(dow.getValue() - 1)),
                            RuleNames.WEEKDAY, false);
                }
            }
        }
        LocalDate today = scan.ref.day();
        if (today == null) {
            return new Match(start, end, Periods.unresolved("XXXX-WXX-" + dow.getValue(), Grain.DAY),
                    RuleNames.WEEKDAY, false);
        }
        LocalDate d;
        if (last) {
            d = today.with(TemporalAdjusters.previous(dow));
        } else if (shift == Integer.MIN_VALUE) {
            d = scan.ref.future() ? today.with(TemporalAdjusters.next(dow))
                    : today.with(TemporalAdjusters.previousOrSame(dow));
        } else {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
            d = monday.plusDays(dow.getValue() - 1);
        }
        return new Match(start, end, Periods.day(d), RuleNames.WEEKDAY, false);
    }

    /** "oggi", "ieri", "domani", "dopodomani", "l'altro ieri", "stamattina", "stasera". */
    Match relativeDay(int i) {
        PhraseTable.Match<Integer> hit = scan.relativeDayAt(i);
        if (hit != null) {
            for (int k = i; k <= hit.last(); k++) {
                if (!scan.free(k)) {
                    return null;
                }
            }
            LocalDate today = scan.ref.day();
            TimeValue v = today == null ? Periods.unresolved("XXXX-XX-XX", Grain.DAY)
                    : Periods.day(today.plusDays(hit.value()));
            return new Match(i, hit.last(), v, RuleNames.RELATIVE_DAY, false);
        }
        TimeLexicon.DayPart dp = scan.dayPartAt(i);
        if (dp != null) {
            LocalDate today = scan.ref.day();
            TimeValue day = today == null ? null : Periods.day(today.plusDays(dp.dayOffset()));
            return new Match(i, i, scan.clock.partOfDayValue(day, scan.lex.partsByCode.get(dp.code())),
                    RuleNames.PART_OF_DAY, false);
        }
        return null;
    }

    /** "adesso", "ora", "in questo momento": the reference time itself. */
    Match now(int i) {
        PhraseTable.Match<Boolean> hit = scan.nowAt(i);
        if (hit == null || scan.role(i - 1, Role.AUXILIARY)) {
            return null;
        }
        // "ora" as a noun ("un'ora", "l'ora", "09:45 ora locale") is not "now"; nor is "subito dopo".
        if (scan.role(i - 1, Role.ARTICLE) || scan.is(i - 1, Word.ONE_ELIDED) || scan.role(i - 1, Role.OF)
                || scan.role(i - 1, Role.TO)
                || i > 0 && scan.doc.token(i - 1).kind() == Token.Kind.NUMBER || scan.is(hit.last() + 1, Word.LOCAL)
                || scan.role(hit.last() + 1, Role.AFTER) || scan.role(hit.last() + 1, Role.BEFORE)) {
            return null;
        }
        TimeValue v = new TimeValue(Kind.DATE, "PRESENT_REF", scan.ref.day(), scan.ref.day(), Grain.SECOND, null,
                false);
        return new Match(i, hit.last(), v, RuleNames.NOW, false);
    }

    /** "la settimana scorsa", "il mese prossimo", "lo scorso anno", "quest'anno", "l'anno precedente". */
    Match relativeUnit(int i) {
        PhraseTable.Match<TimeLexicon.Shift> before = scan.shiftAt(i);
        TimeLexicon.Shift shift = null;
        int u = i;
        if (before != null && (scan.unitAt(before.last() + 1) != null)) {
            shift = before.value();
            u = before.last() + 1;
        }
        TimeLexicon.Unit unit = scan.unitAt(u);
        if (unit == null || unit.count() != 1 || !scan.free(u)) {
            return null;
        }
        int end = u;
        if (shift == null) {
            PhraseTable.Match<TimeLexicon.Shift> after = scan.shiftAt(u + 1);
            if (after == null || !scan.free(u + 1)) {
                return null;
            }
            shift = after.value();
            end = after.last();
        }
        Grain g = unit.grain();
        if (end == u + 1 && (scan.is(end, Word.AFTER) || scan.is(end, Word.BEFORE_OR_FIRST))
                && g.compareTo(Grain.DAY) >= 0) {
            Match anchor = scan.grammar.core(end + 1);
            if (anchor != null && anchor.value().from() != null && anchor.value().grain().compareTo(g) <= 0) {
                LocalDate d = Periods.plus(anchor.value().from(), g, scan.is(end, Word.AFTER) ? 1 : -1);
                return new Match(i, anchor.end(), Periods.holding(d, g), RuleNames.RELATIVE_UNIT,
                        anchor.absoluteYear());
            }
        }
        if (g == Grain.DAY || g == Grain.MINUTE || g == Grain.SECOND || g == Grain.DECADE || g == Grain.CENTURY) {
            return null;
        }
        if (scan.is(u, Word.HOUR) && !(scan.is(i, Word.LAST_FEMININE) || scan.is(i, Word.NEXT_FEMININE))) {
            return null;
        }
        if (scan.isPlural(u)) {
            return null;
        }
        return new Match(i, end, shiftedUnit(g, shift), RuleNames.RELATIVE_UNIT, false);
    }

    TimeValue shiftedUnit(Grain g, TimeLexicon.Shift shift) {
        int off = shift.offset();
        if (g == Grain.HOUR) {
            LocalDateTime now = scan.ref.now();
            if (now == null) {
                return Periods.unresolved("XXXX-XX-XXTXX", Grain.HOUR);
            }
            LocalDateTime h = now.truncatedTo(ChronoUnit.HOURS).plusHours(off);
            return new TimeValue(Kind.DATE, hourTimex(h), h.toLocalDate(), h.toLocalDate(), Grain.HOUR, null, false);
        }
        if (shift.fromMention()) {
            TimeValue last = scan.ref.lastPeriod(g);
            if (last != null && last.from() != null && last.grain() == g) {
                return Periods.holding(Periods.plus(last.from(), g, off), g);
            }
            if (g == Grain.YEAR && scan.ref.contextYear() != null) {
                return Periods.year(scan.ref.contextYear() + off);
            }
        }
        LocalDate anchor = switch (g) {
            case WEEK -> scan.ref.day();
            case YEAR -> scan.ref.year() == null ? null : LocalDate.of(scan.ref.year(), 1, 1);
            default -> scan.ref.month() == null ? null : scan.ref.month().atDay(1);
        };
        if (anchor == null) {
            return Periods.unresolved(switch (g) {
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case HALF -> "XXXX-HX";
                default -> "XXXX";
            }, g);
        }
        return Periods.holding(Periods.plus(anchor, g, off), g);
    }

    static String hourTimex(LocalDateTime t) {
        return PeriodRules.clockTimex(t, Grain.HOUR);
    }

    /**
     * A bare unit after a definite article, naming the period in context: "nel trimestre sono stati venduti..."
     * (the quarter the article last named, else the current one), "archivia la settimana in rialzo".
     */
    Match bareUnit(int i) {
        String u = scan.w(i);
        if (!(scan.lex.is(u, Word.QUARTER) || scan.lex.is(u, Word.HALF_YEAR) || scan.lex.is(u, Word.WEEK))
                || !scan.role(i - 1, Role.DEFINITE)) {
            return null;
        }
        String next = scan.w(i + 1);
        if (scan.role(i + 1, Role.OF) || scan.shiftAt(i + 1) != null || scan.lex.is(next, Word.IN)
                || scan.lex.is(next, Word.THAT)
                || scan.lex.is(next, Word.WHICH) || scan.lex.units.containsKey(next) || i + 1 < scan.n
                && scan.content[i + 1]) {
            return null;
        }
        Grain g = scan.lex.units.get(u).grain();
        TimeValue last = scan.ref.lastPeriod(g);
        if (last != null) {
            return new Match(i, i, last.withModifier(null), RuleNames.ANAPHORIC_UNIT, false);
        }
        LocalDate anchor = g == Grain.WEEK ? scan.ref.day() : scan.ref.month() == null ? null
                : scan.ref.month().atDay(1);
        if (anchor == null) {
            return new Match(i, i, Periods.unresolved(g == Grain.WEEK ? "XXXX-WXX" : g == Grain.QUARTER ? "XXXX-QX"
                    : "XXXX-HX", g), RuleNames.ANAPHORIC_UNIT, false);
        }
        return new Match(i, i, Periods.holding(anchor, g), RuleNames.ANAPHORIC_UNIT, false);
    }

    /** The year of a fiscal value such as {@code FY2024-Q1}, or null. */
    static Integer fiscalYearOf(String timex) {
        if (timex.length() < 6 || !timex.startsWith("FY")) {
            return null;
        }
        try {
            return Integer.parseInt(timex.substring(2, 6));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "la settimana del 6 ottobre": the week holding that day. */
    Match weekOf(int i) {
        if (!scan.is(i, Word.WEEK) || !scan.role(i + 1, Role.OF)) {
            return null;
        }
        Match day = scan.grammar.core(i + 2);
        if (day == null || !day.value().isDay()) {
            return null;
        }
        return new Match(i, day.end(), Periods.week(day.value().from()), RuleNames.WEEK_OF, day.absoluteYear());
    }

    /**
     * "stesso periodo dell'anno precedente", "stesso periodo del 2020", "stesso mese del 2022", "stesso periodo di
     * un anno prima": the last period the article named (of that grain, for "mese", "trimestre"), in another year.
     */
    Match samePeriod(int i) {
        String s = scan.w(i);
        if (!scan.role(i, Role.SAME)) {
            return null;
        }
        String what = scan.w(i + 1);
        TimeLexicon.Unit unit = scan.lex.units.get(what);
        boolean anyPeriod = scan.lex.is(what, Word.PERIOD);
        if (!anyPeriod && (unit == null || unit.count() != 1 || scan.isPlural(i + 1) || unit.grain() == Grain.YEAR
                || unit.grain().compareTo(Grain.WEEK) < 0)) {
            return null;
        }
        int j = i + 2;
        if (!scan.role(j, Role.OF)) {
            return null;
        }
        TimeValue last = anyPeriod ? scan.ref.lastPeriod() : scan.ref.lastPeriod(unit.grain());
        Integer lastYear = last == null ? null : last.fiscal() ? fiscalYearOf(last.timex()) : last.year();
        int target;
        int end;
        int y = scan.year4(j + 1);
        if (y > 0) {
            target = y;
            end = j + 1;
        } else if ((scan.is(j + 1, Word.ONE_UN) || scan.is(j + 1, Word.ONE_UNO)) && scan.is(j + 2, Word.YEAR)
                && (scan.is(j + 3, Word.BEFORE_OR_FIRST) || scan.is(j + 3, Word.AGO))) {
            if (lastYear == null) {
                return new Match(i, j + 3, Periods.unresolved("XXXX", Grain.YEAR), RuleNames.SAME_PERIOD, false);
            }
            target = lastYear - 1;
            end = j + 3;
        } else {
            Match rel = relativeUnit(j + 1);
            if (rel == null || rel.value().grain() != Grain.YEAR) {
                return null;
            }
            end = rel.end();
            String after = scan.w(rel.end());
            boolean fromMention = scan.lex.is(after, Word.PREVIOUS) || scan.lex.is(after, Word.BEFORE_OR_FIRST);
            if (fromMention && lastYear != null) {
                target = lastYear - 1;
            } else if (rel.value().year() != null) {
                target = rel.value().year();
            } else {
                return new Match(i, end, Periods.unresolved("XXXX", Grain.YEAR), RuleNames.SAME_PERIOD, false);
            }
        }
        if (last != null && last.fiscal() && lastYear != null) {
            String t = last.timex();
            return new Match(i, end, last.withTimex("FY" + Periods.yearString(target) + t.substring(6)),
                    RuleNames.SAME_PERIOD, false); // FY2024-Q1 → FY2023-Q1
        }
        if (last == null || last.from() == null || last.year() == null) {
            if (!anyPeriod && scan.ref.month() != null) {
                // no such period named yet: the article's own month or quarter, in that year
                LocalDate anchor = scan.ref.month().atDay(1).withYear(target);
                return new Match(i, end, Periods.holding(anchor, unit.grain()), RuleNames.SAME_PERIOD, false);
            }
            return new Match(i, end, Periods.year(target), RuleNames.SAME_PERIOD, false);
        }
        long years = target - last.year();
        TimeValue v = last.withBounds(last.from().plusYears(years), last.to().plusYears(years));
        String timex = v.timex();
        if (timex.startsWith(Periods.yearString(last.year()))) {
            timex = Periods.yearString(target) + timex.substring(4);
        }
        return new Match(i, end, v.withTimex(timex).withModifier(null), RuleNames.SAME_PERIOD, false);
    }
}
