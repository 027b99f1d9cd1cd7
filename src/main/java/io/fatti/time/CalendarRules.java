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
abstract class CalendarRules extends TokenScanner {

    CalendarRules(TimeLexicon lex, Document doc, Annotations found, Reference ref) {
        super(lex, doc, found, ref);
    }

    /** A bare "anno" / "mese" after "fine", "inizio": the year or month in context. */
    Match anaphoricUnit(int i, Grain grain) {
        if (!free(i)) {
            return null;
        }
        TimeValue v = switch (grain) {
            case YEAR -> ref.contextYear() == null ? Periods.unresolved("XXXX", Grain.YEAR)
                    : Periods.year(ref.contextYear());
            case MONTH -> ref.month() == null ? Periods.unresolved("XXXX-XX", Grain.MONTH)
                    : Periods.month(ref.month());
            case WEEK -> ref.day() == null ? Periods.unresolved("XXXX-WXX", Grain.WEEK) : Periods.week(ref.day());
            default -> null;
        };
        return v == null ? null : new Match(i, i, v, RuleNames.ANAPHORIC_UNIT, false);
    }

    Match dayOfMonthValue(int start, int end, int month, int day) {
        if (!validMonthDay(month, day)) {
            return null;
        }
        Integer y = ref.yearOf(month, day);
        if (y == null) {
            return new Match(start, end, Periods.unresolved(String.format("XXXX-%02d-%02d", month, day), Grain.DAY),
                    RuleNames.DATE_DAY_MONTH, false);
        }
        LocalDate d = date(y, month, day);
        if (d == null && month == 2 && day == 29) {
            // 29 February: the nearest leap year in the orientation's direction
            int step = ref.future() ? 1 : -1;
            for (int k = 1; k < 8 && d == null; k++) {
                d = date(y + step * k, month, day);
            }
        }
        return d == null ? null : new Match(start, end, Periods.day(d), RuleNames.DATE_DAY_MONTH, false);
    }

    /** The day number at i: 22, 1°, 1º, primo, tredici. Returns {value, lastToken} or null. */
    int[] dayNumber(int i) {
        if (!free(i)) {
            return null;
        }
        int d = digits(i);
        if (d >= 1 && d <= 31 && digitCount(i) <= 2) {
            int end = i;
            if ((gluedSymbol(i + 1, "°") || (free(i + 1) && doc.glued(i + 1) && w(i + 1).equals("º")))) {
                end = i + 1;
            }
            return new int[] {d, end};
        }
        if (d >= 0) {
            return null;
        }
        String s = w(i);
        if (s.equals("primo")) {
            return new int[] {1, i};
        }
        Integer v = lex.numbers.get(s);
        if (v != null && v >= 1 && v <= 31 && !s.startsWith("un")) {
            return new int[] {v, i};
        }
        return null;
    }

    /** [weekday] day [di] month [[del] year]: "22 novembre 2021", "lunedì 22 novembre", "primo di marzo". */
    Match dayMonth(int i) {
        int start = i;
        int wd = 0;
        TimeLexicon.NameEntry we = lex.weekdays.get(w(i));
        if (we != null && free(i)) {
            wd = we.value();
            i++;
            if (gluedSymbol(i, ".")) {
                i++;
            }
            if (w(i).equals(",")) {
                i++;
            }
        }
        int[] day = dayNumber(i);
        if (day == null) {
            return null;
        }
        int j = day[1] + 1;
        if (w(j).equals("di") && lex.months.containsKey(w(j + 1))) {
            j++;
        }
        int[] mEnd = new int[1];
        int month = month(j, true, mEnd);
        if (month < 0) {
            if (wd > 0 && doc.token(day[1]).kind() == Token.Kind.NUMBER) {
                return weekdayAndDay(start, day[1], DayOfWeek.of(wd), day[0]);
            }
            return null;
        }
        if (!validMonthDay(month, day[0])) {
            return null;
        }
        boolean spelled = doc.token(i).kind() == Token.Kind.WORD;
        if (spelled && !w(i).equals("primo") && !role(i - 1, Role.FROM) && !role(i - 1, Role.TO)
                && !role(i - 1, Role.ARTICLE) && !role(i - 1, Role.BETWEEN)) {
            return null; // "tre marzo" is fine after a cue; "sei aprile" on its own is too ambiguous
        }
        int end = mEnd[0];
        YearSpec ys = yearSpec(end + 1);
        if (ys != null && ys.year() != null && !ys.fiscal()) {
            LocalDate d = date(ys.year(), month, day[0]);
            return d == null ? null : new Match(start, ys.end(), Periods.day(d), RuleNames.DATE_DAY_MONTH_YEAR,
                    ys.absolute());
        }
        PhraseTable.Match<TimeLexicon.Shift> sh = lex.shifts.startingAt(doc, end + 1);
        if (sh != null && sh.value().offset() != 0 && !sh.value().fromMention() && free(end + 1)) {
            // "il 28 aprile prossimo", "il 2 marzo scorso"
            boolean before = ref.lookForward(sh.value().offset() > 0);
            try {
                Match shifted = dayOfMonthValue(start, sh.last(), month, day[0]);
                if (shifted != null) {
                    return shifted;
                }
            } finally {
                ref.lookForward(before);
            }
        }
        Match m = dayOfMonthValue(start, end, month, day[0]);
        if (wd > 0 && m != null && m.value().from() != null && m.value().from().getDayOfWeek().getValue() != wd) {
            // "domenica 10 febbraio": the year in which that date falls on that weekday, nearest first.
            int y0 = m.value().from().getYear();
            for (int dy : new int[] {-1, 1, -2, 2}) {
                LocalDate d = date(y0 + dy, month, day[0]);
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
        if (day == null || !role(i - 1, Role.ARTICLE) || !(role(day[1] + 1, Role.AND) || symbol(day[1] + 1, ","))) {
            return null;
        }
        int k = skipArticle(day[1] + 2);
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
        LocalDate today = ref.day();
        if (today == null) {
            return null;
        }
        YearMonth m = YearMonth.from(today);
        for (int k = 0; k < 48; k++) {
            YearMonth cand = ref.future() ? m.plusMonths(k) : m.minusMonths(k);
            if (dayOfMonth <= cand.lengthOfMonth()) {
                LocalDate d = cand.atDay(dayOfMonth);
                boolean ok = ref.future() ? !d.isBefore(today) : !d.isAfter(today);
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
        if (day == null || w(i).equals("primo") && !role(i - 1, Role.FROM)) {
            return null;
        }
        if (role(i - 1, Role.CLOCK_CUE) && !role(i - 1, Role.ARTICLE) || gluedSymbol(day[1] + 1, ":")) {
            return null; // "dalle 14", "alle 14:48" are hours
        }
        String prev = w(i - 1);
        if (!(role(i - 1, Role.ARTICLE) || prev.equals("dal") || prev.equals("dall'") || prev.equals("al")
                || prev.equals("all'") || role(i - 1, Role.BETWEEN) || role(i - 1, Role.AND))) {
            return null; // "da 10-12 miliardi" is an amount; "dal 10" is a day
        }
        int next = day[1] + 1;
        if (next < n && !role(next, Role.TO) && !role(next, Role.AND) && !role(next, Role.FROM)
                && !(role(next, Role.UNTIL) && role(next + 1, Role.TO)) && !sentencePunctuation(next)) {
            return null;
        }
        LocalDate today = ref.day();
        if (today == null) {
            return new Match(i, day[1], Periods.unresolved(String.format("XXXX-XX-%02d", day[0]), Grain.DAY),
                    RuleNames.BARE_DAY, false);
        }
        YearMonth m = YearMonth.from(today);
        for (int k = 0; k < 3; k++) {
            YearMonth cand = ref.future() ? m.plusMonths(k) : m.minusMonths(k);
            if (day[0] <= cand.lengthOfMonth()) {
                LocalDate d = cand.atDay(day[0]);
                if (ref.future() ? !d.isBefore(today) : !d.isAfter(today)) {
                    return new Match(i, day[1], Periods.day(d), RuleNames.BARE_DAY, false);
                }
            }
        }
        return null;
    }

    /** "novembre 2021", "dic. 2013", "dicembre del 2020", "a settembre" (orientation), "mese di marzo". */
    Match monthYear(int i) {
        int start = i;
        if (w(i).equals("mese") && w(i + 1).equals("di")) {
            i += 2;
        }
        int[] mEnd = new int[1];
        int month = month(i, true, mEnd);
        if (month < 0) {
            return null;
        }
        YearSpec ys = yearSpec(mEnd[0] + 1);
        if (ys != null && ys.year() != null && !ys.fiscal()) {
            return new Match(start, ys.end(), Periods.month(YearMonth.of(ys.year(), month)), RuleNames.MONTH_YEAR,
                    ys.absolute());
        }
        TimeLexicon.NameEntry e = lex.months.get(w(i));
        if (!e.full()) {
            return null;
        }
        PhraseTable.Match<TimeLexicon.Shift> after = lex.shifts.startingAt(doc, mEnd[0] + 1);
        if (after != null && after.value().offset() != 0 && !after.value().fromMention() && free(mEnd[0] + 1)
                && start == i) {
            return shiftedMonth(start, after.last(), month, after.value().offset());
        }
        if (capitalised(i) && i > 0 && !isSentenceStart(i) && start == i && !monthCue(i - 1)) {
            return null; // "Maggio" mid-sentence is more often a surname; "a Febbraio", "da Agosto" are months
        }
        Integer year = ref.yearOf(month, 0);
        if (year == null) {
            return new Match(start, mEnd[0], Periods.unresolved(String.format("XXXX-%02d", month), Grain.MONTH),
                    RuleNames.MONTH, false);
        }
        return new Match(start, mEnd[0], Periods.month(YearMonth.of(year, month)), RuleNames.MONTH, false);
    }

    /** A preposition that takes a month ("a", "da", "entro", "nel", "fino a") before a capitalised month name. */
    boolean monthCue(int k) {
        return role(k, Role.TO) || role(k, Role.FROM) || role(k, Role.IN) || role(k, Role.BY) || role(k, Role.UNTIL)
                || role(k, Role.BETWEEN) || role(k, Role.AND) && capitalised(k - 1) && lex.months.containsKey(w(k - 1));
    }

    /** "lo scorso settembre", "il prossimo marzo": the named month before (or after) the article's month. */
    Match shiftedMonth(int start, int end, int month, int dir) {
        YearMonth ref0 = ref.month();
        if (ref0 == null) {
            return new Match(start, end, Periods.unresolved(String.format("XXXX-%02d", month), Grain.MONTH),
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
        PhraseTable.Match<TimeLexicon.Shift> sh = lex.shifts.startingAt(doc, i);
        if (sh == null || sh.value().fromMention() || !free(i)) {
            return null;
        }
        int[] mEnd = new int[1];
        int month = month(sh.last() + 1, false, mEnd);
        if (month < 0) {
            return null;
        }
        return shiftedMonth(i, mEnd[0], month, sh.value().offset());
    }

    /** A four-digit year: "nel 2022", "il 2021", "entro il 2024" (needs a cue unless {@code cueless}). */
    Match yearCore(int i, boolean cueless) {
        int y = year4(i);
        if (y < 0) {
            return null;
        }
        boolean cue = cueless || role(i - 1, Role.YEAR_CUE) || role(i - 1, Role.AND) || symbol(i - 1, "-")
                || symbol(i - 1, "/") || role(i - 1, Role.TO) || role(i - 1, Role.FROM)
                || lex.periodParts.containsKey(w(i - 1)) && free(i - 1)
                || (gluedSymbol(i + 1, "-") || gluedSymbol(i + 1, "/")) && doc.glued(i + 2)
                && (year4(i + 2) > y || digits(i + 2) == (y + 1) % 100 && digitCount(i + 2) == 2); // "piano 2021-2025"
        if (!cue || y < 1900 || y > 2100) {
            return null;
        }
        if (!notFollowedByValueSign(i)) {
            return null;
        }
        // "2021-23", "2021/2022": a second year glued by a dash (or, for consecutive years, a slash) makes a range.
        if ((symbol(i + 1, "-") || symbol(i + 1, "/")) && doc.glued(i + 1) && doc.glued(i + 2)) {
            int y2 = digits(i + 2);
            int len = y2 < 0 ? 0 : digitCount(i + 2);
            if (len == 2) {
                y2 = (y / 100) * 100 + y2;
            }
            if ((len == 2 || len == 4) && y2 > y && y2 - y <= 20 && (symbol(i + 1, "-") || y2 == y + 1)) {
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
        if (!w(i).equals("anno")) {
            return null;
        }
        Match m = yearCore(i + 1, true);
        return m == null || !m.rule().equals(RuleNames.YEAR) ? null : m.from(i);
    }

    /** "anni '90", "anni 90", "anni novanta", "anni 2000". */
    Match decade(int i) {
        if (!w(i).equals("anni")) {
            return null;
        }
        int j = i + 1;
        if (symbol(j, "'")) {
            j++;
        }
        int d = digits(j);
        int first;
        if (d >= 0 && digitCount(j) == 2 && d % 10 == 0) {
            first = 1900 + d;
        } else if (d >= 0 && digitCount(j) == 4 && d % 10 == 0 && d >= 1800 && d <= 2090) {
            first = d;
        } else {
            int v = lex.numberWords.value(w(j));
            if (v >= 1800 && v <= 2090 && v % 10 == 0 && j == i + 1 && free(j)) {
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
        String s = w(i);
        if (s.equals("ultimo") || s.equals("ultima")) {
            last = true;
            i++;
        } else {
            PhraseTable.Match<TimeLexicon.Shift> sh = lex.shifts.startingAt(doc, i);
            if (sh != null && !sh.value().fromMention() && lex.weekdays.containsKey(w(sh.last() + 1))) {
                shift = sh.value().offset();
                i = sh.last() + 1;
            }
        }
        TimeLexicon.NameEntry e = lex.weekdays.get(w(i));
        if (e == null || !free(i)) {
            return null;
        }
        int end = i;
        if (!e.full()) {
            if (gluedSymbol(i + 1, ".")) {
                end = i + 1;
            } else if (capitalised(i) || i + 1 < n && !isPunctuationOrEnd(i + 1)) {
                return null; // "mar" alone, in lower case and ending a phrase, is Tuesday; "Mar Rosso" is not
            }
        }
        DayOfWeek dow = DayOfWeek.of(e.value());
        if (shift == Integer.MIN_VALUE && !last) {
            PhraseTable.Match<TimeLexicon.Shift> after = lex.shifts.startingAt(doc, end + 1);
            if (after != null && free(end + 1)) {
                shift = after.value().offset();
                end = after.last();
            } else if (w(end + 1).equals("dopo")) {
                shift = 1;
                end = end + 1;
            } else if (role(end + 1, Role.OF) && w(end + 2).equals("settimana") || role(end + 1, Role.OF)
                    && lex.shifts.startingAt(doc, end + 2) != null && w(lex.shifts.startingAt(doc, end + 2).last() + 1)
                    .equals("settimana")) {
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
        LocalDate today = ref.day();
        if (today == null) {
            return new Match(start, end, Periods.unresolved("XXXX-WXX-" + dow.getValue(), Grain.DAY),
                    RuleNames.WEEKDAY, false);
        }
        LocalDate d;
        if (last) {
            d = today.with(TemporalAdjusters.previous(dow));
        } else if (shift == Integer.MIN_VALUE) {
            d = ref.future() ? today.with(TemporalAdjusters.next(dow))
                    : today.with(TemporalAdjusters.previousOrSame(dow));
        } else {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
            d = monday.plusDays(dow.getValue() - 1);
        }
        return new Match(start, end, Periods.day(d), RuleNames.WEEKDAY, false);
    }

    /** "oggi", "ieri", "domani", "dopodomani", "l'altro ieri", "stamattina", "stasera". */
    Match relativeDay(int i) {
        PhraseTable.Match<Integer> hit = lex.relativeDays.startingAt(doc, i);
        if (hit != null) {
            for (int k = i; k <= hit.last(); k++) {
                if (!free(k)) {
                    return null;
                }
            }
            LocalDate today = ref.day();
            TimeValue v = today == null ? Periods.unresolved("XXXX-XX-XX", Grain.DAY)
                    : Periods.day(today.plusDays(hit.value()));
            return new Match(i, hit.last(), v, RuleNames.RELATIVE_DAY, false);
        }
        TimeLexicon.DayPart dp = lex.dayPartWords.get(w(i));
        if (dp != null) {
            LocalDate today = ref.day();
            TimeValue day = today == null ? null : Periods.day(today.plusDays(dp.dayOffset()));
            return new Match(i, i, partOfDayValue(day, lex.partsByCode.get(dp.code())), RuleNames.PART_OF_DAY, false);
        }
        return null;
    }

    /** "adesso", "ora", "in questo momento": the reference time itself. */
    Match now(int i) {
        PhraseTable.Match<Boolean> hit = lex.nowWords.startingAt(doc, i);
        if (hit == null || role(i - 1, Role.AUXILIARY)) {
            return null;
        }
        // "ora" as a noun ("un'ora", "l'ora", "09:45 ora locale") is not "now"; nor is "subito dopo".
        if (role(i - 1, Role.ARTICLE) || w(i - 1).equals("un'") || role(i - 1, Role.OF) || role(i - 1, Role.TO)
                || i > 0 && doc.token(i - 1).kind() == Token.Kind.NUMBER || w(hit.last() + 1).equals("locale")
                || role(hit.last() + 1, Role.AFTER) || role(hit.last() + 1, Role.BEFORE)) {
            return null;
        }
        TimeValue v = new TimeValue(Kind.DATE, "PRESENT_REF", ref.day(), ref.day(), Grain.SECOND, null, false);
        return new Match(i, hit.last(), v, RuleNames.NOW, false);
    }

    /** "la settimana scorsa", "il mese prossimo", "lo scorso anno", "quest'anno", "l'anno precedente". */
    Match relativeUnit(int i) {
        PhraseTable.Match<TimeLexicon.Shift> before = lex.shifts.startingAt(doc, i);
        TimeLexicon.Shift shift = null;
        int u = i;
        if (before != null && lex.units.containsKey(w(before.last() + 1))) {
            shift = before.value();
            u = before.last() + 1;
        }
        TimeLexicon.Unit unit = lex.units.get(w(u));
        if (unit == null || unit.count() != 1 || !free(u)) {
            return null;
        }
        int end = u;
        if (shift == null) {
            PhraseTable.Match<TimeLexicon.Shift> after = lex.shifts.startingAt(doc, u + 1);
            if (after == null || !free(u + 1)) {
                return null;
            }
            shift = after.value();
            end = after.last();
        }
        Grain g = unit.grain();
        if (end == u + 1 && (w(end).equals("dopo") || w(end).equals("prima")) && g.compareTo(Grain.DAY) >= 0) {
            Match anchor = core(end + 1);
            if (anchor != null && anchor.value().from() != null && anchor.value().grain().compareTo(g) <= 0) {
                LocalDate d = Periods.plus(anchor.value().from(), g, w(end).equals("dopo") ? 1 : -1);
                return new Match(i, anchor.end(), Periods.holding(d, g), RuleNames.RELATIVE_UNIT, anchor.absoluteYear());
            }
        }
        if (g == Grain.DAY || g == Grain.MINUTE || g == Grain.SECOND || g == Grain.DECADE || g == Grain.CENTURY) {
            return null;
        }
        if (w(u).equals("ora") && !(w(i).equals("ultima") || w(i).equals("prossima"))) {
            return null;
        }
        if (isPlural(u)) {
            return null;
        }
        return new Match(i, end, shiftedUnit(g, shift), RuleNames.RELATIVE_UNIT, false);
    }

    TimeValue shiftedUnit(Grain g, TimeLexicon.Shift shift) {
        int off = shift.offset();
        if (g == Grain.HOUR) {
            LocalDateTime now = ref.now();
            if (now == null) {
                return Periods.unresolved("XXXX-XX-XXTXX", Grain.HOUR);
            }
            LocalDateTime h = now.truncatedTo(ChronoUnit.HOURS).plusHours(off);
            return new TimeValue(Kind.DATE, hourTimex(h), h.toLocalDate(), h.toLocalDate(), Grain.HOUR, null, false);
        }
        if (shift.fromMention()) {
            TimeValue last = ref.lastPeriod(g);
            if (last != null && last.from() != null && last.grain() == g) {
                return Periods.holding(Periods.plus(last.from(), g, off), g);
            }
            if (g == Grain.YEAR && ref.contextYear() != null) {
                return Periods.year(ref.contextYear() + off);
            }
        }
        LocalDate anchor = switch (g) {
            case WEEK -> ref.day();
            case YEAR -> ref.year() == null ? null : LocalDate.of(ref.year(), 1, 1);
            default -> ref.month() == null ? null : ref.month().atDay(1);
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
        String u = w(i);
        if (!(u.equals("trimestre") || u.equals("semestre") || u.equals("settimana")) || !role(i - 1, Role.DEFINITE)) {
            return null;
        }
        String next = w(i + 1);
        if (role(i + 1, Role.OF) || lex.shifts.startingAt(doc, i + 1) != null || next.equals("in") || next.equals("che")
                || next.equals("cui") || lex.units.containsKey(next) || i + 1 < n && content[i + 1]) {
            return null;
        }
        Grain g = lex.units.get(u).grain();
        TimeValue last = ref.lastPeriod(g);
        if (last != null) {
            return new Match(i, i, last.withModifier(null), RuleNames.ANAPHORIC_UNIT, false);
        }
        LocalDate anchor = g == Grain.WEEK ? ref.day() : ref.month() == null ? null : ref.month().atDay(1);
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
        if (!w(i).equals("settimana") || !role(i + 1, Role.OF)) {
            return null;
        }
        Match day = core(i + 2);
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
        String s = w(i);
        if (!role(i, Role.SAME)) {
            return null;
        }
        String what = w(i + 1);
        TimeLexicon.Unit unit = lex.units.get(what);
        boolean anyPeriod = what.equals("periodo");
        if (!anyPeriod && (unit == null || unit.count() != 1 || isPlural(i + 1) || unit.grain() == Grain.YEAR
                || unit.grain().compareTo(Grain.WEEK) < 0)) {
            return null;
        }
        int j = i + 2;
        if (!role(j, Role.OF)) {
            return null;
        }
        TimeValue last = anyPeriod ? ref.lastPeriod() : ref.lastPeriod(unit.grain());
        Integer lastYear = last == null ? null : last.fiscal() ? fiscalYearOf(last.timex()) : last.year();
        int target;
        int end;
        int y = year4(j + 1);
        if (y > 0) {
            target = y;
            end = j + 1;
        } else if ((w(j + 1).equals("un") || w(j + 1).equals("uno")) && w(j + 2).equals("anno")
                && (w(j + 3).equals("prima") || w(j + 3).equals("fa"))) {
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
            String after = w(rel.end());
            boolean fromMention = after.equals("precedente") || after.equals("prima");
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
            if (!anyPeriod && ref.month() != null) {
                // no such period named yet: the article's own month or quarter, in that year
                LocalDate anchor = ref.month().atDay(1).withYear(target);
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
