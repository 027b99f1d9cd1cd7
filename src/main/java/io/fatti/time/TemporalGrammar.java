package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.mention.TimeModifier;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The Italian temporal grammar over one document's tokens. {@link #parseAt(int)} returns the longest expression
 * starting at a token. Expressions are built from small cores (a year, a month, a quarter, a weekday, a clock time)
 * and wrappers around them (a part of a period, a deadline, a range). Every core looks at a bounded number of
 * tokens, so a document is parsed in linear time. One instance per document; not thread-safe.
 */
final class TemporalGrammar {

    /** An expression over tokens {@code start..end} (inclusive). */
    record Match(int start, int end, TimeValue value, String rule, boolean absoluteYear) {

        Match withValue(TimeValue v, String r) {
            return new Match(start, end, v, r, absoluteYear);
        }

        Match from(int newStart) {
            return new Match(newStart, end, value, rule, absoluteYear);
        }

        Match to(int newEnd) {
            return new Match(start, newEnd, value, rule, absoluteYear);
        }
    }

    /** Numeric tokens longer than this are never dates (keeps work per token bounded). */
    private static final int MAX_NUMBER_LENGTH = 12;

    private final TimeLexicon lex;
    private final Document doc;
    private final Annotations found;
    private final Reference ref;
    private final int n;

    TemporalGrammar(TimeLexicon lex, Document doc, Annotations found, Reference ref) {
        this.lex = lex;
        this.doc = doc;
        this.found = found;
        this.ref = ref;
        this.n = doc.size();
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private String w(int i) {
        return i >= 0 && i < n ? doc.token(i).lower() : "";
    }

    private boolean free(int i) {
        return i >= 0 && i < n && !found.isClaimed(i);
    }

    private boolean role(int i, Role r) {
        return i >= 0 && i < n && lex.is(w(i), r);
    }

    /** Token i is a plain run of digits (no separators), at most 4 long. */
    private int digits(int i) {
        if (!free(i)) {
            return -1;
        }
        Token t = doc.token(i);
        if (t.kind() != Token.Kind.NUMBER || t.length() > 4) {
            return -1;
        }
        String s = t.text();
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private int digitCount(int i) {
        return doc.token(i).length();
    }

    /** A small cardinal: digits (up to 3) or a number word. -1 when none. */
    private int cardinal(int i) {
        if (!free(i)) {
            return -1;
        }
        int d = digits(i);
        if (d >= 0) {
            return digitCount(i) <= 3 ? d : -1;
        }
        Integer v = lex.numbers.get(w(i));
        return v == null ? -1 : v;
    }

    private boolean symbol(int i, String s) {
        return free(i) && doc.token(i).text().equals(s);
    }

    private boolean gluedSymbol(int i, String s) {
        return symbol(i, s) && doc.glued(i);
    }

    private boolean capitalised(int i) {
        String t = doc.token(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private int skipArticle(int i) {
        return role(i, Role.ARTICLE) && free(i) ? i + 1 : i;
    }

    /** A month name at i (full, or abbreviated when {@code abbrOk}); returns month or -1, and the end via out. */
    private int month(int i, boolean abbrOk, int[] end) {
        if (!free(i)) {
            return -1;
        }
        TimeLexicon.NameEntry e = lex.months.get(w(i));
        if (e == null || (!e.full() && !abbrOk)) {
            return -1;
        }
        end[0] = i;
        if (!e.full() && gluedSymbol(i + 1, ".")) {
            end[0] = i + 1;
        }
        return e.value();
    }

    /** A plausible year written in four digits at i, or -1. */
    private int year4(int i) {
        int y = digits(i);
        return y >= 1000 && y <= 2999 && digitCount(i) == 4 ? y : -1;
    }

    /** Two-digit year such as "'21", "21" → 2021, "'90" → 1990. */
    private static int century(int yy) {
        return yy < 50 ? 2000 + yy : 1900 + yy;
    }

    /** True when the token after {@code end} does not make the number a value ("2021%", "2022 euro" is fine). */
    private boolean notFollowedByValueSign(int end) {
        if (end + 1 >= n) {
            return true;
        }
        Token t = doc.token(end + 1);
        if (t.kind() == Token.Kind.SYMBOL && !t.text().equals("'")) {
            return false;
        }
        return !(doc.glued(end + 1) && (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.ALPHANUMERIC));
    }

    // ------------------------------------------------------------------------------------------------ entry

    /** The longest temporal expression starting at token i, or null. */
    Match parseAt(int i) {
        if (!free(i)) {
            return null;
        }
        Match best = null;
        best = longer(best, wrapped(i));
        best = longer(best, core(i));
        if (best != null && found.anyClaimed(best.start(), best.end())) {
            return null;
        }
        return best;
    }

    private static Match longer(Match a, Match b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.end() > a.end()) {
            return b;
        }
        return a;
    }

    // ------------------------------------------------------------------------------------------------ wrappers

    /** Deadlines, open ends, ranges and approximations around a core. */
    private Match wrapped(int i) {
        String s = w(i);
        Match best = null;
        if (lex.is(s, Role.BY)) {
            best = longer(best, deadline(i));
        }
        if (lex.is(s, Role.UNTIL)) {
            best = longer(best, until(i));
        }
        if (lex.is(s, Role.FROM)) {
            best = longer(best, fromTo(i, i + 1));
            best = longer(best, since(i, i + 1));
        }
        if (s.equals("a") && w(i + 1).equals("partire") && role(i + 2, Role.FROM)) {
            best = longer(best, since(i, i + 3));
        }
        if (lex.is(s, Role.BETWEEN)) {
            best = longer(best, between(i));
        }
        if (lex.is(s, Role.BEFORE) && role(i + 1, Role.OF)) {
            Match m = coreOrBareDay(i + 2, true);
            if (m != null && m.value().kind() == Kind.DATE) {
                TimeValue v = m.value();
                LocalDate to = v.from() == null ? null : v.from().minusDays(1);
                best = longer(best, new Match(i, m.end(), v.withModifier(TimeModifier.BEFORE).withBounds(null, to),
                        "time.before", m.absoluteYear()));
            }
        }
        if (lex.is(s, Role.AFTER) && s.equals("dopo") && lex.relativeDays.match(doc, i) == null) {
            int j = skipArticle(i + 1);
            if (j == i + 1 && role(j, Role.OF)) {
                j++;
            }
            Match m = coreOrBareDay(j, true);
            if (m != null && m.value().kind() == Kind.DATE) {
                TimeValue v = m.value();
                LocalDate from = v.to() == null ? null : v.to().plusDays(1);
                best = longer(best, new Match(i, m.end(), v.withModifier(TimeModifier.AFTER).withBounds(from, null),
                        "time.after", m.absoluteYear()));
            }
        }
        if (lex.is(s, Role.APPROX)) {
            int j = i + 1;
            if (w(j).equals("a") || role(j, Role.TO)) {
                j++;
            }
            j = skipArticle(j);
            Match m = core(j);
            if (m != null && m.value().kind() == Kind.DATE) {
                best = longer(best, m.from(i).withValue(m.value().withModifier(TimeModifier.APPROX), "time.approx"));
            }
        }
        best = longer(best, periodPart(i));
        best = longer(best, dashRange(i));
        return best;
    }

    /** "entro il 2024", "entro la fine dell'anno", "entro le 14:00", "entro il 15". */
    private Match deadline(int i) {
        int j = skipArticle(i + 1);
        Match m = longer(periodPart(j), coreOrBareDay(j, true));
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        TimeValue v = m.value();
        TimeModifier mod = v.modifier() == TimeModifier.END ? TimeModifier.END : TimeModifier.BY;
        return new Match(i, m.end(), v.withModifier(mod).withBounds(null, v.to()), "time.by", m.absoluteYear());
    }

    /** "fino al 2027", "fino alla fine del mese", "fino alle 14:00". */
    private Match until(int i) {
        if (!role(i + 1, Role.TO)) {
            return null;
        }
        int j = i + 2;
        Match m = longer(periodPart(j), coreOrBareDay(j, true));
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        TimeValue v = m.value();
        return new Match(i, m.end(), v.withModifier(TimeModifier.BY).withBounds(ref.day(), v.to()), "time.until",
                m.absoluteYear());
    }

    /** "dal 20 settembre", "a partire dal 2025", "da giovedì", "dalle 14". */
    private Match since(int i, int j) {
        if (w(i).equals("dai") || w(i).equals("dagli")) {
            return null;
        }
        Match m = coreOrBareDay(j, true);
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        TimeValue v = m.value();
        return new Match(i, m.end(), v.withModifier(TimeModifier.SINCE).withBounds(v.from(), null), "time.since",
                m.absoluteYear());
    }

    /** "dal 2019 al 2021", "dal 13 al 15 luglio", "da gennaio a marzo", "dalle 9:30 alle 11:00". */
    private Match fromTo(int i, int j) {
        Match left = coreOrBareDay(j, true);
        if (left == null) {
            return null;
        }
        int k = left.end() + 1;
        if (!role(k, Role.TO) || !free(k)) {
            return null;
        }
        Match right = coreOrBareDay(k + 1, true);
        return range(i, left, right);
    }

    /** "tra il 2020 e il 2023", "tra luglio e settembre", "tra il 13 e il 15 luglio", "tra le 9 e le 11". */
    private Match between(int i) {
        int j = skipArticle(i + 1);
        Match left = coreOrBareDay(j, true);
        if (left == null) {
            return null;
        }
        int k = left.end() + 1;
        if (!role(k, Role.AND) || !free(k)) {
            return null;
        }
        Match right = coreOrBareDay(skipArticle(k + 1), true);
        return range(i, left, right);
    }

    /** "2021-2023", "13-15 luglio", "9:30 - 11:00", "8 ago - 12 ago". */
    private Match dashRange(int i) {
        Match left = coreOrBareDay(i, false);
        if (left == null) {
            int[] day = dayNumber(i);
            if (day == null || doc.token(i).kind() != Token.Kind.NUMBER || !symbol(day[1] + 1, "-")) {
                return null;
            }
            Match right = core(day[1] + 2);
            if (right == null || !right.value().isDay()) {
                return null;
            }
            TimeValue v = Periods.unresolved(String.format("XXXX-XX-%02d", day[0]), Grain.DAY);
            LocalDate d = date(2000, 1, day[0]);
            left = new Match(i, day[1], d == null ? v : Periods.day(d), "time.bare-day", false);
            return range(i, left, right);
        }
        int k = left.end() + 1;
        if (!symbol(k, "-")) {
            return null;
        }
        Match right = coreOrBareDay(k + 1, false);
        if (right == null) {
            return null;
        }
        // "2021-23": a two-digit end year.
        return range(i, left, right);
    }

    /** Joins two ends into one range, letting a bare left end borrow what the right end says. */
    private Match range(int start, Match left, Match right) {
        if (left == null || right == null) {
            return null;
        }
        TimeValue a = left.value();
        TimeValue b = right.value();
        if (a.kind() != Kind.DATE || b.kind() != Kind.DATE || a.modifier() != null || b.modifier() != null) {
            return null;
        }
        if (left.rule().equals("time.bare-day")) {
            a = borrowMonth(left, b);
            if (a == null) {
                return null;
            }
        } else if (left.rule().equals("time.clock.bare") || left.rule().startsWith("time.clock")) {
            a = borrowDay(a, b);
        }
        if (right.rule().equals("time.bare-day") && !left.rule().equals("time.bare-day")) {
            return null;
        }
        if (a.grain() != b.grain() && !(sameFamily(a.grain(), b.grain()))) {
            return null;
        }
        if (a.from() != null && b.to() != null && b.to().isBefore(a.from())) {
            return null;
        }
        String timex = a.timex() + "/" + b.timex();
        TimeValue v = new TimeValue(Kind.DATE, timex, a.from(), b.to(), a.grain(), null, a.fiscal() || b.fiscal());
        return new Match(start, right.end(), v, "time.range", left.absoluteYear() || right.absoluteYear());
    }

    private static boolean sameFamily(Grain a, Grain b) {
        boolean clockA = a.compareTo(Grain.DAY) < 0;
        boolean clockB = b.compareTo(Grain.DAY) < 0;
        return clockA && clockB;
    }

    /** A bare day number as the left end of a range takes the month and year of the right end. */
    private TimeValue borrowMonth(Match left, TimeValue b) {
        int day = left.value().from() == null ? -1 : left.value().from().getDayOfMonth();
        if (b.grain() != Grain.DAY) {
            return null;
        }
        if (b.from() == null) {
            return left.value();
        }
        try {
            LocalDate d = b.from().withDayOfMonth(day);
            return Periods.day(d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A clock time as the left end of a range takes the day of the right end ("dalle 9 alle 11 di giovedì"). */
    private TimeValue borrowDay(TimeValue a, TimeValue b) {
        if (a.from() == null || b.from() == null || a.from().equals(b.from())) {
            return a;
        }
        String t = a.timex();
        int tIndex = t.indexOf('T');
        if (tIndex < 0) {
            return a;
        }
        return new TimeValue(a.kind(), b.from() + t.substring(tIndex), b.from(), b.from(), a.grain(), a.modifier(),
                a.fiscal());
    }

    /** "inizio del 2021", "fine anno", "metà settembre", "entro la fine del mese". */
    private Match periodPart(int i) {
        TimeModifier mod = lex.periodParts.get(w(i));
        if (mod == null || !free(i)) {
            return null;
        }
        int j = i + 1;
        if (role(j, Role.OF)) {
            j++;
        }
        Match m = null;
        String u = w(j);
        TimeLexicon.Unit unit = lex.units.get(u);
        if (unit != null && unit.count() == 1 && (u.equals("anno") || u.equals("mese") || u.equals("settimana")
                || u.equals("trimestre") || u.equals("semestre"))) {
            Match shifted = relativeUnit(j);
            if (shifted != null) {
                m = shifted;
            } else {
                m = anaphoricUnit(j, unit.grain());
            }
        }
        m = longer(m, core(j));
        if (m == null || m.value().kind() != Kind.DATE || m.value().modifier() != null) {
            return null;
        }
        Grain g = m.value().grain();
        if (g.compareTo(Grain.WEEK) < 0) {
            return null;
        }
        return new Match(i, m.end(), m.value().withModifier(mod), "time.part-of-period", m.absoluteYear());
    }

    /** A bare "anno" / "mese" after "fine", "inizio": the year or month in context. */
    private Match anaphoricUnit(int i, Grain grain) {
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
        return v == null ? null : new Match(i, i, v, "time.anaphoric-unit", false);
    }

    // ------------------------------------------------------------------------------------------------ cores

    /** A core expression, or (when {@code bareOk}) a bare day number or clock hour usable as a range end. */
    private Match coreOrBareDay(int i, boolean bareOk) {
        int j = skipArticle(i);
        Match m = core(j);
        if (m == null && j != i) {
            m = core(i);
        }
        if (bareOk) {
            m = longer(m, bareDay(j));
            m = longer(m, clockTime(j, false));
        }
        return m;
    }

    /** The longest core expression at i. */
    Match core(int i) {
        if (!free(i)) {
            return null;
        }
        Token t = doc.token(i);
        Match best = null;
        if (t.kind() == Token.Kind.NUMBER) {
            if (t.length() > MAX_NUMBER_LENGTH) {
                return null;
            }
            best = longer(best, numericDate(i));
            best = longer(best, dayMonth(i));
            best = longer(best, yearCore(i, false));
            best = longer(best, quarterCode(i));
            best = longer(best, durationOrShift(i));
            best = longer(best, clockTime(i, false));
            best = longer(best, ordinalPeriod(i));
            best = longer(best, ordinalWeekday(i));
            best = longer(best, firstLast(i));
            if (w(i - 1).equals("il") && isPunctuationOrEnd(i + 1)) {
                best = longer(best, bareDay(i)); // "il 19."
            }
        } else if (t.kind() == Token.Kind.ALPHANUMERIC) {
            best = longer(best, quarterCode(i));
        } else if (t.kind() == Token.Kind.WORD) {
            String s = t.lower();
            best = longer(best, dayMonth(i));
            best = longer(best, monthYear(i));
            best = longer(best, weekday(i));
            best = longer(best, relativeDay(i));
            best = longer(best, relativeUnit(i));
            best = longer(best, ordinalPeriod(i));
            best = longer(best, ordinalWeekday(i));
            best = longer(best, firstLast(i));
            best = longer(best, multiYear(i));
            best = longer(best, fiscalYear(i));
            best = longer(best, yearWord(i));
            best = longer(best, decade(i));
            best = longer(best, season(i));
            best = longer(best, holiday(i));
            best = longer(best, partOfDay(i));
            best = longer(best, durationOrShift(i));
            best = longer(best, set(i));
            best = longer(best, weekend(i));
            best = longer(best, samePeriod(i));
            best = longer(best, weekOf(i));
            best = longer(best, clockTime(i, false));
            best = longer(best, now(i));
            if (s.equals("q") || s.equals("fy")) {
                best = longer(best, quarterCode(i));
            }
        }
        if (best != null && best.value().isDay()) {
            best = longer(best, attachTime(best));
        }
        return best;
    }

    // ---- numeric dates

    /** 22/11/2021, 3/3/15, 15/02 (with a cue), 2021-11-22, 22.11.2021. */
    private Match numericDate(int i) {
        Token t = doc.token(i);
        String s = t.text();
        if (s.indexOf('.') > 0 && s.indexOf(',') < 0) {
            String[] p = s.split("\\.");
            if (p.length == 3 && p[0].length() <= 2 && p[1].length() <= 2 && p[2].length() == 4) {
                LocalDate d = date(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                return d == null ? null : new Match(i, i, Periods.day(d), "time.date.numeric", true);
            }
            return null;
        }
        int a = digits(i);
        if (a < 0) {
            return null;
        }
        if (digitCount(i) == 4 && symbol(i + 1, "-") && doc.glued(i + 1) && doc.glued(i + 2)) {
            int m = digits(i + 2);
            if (m >= 1 && m <= 12 && symbol(i + 3, "-") && doc.glued(i + 3) && doc.glued(i + 4)) {
                int d = digits(i + 4);
                LocalDate date = d > 0 ? date(a, m, d) : null;
                return date == null ? null : new Match(i, i + 4, Periods.day(date), "time.date.numeric", true);
            }
            return null;
        }
        if (digitCount(i) > 2 || !gluedSymbol(i + 1, "/") || !doc.glued(i + 2)) {
            return null;
        }
        int m = digits(i + 2);
        if (m < 1 || m > 12 || digitCount(i + 2) > 2) {
            return null;
        }
        if (gluedSymbol(i + 3, "/") && doc.glued(i + 4)) {
            int y = digits(i + 4);
            int len = y < 0 ? 0 : digitCount(i + 4);
            if (len == 2) {
                y = century(y);
            } else if (len != 4) {
                return null;
            }
            LocalDate d = date(y, m, a);
            return d == null ? null : new Match(i, i + 4, Periods.day(d), "time.date.numeric", true);
        }
        // Day and month only: needs a cue ("il 15/02", "dal 3/4") or a clock time after, so 24/7 and 1/3 stay.
        boolean cue = role(i - 1, Role.ARTICLE) || role(i - 1, Role.FROM) || role(i - 1, Role.TO)
                || role(i - 1, Role.BY) || role(i - 1, Role.IN) || role(i - 1, Role.OF)
                || (w(i + 3).equals("alle") && i + 3 < n);
        if (!cue || a < 1 || a > 31) {
            return null;
        }
        return dayOfMonthValue(i, i + 2, m, a);
    }

    private Match dayOfMonthValue(int start, int end, int month, int day) {
        if (!validMonthDay(month, day)) {
            return null;
        }
        Integer y = ref.yearOf(month, day);
        if (y == null) {
            return new Match(start, end, Periods.unresolved(String.format("XXXX-%02d-%02d", month, day), Grain.DAY),
                    "time.date.day-month", false);
        }
        LocalDate d = date(y, month, day);
        return d == null ? null : new Match(start, end, Periods.day(d), "time.date.day-month", false);
    }

    private static boolean validMonthDay(int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.Month.of(month).maxLength();
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- day and month

    /** The day number at i: 22, 1°, 1º, primo, tredici. Returns {value, lastToken} or null. */
    private int[] dayNumber(int i) {
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
    private Match dayMonth(int i) {
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
        int yj = end + 1;
        if (role(yj, Role.OF) && year4(yj + 1) > 0) {
            yj++;
        }
        int y = year4(yj);
        if (y > 0 && notFollowedByValueSign(yj)) {
            LocalDate d = date(y, month, day[0]);
            return d == null ? null : new Match(start, yj, Periods.day(d), "time.date.day-month-year", true);
        }
        if (symbol(yj, "'") && digits(yj + 1) >= 0 && digitCount(yj + 1) == 2 && doc.glued(yj + 1)) {
            LocalDate d = date(century(digits(yj + 1)), month, day[0]);
            return d == null ? null : new Match(start, yj + 1, Periods.day(d), "time.date.day-month-year", true);
        }
        Match m = dayOfMonthValue(start, end, month, day[0]);
        if (wd > 0 && m != null && m.value().from() != null && m.value().from().getDayOfWeek().getValue() != wd) {
            // "domenica 10 febbraio": the year in which that date falls on that weekday, nearest first.
            int y0 = m.value().from().getYear();
            for (int dy : new int[] {-1, 1, -2, 2}) {
                LocalDate d = date(y0 + dy, month, day[0]);
                if (d != null && d.getDayOfWeek().getValue() == wd) {
                    return new Match(start, end, Periods.day(d), "time.date.day-month", false);
                }
            }
        }
        return m;
    }

    /** "martedì 19", "gio 15": the nearest such day in the orientation's direction. */
    private Match weekdayAndDay(int start, int end, DayOfWeek wd, int dayOfMonth) {
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
                    return new Match(start, end, Periods.day(d), "time.date.weekday-day", false);
                }
            }
        }
        return null;
    }

    /** A lone day number after a cue, as one end of a range or after "entro", "dal": "il 19", "dal 20". */
    private Match bareDay(int i) {
        int[] day = dayNumber(i);
        if (day == null || w(i).equals("primo") && !role(i - 1, Role.FROM)) {
            return null;
        }
        if (!(role(i - 1, Role.ARTICLE) || role(i - 1, Role.FROM) || role(i - 1, Role.TO) || role(i - 1, Role.BY)
                || role(i - 1, Role.BETWEEN) || role(i - 1, Role.AND))) {
            return null;
        }
        int next = day[1] + 1;
        if (next < n && !role(next, Role.TO) && !role(next, Role.AND) && !role(next, Role.FROM)
                && doc.token(next).kind() != Token.Kind.PUNCTUATION) {
            return null;
        }
        LocalDate today = ref.day();
        if (today == null) {
            return new Match(i, day[1], Periods.unresolved(String.format("XXXX-XX-%02d", day[0]), Grain.DAY),
                    "time.bare-day", false);
        }
        YearMonth m = YearMonth.from(today);
        for (int k = 0; k < 3; k++) {
            YearMonth cand = ref.future() ? m.plusMonths(k) : m.minusMonths(k);
            if (day[0] <= cand.lengthOfMonth()) {
                LocalDate d = cand.atDay(day[0]);
                if (ref.future() ? !d.isBefore(today) : !d.isAfter(today)) {
                    return new Match(i, day[1], Periods.day(d), "time.bare-day", false);
                }
            }
        }
        return null;
    }

    // ---- months and years

    /** "novembre 2021", "dic. 2013", "dicembre del 2020", "a settembre" (orientation), "mese di marzo". */
    private Match monthYear(int i) {
        int start = i;
        if (w(i).equals("mese") && w(i + 1).equals("di")) {
            i += 2;
        }
        int[] mEnd = new int[1];
        int month = month(i, true, mEnd);
        if (month < 0) {
            return null;
        }
        int j = mEnd[0] + 1;
        if (role(j, Role.OF) && year4(j + 1) > 0) {
            j++;
        }
        int y = year4(j);
        if (y > 0 && notFollowedByValueSign(j)) {
            return new Match(start, j, Periods.month(YearMonth.of(y, month)), "time.month-year", true);
        }
        if (symbol(j, "'") && digits(j + 1) >= 0 && digitCount(j + 1) == 2) {
            return new Match(start, j + 1, Periods.month(YearMonth.of(century(digits(j + 1)), month)),
                    "time.month-year", true);
        }
        TimeLexicon.NameEntry e = lex.months.get(w(i));
        if (!e.full()) {
            return null;
        }
        if (capitalised(i) && i > 0 && !isSentenceStart(i) && start == i) {
            return null; // "Maggio" mid-sentence is more often a surname
        }
        Integer year = ref.yearOf(month, 0);
        if (year == null) {
            return new Match(start, mEnd[0], Periods.unresolved(String.format("XXXX-%02d", month), Grain.MONTH),
                    "time.month", false);
        }
        return new Match(start, mEnd[0], Periods.month(YearMonth.of(year, month)), "time.month", false);
    }

    private boolean isSentenceStart(int i) {
        return i == 0 || !doc.sameSentence(i - 1, i);
    }

    /** A four-digit year: "nel 2022", "il 2021", "entro il 2024" (needs a cue unless {@code cueless}). */
    private Match yearCore(int i, boolean cueless) {
        int y = year4(i);
        if (y < 0) {
            return null;
        }
        boolean cue = cueless || role(i - 1, Role.YEAR_CUE) || role(i - 1, Role.AND) || symbol(i - 1, "-")
                || symbol(i - 1, "/") || role(i - 1, Role.TO) || role(i - 1, Role.FROM);
        if (!cue || y < 1900 || y > 2100) {
            return null;
        }
        if (!notFollowedByValueSign(i)) {
            return null;
        }
        if (i + 1 < n && doc.token(i + 1).kind() == Token.Kind.NUMBER) {
            return null;
        }
        // "2021-23" / "2021/2022": a second year glued by a dash makes a range of years.
        if ((symbol(i + 1, "-") || symbol(i + 1, "/")) && doc.glued(i + 1) && doc.glued(i + 2)) {
            int y2 = digits(i + 2);
            int len = y2 < 0 ? 0 : digitCount(i + 2);
            if (len == 2) {
                y2 = (y / 100) * 100 + y2;
            }
            if ((len == 2 || len == 4) && y2 > y && y2 - y <= 20 && symbol(i + 1, "-")) {
                TimeValue a = Periods.year(y);
                TimeValue b = Periods.year(y2);
                return new Match(i, i + 2, new TimeValue(Kind.DATE, a.timex() + "/" + b.timex(), a.from(), b.to(),
                        Grain.YEAR, null, false), "time.range", true);
            }
        }
        return new Match(i, i, Periods.year(y), "time.year", true);
    }

    /** "anno 2021", "l'anno 2020". */
    private Match yearWord(int i) {
        if (!w(i).equals("anno")) {
            return null;
        }
        Match m = yearCore(i + 1, true);
        return m == null || !m.rule().equals("time.year") ? null : m.from(i);
    }

    /** "anni '90", "anni 90", "anni novanta", "anni 2000". */
    private Match decade(int i) {
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
            Integer v = lex.numbers.get(w(j));
            if (v == null || v < 20 || v > 90 || v % 10 != 0 || j != i + 1) {
                return null;
            }
            first = 1900 + v;
        }
        return new Match(i, j, Periods.decade(first), "time.decade", true);
    }

    // ---- weekdays

    /** "lunedì", "venerdì scorso", "martedì prossimo", "prossimo lunedì", "mercoledì di questa settimana". */
    private Match weekday(int i) {
        int start = i;
        int shift = Integer.MIN_VALUE;
        boolean last = false;
        String s = w(i);
        if (s.equals("ultimo") || s.equals("ultima")) {
            last = true;
            i++;
        } else {
            PhraseTable.Hit<TimeLexicon.Shift> sh = lex.shifts.match(doc, i);
            if (sh != null && !sh.value().fromMention() && lex.weekdays.containsKey(w(sh.end() + 1))) {
                shift = sh.value().offset();
                i = sh.end() + 1;
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
            PhraseTable.Hit<TimeLexicon.Shift> after = lex.shifts.match(doc, end + 1);
            if (after != null && free(end + 1)) {
                shift = after.value().offset();
                end = after.end();
            } else if (w(end + 1).equals("dopo")) {
                shift = 1;
                end = end + 1;
            } else if (role(end + 1, Role.OF) && w(end + 2).equals("settimana") || role(end + 1, Role.OF)
                    && lex.shifts.match(doc, end + 2) != null && w(lex.shifts.match(doc, end + 2).end() + 1)
                    .equals("settimana")) {
                Match wk = relativeUnit(end + 2);
                if (wk != null && wk.value().grain() == Grain.WEEK) {
                    TimeValue week = wk.value();
                    if (week.from() == null) {
                        return new Match(start, wk.end(), Periods.unresolved("XXXX-WXX-" + dow.getValue(),
                                Grain.DAY), "time.weekday", false);
                    }
                    return new Match(start, wk.end(), Periods.day(week.from().plusDays(dow.getValue() - 1)),
                            "time.weekday", false);
                }
            }
        }
        LocalDate today = ref.day();
        if (today == null) {
            return new Match(start, end, Periods.unresolved("XXXX-WXX-" + dow.getValue(), Grain.DAY),
                    "time.weekday", false);
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
        return new Match(start, end, Periods.day(d), "time.weekday", false);
    }

    // ---- relative days, now

    /** "oggi", "ieri", "domani", "dopodomani", "l'altro ieri", "stamattina", "stasera". */
    private Match relativeDay(int i) {
        PhraseTable.Hit<Integer> hit = lex.relativeDays.match(doc, i);
        if (hit != null) {
            for (int k = i; k <= hit.end(); k++) {
                if (!free(k)) {
                    return null;
                }
            }
            LocalDate today = ref.day();
            TimeValue v = today == null ? Periods.unresolved("XXXX-XX-XX", Grain.DAY)
                    : Periods.day(today.plusDays(hit.value()));
            return new Match(i, hit.end(), v, "time.relative.day", false);
        }
        TimeLexicon.DayPart dp = lex.dayPartWords.get(w(i));
        if (dp != null) {
            LocalDate today = ref.day();
            TimeValue day = today == null ? null : Periods.day(today.plusDays(dp.dayOffset()));
            return new Match(i, i, partOfDayValue(day, lex.partsByCode.get(dp.code())), "time.part-of-day", false);
        }
        return null;
    }

    /** "adesso", "ora", "in questo momento": the reference time itself. */
    private Match now(int i) {
        PhraseTable.Hit<Boolean> hit = lex.nowWords.match(doc, i);
        if (hit == null || role(i - 1, Role.AUXILIARY)) {
            return null;
        }
        // "ora" as a noun ("un'ora", "l'ora") is not "now".
        if (role(i - 1, Role.ARTICLE) || w(i - 1).equals("un'") || role(i - 1, Role.OF) || role(i - 1, Role.TO)) {
            return null;
        }
        TimeValue v = new TimeValue(Kind.DATE, "PRESENT_REF", ref.day(), ref.day(), Grain.SECOND, null, false);
        return new Match(i, hit.end(), v, "time.now", false);
    }

    // ---- units shifted from the article date

    /** "la settimana scorsa", "il mese prossimo", "lo scorso anno", "quest'anno", "l'anno precedente". */
    private Match relativeUnit(int i) {
        PhraseTable.Hit<TimeLexicon.Shift> before = lex.shifts.match(doc, i);
        TimeLexicon.Shift shift = null;
        int u = i;
        if (before != null && lex.units.containsKey(w(before.end() + 1))) {
            shift = before.value();
            u = before.end() + 1;
        }
        TimeLexicon.Unit unit = lex.units.get(w(u));
        if (unit == null || unit.count() != 1 || !free(u)) {
            return null;
        }
        int end = u;
        if (shift == null) {
            PhraseTable.Hit<TimeLexicon.Shift> after = lex.shifts.match(doc, u + 1);
            if (after == null || !free(u + 1)) {
                return null;
            }
            shift = after.value();
            end = after.end();
        }
        Grain g = unit.grain();
        if (end == u + 1 && (w(end).equals("dopo") || w(end).equals("prima")) && g.compareTo(Grain.DAY) >= 0) {
            Match anchor = core(end + 1);
            if (anchor != null && anchor.value().from() != null && anchor.value().grain().compareTo(g) <= 0) {
                LocalDate d = Periods.plus(anchor.value().from(), g, w(end).equals("dopo") ? 1 : -1);
                return new Match(i, anchor.end(), Periods.holding(d, g), "time.relative.unit", anchor.absoluteYear());
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
        return new Match(i, end, shiftedUnit(g, shift), "time.relative.unit", false);
    }

    private boolean isPlural(int i) {
        String s = w(i);
        return s.endsWith("i") || (s.endsWith("e") && !s.equals("mese") && !s.equals("trimestre")
                && !s.equals("semestre") && !s.equals("bimestre") && !s.equals("quadrimestre"));
    }

    private TimeValue shiftedUnit(Grain g, TimeLexicon.Shift shift) {
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
            TimeValue last = ref.lastPeriod();
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

    private static String hourTimex(LocalDateTime t) {
        return t.toLocalDate() + String.format("T%02d", t.getHour());
    }

    /** "la settimana del 6 ottobre": the week holding that day. */
    private Match weekOf(int i) {
        if (!w(i).equals("settimana") || !role(i + 1, Role.OF)) {
            return null;
        }
        Match day = core(i + 2);
        if (day == null || !day.value().isDay()) {
            return null;
        }
        return new Match(i, day.end(), Periods.week(day.value().from()), "time.week-of", day.absoluteYear());
    }

    /** "stesso periodo dell'anno precedente", "stesso periodo del 2020": the last period, in another year. */
    private Match samePeriod(int i) {
        if (!(w(i).equals("stesso") || w(i).equals("medesimo")) || !w(i + 1).equals("periodo")) {
            return null;
        }
        int j = i + 2;
        if (!role(j, Role.OF)) {
            return null;
        }
        int target;
        int end;
        TimeValue last = ref.lastPeriod();
        int y = year4(j + 1);
        if (y > 0) {
            target = y;
            end = j + 1;
        } else {
            Match rel = relativeUnit(j + 1);
            if (rel == null || rel.value().grain() != Grain.YEAR) {
                return null;
            }
            end = rel.end();
            String after = w(rel.end());
            boolean fromMention = after.equals("precedente") || after.equals("prima");
            if (fromMention && last != null && last.year() != null) {
                target = last.year() - 1;
            } else if (rel.value().year() != null) {
                target = rel.value().year();
            } else {
                return new Match(i, end, Periods.unresolved("XXXX", Grain.YEAR), "time.same-period", false);
            }
        }
        if (last == null || last.from() == null || last.year() == null) {
            return new Match(i, end, Periods.year(target), "time.same-period", false);
        }
        long years = target - last.year();
        TimeValue v = last.withBounds(last.from().plusYears(years), last.to().plusYears(years));
        String timex = v.timex();
        if (timex.startsWith(Periods.yearString(last.year()))) {
            timex = Periods.yearString(target) + timex.substring(4);
        } else if (timex.startsWith("P")) {
            timex = timex;
        }
        return new Match(i, end, v.withTimex(timex).withModifier(null), "time.same-period", false);
    }

    // ---- business periods

    /** The year that follows a period word: "2021", "del 2021", "dell'anno scorso", "di quest'anno", "'21". */
    private record YearSpec(int end, Integer year, boolean absolute, boolean fiscal) {
    }

    private YearSpec yearSpec(int i) {
        int y = year4(i);
        if (y > 0 && notFollowedByValueSign(i)) {
            return new YearSpec(i, y, true, false);
        }
        if (symbol(i, "'") && digits(i + 1) >= 0 && digitCount(i + 1) == 2) {
            return new YearSpec(i + 1, century(digits(i + 1)), true, false);
        }
        if (role(i, Role.OF)) {
            y = year4(i + 1);
            if (y > 0 && notFollowedByValueSign(i + 1)) {
                return new YearSpec(i + 1, y, true, false);
            }
            Match rel = relativeUnit(i + 1);
            if (rel != null && rel.value().grain() == Grain.YEAR) {
                return new YearSpec(rel.end(), rel.value().year(), false, false);
            }
            String s = w(i + 1);
            if (s.equals("esercizio") || (s.equals("anno") && (w(i + 2).equals("fiscale")
                    || w(i + 2).equals("finanziario")))) {
                int k = s.equals("esercizio") ? i + 2 : i + 3;
                if (w(k).equals("fiscale")) {
                    k++;
                }
                y = year4(k);
                if (y > 0) {
                    return new YearSpec(k, y, true, true);
                }
            }
            if (s.equals("anno")) {
                return new YearSpec(i + 1, ref.contextYear(), false, false);
            }
        }
        return null;
    }

    /** "terzo trimestre 2021", "il primo trimestre", "secondo semestre", "primo trimestre fiscale 2023". */
    private Match ordinalPeriod(int i) {
        int ord;
        int j;
        Integer o = lex.ordinals.get(w(i));
        if (o != null && free(i)) {
            ord = o;
            j = i + 1;
            if (w(i).length() <= 3 && !capitalised(i) && w(i).startsWith("i")) {
                return null; // roman numerals only as written: "II trimestre"
            }
        } else {
            int d = digits(i);
            if (d < 1 || d > 6 || !(gluedSymbol(i + 1, "°") || (doc.glued(i + 1) && w(i + 1).equals("º")))) {
                return null;
            }
            ord = d;
            j = i + 2;
        }
        TimeLexicon.Unit unit = lex.units.get(w(j));
        if (unit == null || !free(j)) {
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
        if (isPlural(j) && !w(j).equals("trimestre")) {
            return null;
        }
        int end = j;
        boolean fiscal = false;
        if (w(j + 1).equals("fiscale") || w(j + 1).equals("finanziario")) {
            fiscal = true;
            end = j + 1;
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
            year = ref.contextYear();
        }
        return new Match(i, end, periodOf(g, unit.count(), ord, year, fiscal), "time.period.ordinal", absolute);
    }

    private TimeValue periodOf(Grain g, int unitCount, int ord, Integer year, boolean fiscal) {
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
    private Match quarterCode(int i) {
        Token t = doc.token(i);
        String s = t.lower();
        int ord = -1;
        Grain g = null;
        Integer year = null;
        int end = i;
        boolean fiscal = false;
        if (t.kind() == Token.Kind.ALPHANUMERIC && s.length() >= 2 && (s.charAt(0) == 'q' || s.charAt(0) == 'h')
                && allDigits(s, 1)) {
            // "Q3", "H1", or "Q21" glued after a number ("3Q21")
            g = s.charAt(0) == 'q' ? Grain.QUARTER : Grain.HALF;
            if (s.length() == 2) {
                ord = s.charAt(1) - '0';
            } else {
                return null;
            }
        } else if (t.kind() == Token.Kind.ALPHANUMERIC && s.startsWith("fy") && allDigits(s, 2)
                && (s.length() == 4 || s.length() == 6)) {
            int y = Integer.parseInt(s.substring(2));
            y = s.length() == 4 ? century(y) : y;
            return new Match(i, i, new TimeValue(Kind.DATE, "FY" + y, null, null, Grain.YEAR, null, true),
                    "time.period.fiscal-year", true);
        } else if (t.kind() == Token.Kind.NUMBER && t.length() == 1 && free(i + 1) && doc.glued(i + 1)) {
            // "3Q21" = "3" + "Q21"; "1H 2022" = "1" + "H"
            String nx = w(i + 1);
            int d = t.text().charAt(0) - '0';
            if (nx.length() == 3 && (nx.charAt(0) == 'q' || nx.charAt(0) == 'h') && allDigits(nx, 1)) {
                g = nx.charAt(0) == 'q' ? Grain.QUARTER : Grain.HALF;
                ord = d;
                year = century(Integer.parseInt(nx.substring(1)));
                end = i + 1;
            } else if (nx.equals("q") || nx.equals("h")) {
                g = nx.equals("q") ? Grain.QUARTER : Grain.HALF;
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
            if (symbol(j, "-") && doc.glued(j)) {
                j++;
            }
            Token nt = j < n ? doc.token(j) : null;
            if (nt != null && nt.kind() == Token.Kind.ALPHANUMERIC && nt.lower().startsWith("fy")
                    && allDigits(nt.lower(), 2)) {
                String fy = nt.lower().substring(2);
                year = fy.length() == 2 ? century(Integer.parseInt(fy)) : Integer.parseInt(fy);
                fiscal = true;
                end = j;
                absolute = true;
            } else {
                YearSpec ys = yearSpec(j);
                if (ys == null && j < n && digits(j) >= 0 && digitCount(j) == 2 && doc.glued(j)) {
                    ys = new YearSpec(j, century(digits(j)), true, false);
                }
                if (ys != null) {
                    year = ys.year();
                    end = ys.end();
                    absolute = ys.absolute();
                    fiscal = ys.fiscal();
                } else {
                    year = ref.contextYear();
                }
            }
        }
        if (w(end + 1).equals("fiscale")) {
            fiscal = true;
            end++;
        }
        return new Match(i, end, periodOf(g, 1, ord, year, fiscal), "time.period.code", absolute);
    }

    private static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "prima metà dell'anno", "seconda metà del 2022". */
    private Match halfOfYear(int i) {
        Integer o = lex.ordinals.get(w(i));
        if (o == null || o < 1 || o > 2 || !(w(i + 1).equals("metà") || w(i + 1).equals("meta"))) {
            return null;
        }
        YearSpec ys = yearSpec(i + 2);
        if (ys == null) {
            return null;
        }
        Integer year = ys.year();
        TimeValue v = year == null ? Periods.unresolved("XXXX-H" + o, Grain.HALF) : Periods.half(year, o);
        return new Match(i, ys.end(), v, "time.period.half", ys.absolute());
    }

    /**
     * "primi nove mesi del 2021", "ultimi tre mesi del 2021", "negli ultimi 12 mesi", "i prossimi tre anni",
     * "le 2 ultime settimane", "i due mesi passati", "gli scorsi due anni".
     */
    private Match firstLast(int i) {
        Match half = halfOfYear(i);
        if (half != null) {
            return half;
        }
        String s = w(i);
        int count;
        int u;
        int dir; // -1 last/past, +1 next, 0 first
        Integer o = lex.ordinals.get(s);
        PhraseTable.Hit<TimeLexicon.Shift> sh = lex.shifts.match(doc, i);
        if ((s.equals("primi") || s.equals("prime")) && cardinal(i + 1) > 0) {
            dir = 0;
            count = cardinal(i + 1);
            u = i + 2;
        } else if ((s.equals("ultimi") || s.equals("ultime")) && cardinal(i + 1) > 0) {
            dir = -1;
            count = cardinal(i + 1);
            u = i + 2;
        } else if (sh != null && sh.value().offset() != 0 && !sh.value().fromMention() && cardinal(sh.end() + 1) > 0
                && isPluralForm(s)) {
            dir = sh.value().offset();
            count = cardinal(sh.end() + 1);
            u = sh.end() + 2;
        } else if (cardinal(i) > 0 && isPluralForm(w(i + 1))) {
            // "2 ultime settimane", "3 prossimi mesi", "2 mesi passati"
            count = cardinal(i);
            PhraseTable.Hit<TimeLexicon.Shift> mid = lex.shifts.match(doc, i + 1);
            if (mid != null && mid.value().offset() != 0 && !mid.value().fromMention()) {
                dir = mid.value().offset();
                u = mid.end() + 1;
            } else if (lex.units.containsKey(w(i + 1))) {
                PhraseTable.Hit<TimeLexicon.Shift> post = lex.shifts.match(doc, i + 2);
                if (post == null || post.value().offset() == 0 || post.value().fromMention()) {
                    return null;
                }
                dir = post.value().offset();
                u = i + 1;
                TimeLexicon.Unit unit = lex.units.get(w(u));
                return lastNext(i, post.end(), unit, count, dir);
            } else {
                return null;
            }
        } else {
            return null;
        }
        TimeLexicon.Unit unit = lex.units.get(w(u));
        if (unit == null || !free(u) || count < 1 || count > 100) {
            return null;
        }
        if (dir == 0 || (dir == -1 && (role(u + 1, Role.OF)))) {
            YearSpec ys = yearSpec(u + 1);
            Integer year;
            int end = u;
            boolean absolute = false;
            if (ys != null) {
                year = ys.year();
                end = ys.end();
                absolute = ys.absolute();
            } else if (dir == 0) {
                year = ref.contextYear();
            } else {
                return lastNext(i, u, unit, count, dir);
            }
            int months = monthsOf(unit, count);
            if (months <= 0 || months > 12) {
                return null;
            }
            String timex = Periods.duration((long) count * unit.count(), unit.grain());
            if (year == null) {
                return new Match(i, end, Periods.unresolved(timex, Grain.MONTH), "time.period.first-last", false);
            }
            YearMonth first = dir == 0 ? YearMonth.of(year, 1) : YearMonth.of(year, 12 - months + 1);
            return new Match(i, end, Periods.months(first, first.plusMonths(months - 1), timex),
                    "time.period.first-last", absolute);
        }
        return lastNext(i, u, unit, count, dir);
    }

    private static boolean isPluralForm(String s) {
        return s.endsWith("i") || s.endsWith("e");
    }

    private static int monthsOf(TimeLexicon.Unit unit, int count) {
        return switch (unit.grain()) {
            case MONTH -> count * unit.count();
            case QUARTER -> 3 * count;
            case HALF -> 6 * count;
            default -> -1;
        };
    }

    /** The {@code count} whole units before (dir -1) or after (+1) the current one. */
    private Match lastNext(int start, int end, TimeLexicon.Unit unit, int count, int dir) {
        Grain g = unit.grain();
        long total = (long) count * unit.count();
        String timex = Periods.duration(total, g);
        if (g.compareTo(Grain.DAY) < 0) {
            LocalDateTime now = ref.now();
            if (now == null) {
                return new Match(start, end, Periods.unresolved(timex, g), "time.last-next", false);
            }
            ChronoUnit cu = g == Grain.HOUR ? ChronoUnit.HOURS : g == Grain.MINUTE ? ChronoUnit.MINUTES
                    : ChronoUnit.SECONDS;
            LocalDateTime cur = now.truncatedTo(cu);
            LocalDateTime first = dir < 0 ? cur.minus(total, cu) : cur.plus(1, cu);
            LocalDateTime last = dir < 0 ? cur.minus(1, cu) : cur.plus(total, cu);
            TimeValue v = new TimeValue(Kind.DATE, clockTimex(first, g) + "/" + clockTimex(last, g),
                    first.toLocalDate(), last.toLocalDate(), g, null, false);
            return new Match(start, end, v, "time.last-next", false);
        }
        LocalDate anchor = switch (g) {
            case DAY, WEEK -> ref.day();
            case YEAR, DECADE -> ref.year() == null ? null : LocalDate.of(ref.year(), 1, 1);
            default -> ref.month() == null ? null : ref.month().atDay(1);
        };
        if (anchor == null) {
            return new Match(start, end, Periods.unresolved(timex, g), "time.last-next", false);
        }
        TimeValue current = Periods.holding(anchor, g);
        LocalDate from = dir < 0 ? Periods.plus(current.from(), g, -total) : Periods.plus(current.from(), g, 1);
        LocalDate to = dir < 0 ? current.from().minusDays(1) : Periods.plus(current.from(), g, total + 1).minusDays(1);
        TimeValue v = new TimeValue(Kind.DATE, timex, from, to, g, null, false);
        return new Match(start, end, v, "time.last-next", false);
    }

    static String clockTimex(LocalDateTime t, Grain g) {
        return switch (g) {
            case HOUR -> t.toLocalDate() + String.format("T%02d", t.getHour());
            case MINUTE -> t.toLocalDate() + String.format("T%02d:%02d", t.getHour(), t.getMinute());
            default -> t.toLocalDate() + String.format("T%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        };
    }

    /** "il triennio 2021-2023", "biennio 2022/23". */
    private Match multiYear(int i) {
        TimeLexicon.Unit unit = lex.units.get(w(i));
        if (unit == null || unit.grain() != Grain.YEAR || unit.count() < 2 || !free(i)) {
            return null;
        }
        int y1 = year4(i + 1);
        if (y1 < 0) {
            return null;
        }
        int y2 = -1;
        int end = i + 1;
        if ((symbol(i + 2, "-") || symbol(i + 2, "/")) && digits(i + 3) >= 0) {
            y2 = digits(i + 3);
            if (digitCount(i + 3) == 2) {
                y2 = (y1 / 100) * 100 + y2;
            } else if (digitCount(i + 3) != 4) {
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
        return new Match(i, end, v, "time.period.multi-year", true);
    }

    /** "esercizio 2022", "anno fiscale 2023", "esercizio fiscale 2021": fiscal, no calendar dates. */
    private Match fiscalYear(int i) {
        String s = w(i);
        int j;
        if (s.equals("esercizio")) {
            j = i + 1;
            if (w(j).equals("fiscale") || w(j).equals("finanziario")) {
                j++;
            }
        } else if (s.equals("anno") && (w(i + 1).equals("fiscale") || w(i + 1).equals("finanziario"))) {
            j = i + 2;
        } else {
            return null;
        }
        if (role(j, Role.OF)) {
            j++;
        }
        int y = year4(j);
        if (y < 0) {
            return null;
        }
        return new Match(i, j, new TimeValue(Kind.DATE, "FY" + y, null, null, Grain.YEAR, null, true),
                "time.period.fiscal-year", true);
    }

    // ---- ordinal weekday / day / week of a month

    /** "primo martedì di ottobre", "ultima domenica di marzo 2014", "il terzo giorno di ottobre", "prima settimana di ottobre 2014". */
    private Match ordinalWeekday(int i) {
        int ord;
        int j;
        Integer o = lex.ordinals.get(w(i));
        if (o != null && free(i) && !(w(i).length() <= 3 && w(i).startsWith("i"))) {
            ord = o;
            j = i + 1;
        } else {
            int d = digits(i);
            if (d < 1 || d > 5 || !(gluedSymbol(i + 1, "°") || (doc.glued(i + 1) && w(i + 1).equals("º")))) {
                return null;
            }
            ord = d;
            j = i + 2;
        }
        String what = w(j);
        TimeLexicon.NameEntry wd = lex.weekdays.get(what);
        boolean day = what.equals("giorno");
        boolean week = what.equals("settimana");
        if ((wd == null || !wd.full()) && !day && !week) {
            return null;
        }
        int k = j + 1;
        if (w(k).equals("dopo") && wd != null) {
            Match anchor = core(k + 1);
            if (anchor == null || !anchor.value().isDay() || ord < 1) {
                return null;
            }
            LocalDate d = anchor.value().from().with(TemporalAdjusters.next(DayOfWeek.of(wd.value())))
                    .plusWeeks(ord - 1);
            return new Match(i, anchor.end(), Periods.day(d), "time.ordinal-day-after", anchor.absoluteYear());
        }
        if (w(k).equals("del") && w(k + 1).equals("mese") && w(k + 2).equals("di")) {
            k += 3;
        } else if (role(k, Role.OF) || w(k).equals("in")) {
            k++;
        } else {
            return null;
        }
        int[] mEnd = new int[1];
        int month = month(k, true, mEnd);
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
            year = ref.yearOf(month, 0);
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
            return new Match(i, end, Periods.week(d), "time.week-of-month", absolute);
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
        return new Match(i, end, Periods.day(d), "time.ordinal-day-of-month", absolute);
    }

    // ---- seasons, holidays, weekends

    /** "quest'estate", "l'inverno scorso", "la prossima primavera", "estate 2021", "in autunno". */
    private Match season(int i) {
        int start = i;
        Integer shift = null;
        PhraseTable.Hit<TimeLexicon.Shift> sh = lex.shifts.match(doc, i);
        if (sh != null && lex.seasons.containsKey(w(sh.end() + 1))) {
            shift = sh.value().offset();
            i = sh.end() + 1;
        }
        TimeLexicon.Season season = lex.seasons.get(w(i));
        if (season == null || !free(i)) {
            return null;
        }
        int end = i;
        if (shift == null) {
            PhraseTable.Hit<TimeLexicon.Shift> after = lex.shifts.match(doc, i + 1);
            if (after != null && free(i + 1)) {
                shift = after.value().offset();
                end = after.end();
            }
        }
        int y = year4(end + 1);
        if (shift == null && y > 0) {
            return new Match(start, end + 1, seasonValue(season, y), "time.season", true);
        }
        if (shift == null) {
            if (!(role(start - 1, Role.IN) || role(start - 1, Role.ARTICLE) || role(start - 1, Role.OF))) {
                return null;
            }
            shift = 0;
        }
        LocalDate today = ref.day() != null ? ref.day() : ref.month() != null ? ref.month().atDay(15) : null;
        if (today == null) {
            return new Match(start, end, Periods.unresolved("XXXX-" + season.code(), Grain.MONTH), "time.season",
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
        return new Match(start, end, seasonValue(season, base), "time.season", false);
    }

    private static TimeValue seasonValue(TimeLexicon.Season s, int year) {
        LocalDate from = s.first().atYear(year);
        LocalDate to = s.last().atYear(year);
        if (to.isBefore(from)) {
            to = s.last().atYear(year + 1);
        }
        return TimeValue.date(Periods.yearString(year) + "-" + s.code(), from, to, Grain.MONTH);
    }

    /** "natale", "la vigilia di natale", "ferragosto", "festa della mamma", optionally with a year. */
    private Match holiday(int i) {
        PhraseTable.Hit<TimeLexicon.Holiday> hit = lex.holidays.match(doc, i);
        if (hit == null) {
            return null;
        }
        for (int k = i; k <= hit.end(); k++) {
            if (!free(k)) {
                return null;
            }
        }
        TimeLexicon.Holiday h = hit.value();
        int end = hit.end();
        int y = year4(end + 1);
        if (y < 0 && role(end + 1, Role.OF)) {
            y = year4(end + 2);
            if (y > 0) {
                end++;
            }
        }
        if (y > 0) {
            return new Match(i, end + 1, Periods.day(holidayIn(h, y)), "time.holiday", true);
        }
        LocalDate today = ref.day();
        if (today == null) {
            Integer year = ref.contextYear();
            if (year == null) {
                return null;
            }
            return new Match(i, end, Periods.day(holidayIn(h, year)), "time.holiday", false);
        }
        LocalDate d = holidayIn(h, today.getYear());
        if (ref.future() && d.isBefore(today)) {
            d = holidayIn(h, today.getYear() + 1);
        } else if (!ref.future() && d.isAfter(today)) {
            d = holidayIn(h, today.getYear() - 1);
        }
        return new Match(i, end, Periods.day(d), "time.holiday", false);
    }

    private static LocalDate holidayIn(TimeLexicon.Holiday h, int year) {
        if (h.fixed() != null) {
            return h.fixed().atYear(year);
        }
        return LocalDate.of(year, h.month(), 1).with(TemporalAdjusters.dayOfWeekInMonth(h.nth(), h.weekday()));
    }

    /** "questo weekend", "il prossimo fine settimana", "l'ultimo week-end", "il we del 15 febbraio". */
    private Match weekend(int i) {
        int start = i;
        Integer shift = null;
        PhraseTable.Hit<TimeLexicon.Shift> sh = lex.shifts.match(doc, i);
        if (sh != null && free(i)) {
            shift = sh.value().offset();
            i = sh.end() + 1;
        }
        int end = weekendWord(i);
        if (end < 0) {
            return null;
        }
        LocalDate anchor = ref.day();
        if (shift == null) {
            PhraseTable.Hit<TimeLexicon.Shift> after = lex.shifts.match(doc, end + 1);
            if (after != null && free(end + 1)) {
                shift = after.value().offset();
                end = after.end();
            } else if (role(end + 1, Role.OF)) {
                Match day = core(end + 2);
                if (day != null && day.value().isDay()) {
                    anchor = day.value().from();
                    end = day.end();
                    shift = 0;
                }
            }
        }
        if (shift == null) {
            if (!(role(start - 1, Role.ARTICLE) || role(start - 1, Role.IN) || role(start - 1, Role.OF))) {
                return null;
            }
            shift = 0;
        }
        if (anchor == null) {
            return new Match(start, end, Periods.unresolved("XXXX-WXX-WE", Grain.DAY), "time.weekend", false);
        }
        LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5)
                .plusWeeks(shift);
        TimeValue week = Periods.week(saturday);
        TimeValue v = TimeValue.date(week.timex() + "-WE", saturday, saturday.plusDays(1), Grain.DAY);
        return new Match(start, end, v, "time.weekend", false);
    }

    private int weekendWord(int i) {
        String s = w(i);
        if (!free(i)) {
            return -1;
        }
        if (s.equals("weekend") || s.equals("finesettimana") || s.equals("we")) {
            return s.equals("we") && capitalised(i) ? -1 : i;
        }
        if (s.equals("week") && symbol(i + 1, "-") && w(i + 2).equals("end")) {
            return i + 2;
        }
        if (s.equals("fine") && w(i + 1).equals("settimana")) {
            return i + 1;
        }
        return -1;
    }

    // ---- parts of the day and clock times

    private TimeValue partOfDayValue(TimeValue day, TimeLexicon.PartOfDay p) {
        if (day == null || day.from() == null) {
            return Periods.unresolved("XXXX-XX-XXT" + p.code(), Grain.PART_OF_DAY);
        }
        LocalDate d = day.from().plusDays(p.dayShift());
        return TimeValue.date(d + "T" + p.code(), d, d, Grain.PART_OF_DAY);
    }

    /**
     * "questa mattina", "in serata", "nel pomeriggio", "mattina del 15 febbraio", "nella serata di domani":
     * a part of today or of the day named after it.
     */
    private Match partOfDay(int i) {
        int start = i;
        String s = w(i);
        boolean thisOne = s.equals("questa") || s.equals("questo") || s.equals("sta");
        if (thisOne) {
            i++;
        }
        TimeLexicon.PartOfDay p = lex.partsOfDay.get(w(i));
        if (p == null || !free(i)) {
            return null;
        }
        if (role(i + 1, Role.OF)) {
            Match day = core(i + 2);
            if (day != null && day.value().isDay()) {
                return new Match(start, day.end(), partOfDayValue(day.value(), p), "time.part-of-day", false);
            }
        }
        if (!thisOne && !(role(i - 1, Role.IN) || role(i - 1, Role.ARTICLE) || role(i - 1, Role.TO)
                || role(i - 1, Role.APPROX))) {
            return null;
        }
        LocalDate today = ref.day();
        return new Match(start, i, partOfDayValue(today == null ? null : Periods.day(today), p),
                "time.part-of-day", false);
    }

    /** After a day: "domani sera", "lunedì in mattinata", "15 febbraio al mattino", "sabato alle 9". */
    private Match attachTime(Match day) {
        int j = day.end() + 1;
        if (symbol(j, ",")) {
            j++;
        }
        Match best = null;
        TimeLexicon.PartOfDay p = lex.partsOfDay.get(w(j));
        int pe = j;
        if (p == null && (role(j, Role.IN) || role(j, Role.TO)) && lex.partsOfDay.containsKey(w(j + 1))) {
            p = lex.partsOfDay.get(w(j + 1));
            pe = j + 1;
        }
        if (p != null && free(pe)) {
            best = new Match(day.start(), pe, partOfDayValue(day.value(), p), "time.part-of-day",
                    day.absoluteYear());
        }
        int k = j;
        if (w(k).equals("alle") || w(k).equals("ore") || w(k).equals("verso") || w(k).equals("per")) {
            Match c = clockAfterCue(k, day.value().from());
            if (c != null) {
                best = longer(best, new Match(day.start(), c.end(), c.value(), c.rule(), day.absoluteYear()));
            }
        }
        if (role(k, Role.FROM) || role(k, Role.BETWEEN) || role(k, Role.BY) || role(k, Role.AFTER)
                || role(k, Role.BEFORE)) {
            Match w2 = withDay(wrapped(k), day.value().from());
            if (w2 != null && w2.value().from() != null && w2.value().from().equals(day.value().from())
                    || w2 != null && w2.value().to() != null && w2.value().to().equals(day.value().from())) {
                best = longer(best, new Match(day.start(), w2.end(), w2.value(), w2.rule(), day.absoluteYear()));
            }
        }
        return best;
    }

    /** Re-reads a clock-based wrapper as falling on the given day. */
    private Match withDay(Match m, LocalDate day) {
        if (m == null || day == null) {
            return null;
        }
        TimeValue v = m.value();
        String t = v.timex();
        if (t.indexOf('T') < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : t.split("/")) {
            int ti = part.indexOf('T');
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(day).append(ti >= 0 ? part.substring(ti) : "");
        }
        LocalDate from = v.from() == null ? null : day;
        LocalDate to = v.to() == null ? null : day;
        return m.withValue(new TimeValue(v.kind(), out.toString(), from, to, v.grain(), v.modifier(), v.fiscal()),
                m.rule());
    }

    /** The clock after a cue word at k ("alle 19:30"), on the given day. */
    private Match clockAfterCue(int k, LocalDate day) {
        int j = k + 1;
        if (w(k).equals("verso") || w(k).equals("per")) {
            if (!w(j).equals("le")) {
                return null;
            }
            j++;
        }
        Match c = clockTime(j, true);
        if (c == null) {
            return null;
        }
        return withDay(c, day);
    }

    /**
     * A clock time: "15:30", "alle 15", "le tre e venti", "alle 3 del pomeriggio", "mezzogiorno",
     * "alle 19:30 di venerdì 20 settembre". Without a colon the hour needs a cue before it ("alle", "le", "ore")
     * or a part of the day after it ("8 di stasera"), unless {@code cued} says the caller saw one.
     */
    Match clockTime(int i, boolean cued) {
        if (!free(i)) {
            return null;
        }
        int hour;
        int minute = -1;
        int second = -1;
        int end;
        String s = w(i);
        boolean colon = false;
        boolean hasCue = cued || role(i - 1, Role.CLOCK_CUE);
        if (s.equals("mezzogiorno") || s.equals("mezzanotte")) {
            hour = s.equals("mezzogiorno") ? 12 : 24;
            end = i;
        } else if (s.equals("un") && w(i + 1).equals("quarto") && w(i + 2).equals("a")
                && w(i + 3).equals("mezzogiorno")) {
            hour = 11;
            minute = 45;
            end = i + 3;
        } else {
            Token t = doc.token(i);
            if (t.kind() == Token.Kind.NUMBER && t.text().indexOf('.') > 0 && t.length() <= 5 && hasCue) {
                String[] p = t.text().split("\\.");
                if (p.length != 2 || p[1].length() != 2) {
                    return null;
                }
                hour = Integer.parseInt(p[0]);
                minute = Integer.parseInt(p[1]);
                end = i;
                colon = true;
            } else {
                hour = digits(i) >= 0 && digitCount(i) <= 2 ? digits(i) : -1;
                if (hour < 0) {
                    Integer v = lex.numbers.get(s);
                    if (v == null) {
                        return null;
                    }
                    hour = s.equals("una") || s.equals("un'") ? 1 : v;
                    if (s.equals("un") || s.equals("uno")) {
                        return null;
                    }
                }
                end = i;
                if (gluedSymbol(i + 1, ":") && doc.glued(i + 2) && digits(i + 2) >= 0 && digitCount(i + 2) == 2) {
                    minute = digits(i + 2);
                    end = i + 2;
                    colon = true;
                    if (gluedSymbol(i + 3, ":") && doc.glued(i + 4) && digits(i + 4) >= 0
                            && digitCount(i + 4) == 2) {
                        second = digits(i + 4);
                        end = i + 4;
                    }
                }
            }
        }
        if (!colon && minute < 0) {
            // "e venti", "e un quarto", "e mezza", "meno un quarto", "3 20"
            int j = end + 1;
            if (role(j, Role.AND)) {
                int mm = cardinal(j + 1);
                if (w(j + 1).equals("un") && w(j + 2).equals("quarto")) {
                    minute = 15;
                    end = j + 2;
                } else if (w(j + 1).equals("mezza") || w(j + 1).equals("mezzo")) {
                    minute = 30;
                    end = j + 1;
                } else if (w(j + 1).equals("tre") && w(j + 2).equals("quarti")) {
                    minute = 45;
                    end = j + 2;
                } else if (mm >= 0 && mm < 60 && doc.token(j + 1).kind() != Token.Kind.NUMBER
                        || mm >= 0 && mm < 60 && hasCue) {
                    minute = mm;
                    end = j + 1;
                }
            } else if (w(j).equals("meno") && w(j + 1).equals("un") && w(j + 2).equals("quarto")) {
                hour -= 1;
                minute = 45;
                end = j + 2;
            } else if (hasCue && digits(j) >= 0 && digitCount(j) == 2 && digits(j) < 60 && !doc.glued(j)
                    && !isNumberish(j + 1)) {
                minute = digits(j);
                end = j;
            }
        }
        if (hour < 0 || hour > 24 || minute > 59 || second > 59) {
            return null;
        }
        // "del pomeriggio", "di sera", "di stasera", "del mattino"
        int j = end + 1;
        int dayOffset = 0;
        boolean pm = false;
        boolean podSeen = false;
        if (role(j, Role.OF) || role(j, Role.IN) || w(j).equals("al")) {
            String p = w(j + 1);
            TimeLexicon.PartOfDay pod = lex.partsOfDay.get(p);
            TimeLexicon.DayPart dp = lex.dayPartWords.get(p);
            if (pod != null || dp != null) {
                String code = pod != null ? pod.code() : dp.code();
                pm = code.equals("AF") || code.equals("EV");
                if (dp != null) {
                    dayOffset = dp.dayOffset();
                }
                end = j + 1;
                podSeen = true;
            }
        }
        boolean special = s.equals("mezzogiorno") || s.equals("mezzanotte") || s.equals("un");
        if (!(colon || hasCue || podSeen || special)) {
            return null; // "3 e 20", "tre" alone: not a clock time without "alle", a colon or "del pomeriggio"
        }
        if (!colon && !special && !podSeen && end + 1 < n && !clockFollower(end + 1)) {
            return null; // "le 2 ultime settimane", "le tre aziende"
        }
        if (pm && hour < 12) {
            hour += 12;
        }
        // Timezone names are not understood: leave such times alone rather than get them wrong.
        if (j < n && (w(end + 1).equals("cet") || w(end + 1).equals("gmt") || w(end + 1).equals("utc"))) {
            return null;
        }
        // A day after the time: "di venerdì 20 settembre", "del 21 settembre", "di domani", "venerdì 20 settembre".
        LocalDate day = null;
        int k = end + 1;
        Match dayMatch = null;
        if (role(k, Role.OF)) {
            dayMatch = core(k + 1);
        } else if (k < n && (lex.weekdays.containsKey(w(k)))) {
            dayMatch = core(k);
        }
        if (dayMatch != null && dayMatch.value().isDay()) {
            day = dayMatch.value().from();
            end = dayMatch.end();
        }
        boolean explicitDay = day != null;
        if (day == null) {
            day = ref.day();
            if (day != null) {
                day = day.plusDays(dayOffset);
            }
        }
        Grain g = second >= 0 ? Grain.SECOND : minute >= 0 ? Grain.MINUTE : Grain.HOUR;
        int h = hour;
        int mi = Math.max(minute, 0);
        if (day == null) {
            String timex = g == Grain.HOUR ? String.format("XXXX-XX-XXT%02d", h)
                    : String.format("XXXX-XX-XXT%02d:%02d", h, mi);
            return new Match(i, end, Periods.unresolved(timex, g), "time.clock", false);
        }
        LocalDateTime t = day.atStartOfDay().plusHours(h).plusMinutes(mi).plusSeconds(Math.max(second, 0));
        LocalDateTime now = ref.now();
        if (!explicitDay && dayOffset == 0 && now != null && ref.future() && t.isBefore(now)) {
            t = t.plusDays(1);
        }
        TimeValue v = new TimeValue(Kind.DATE, clockTimex(t, g), t.toLocalDate(), t.toLocalDate(), g, null, false);
        return new Match(i, end, v, "time.clock", explicitDay);
    }

    /** What may follow a clock hour written without a colon: punctuation, "di", "e", "alle", a weekday... */
    private boolean clockFollower(int i) {
        Token t = doc.token(i);
        if (t.kind() == Token.Kind.PUNCTUATION) {
            return !t.text().equals("%");
        }
        String s = t.lower();
        return role(i, Role.OF) || role(i, Role.IN) || role(i, Role.AND) || role(i, Role.TO) || s.equals("meno")
                || s.equals("circa") || s.equals("in") || lex.weekdays.containsKey(s) || s.equals("ora")
                || s.equals("locali") || lex.relativeDays.match(doc, i) != null || s.equals("cet") || s.equals("gmt");
    }

    private boolean isNumberish(int i) {
        return i < n && (doc.token(i).kind() == Token.Kind.NUMBER || doc.token(i).kind() == Token.Kind.SYMBOL);
    }

    // ---- durations, "fa", "tra", sets

    /** The amount before a unit at i: {amount, unit token index}, or null. Handles "un'ora", "mezz'ora", "un quarto d'ora". */
    private int[] amountAndUnit(int i) {
        String s = w(i);
        if (s.equals("mezz'") && w(i + 1).equals("ora")) {
            return new int[] {30, i + 1, 1}; // minutes
        }
        if ((s.equals("un") || s.equals("tre")) && w(i + 1).equals("quarto") || s.equals("tre")
                && w(i + 1).equals("quarti")) {
            if (w(i + 2).equals("d'") && w(i + 3).equals("ora")) {
                return new int[] {s.equals("un") ? 15 : 45, i + 3, 1};
            }
            return null;
        }
        int c = cardinal(i);
        if (c < 0 || c == 0) {
            return null;
        }
        int u = i + 1;
        if (lex.units.containsKey(w(u)) && free(u)) {
            return new int[] {c, u, 0};
        }
        return null;
    }

    /** "cinque anni" (DURATION P5Y), "un anno fa" (DATE), "tra due anni" (DATE), "in 15 minuti". */
    private Match durationOrShift(int i) {
        int[] au = amountAndUnit(i);
        if (au == null) {
            return null;
        }
        int u = au[1];
        TimeLexicon.Unit unit = lex.units.get(w(u));
        long amount;
        Grain g;
        if (au[2] == 1) {
            amount = au[0];
            g = Grain.MINUTE;
        } else {
            amount = (long) au[0] * unit.count();
            g = unit.grain();
        }
        if (capitalised(u) && !isSentenceStart(u)) {
            return null; // "Il Sole 24 Ore"
        }
        String unitWord = w(u);
        if (g == Grain.SECOND && au[0] == 1 && !isPunctuationOrEnd(u + 1)) {
            return null; // "un secondo mandato"
        }
        if (au[0] == 1 && isPluralForm(unitWord) && !unitWord.equals("mese") && !unitWord.equals("trimestre")
                && !unitWord.equals("semestre") && g != Grain.HOUR && !unitWord.equals("settimana")
                && !unitWord.equals("giornata")) {
            return null;
        }
        int end = u;
        // "un anno e mezzo"
        if (role(u + 1, Role.AND) && (w(u + 2).equals("mezzo") || w(u + 2).equals("mezza"))
                && (g == Grain.YEAR || g == Grain.HOUR || g == Grain.DAY)) {
            if (g == Grain.YEAR) {
                amount = amount * 12 + 6;
                g = Grain.MONTH;
            } else if (g == Grain.HOUR) {
                amount = amount * 60 + 30;
                g = Grain.MINUTE;
            } else {
                amount = amount * 24 + 12;
                g = Grain.HOUR;
            }
            end = u + 2;
        }
        if (w(end + 1).equals("fa") && free(end + 1)) {
            return new Match(i, end + 1, ago(amount, g), "time.ago", false);
        }
        String prev = w(i - 1);
        if ((prev.equals("tra") || prev.equals("fra") || prev.equals("in") && g.compareTo(Grain.WEEK) <= 0)
                && free(i - 1)) {
            return new Match(i - 1, end, later(amount, g), "time.later", false);
        }
        if (g == Grain.YEAR && role(i - 1, Role.AGE_CUE) && au[0] > 1) {
            return null; // "un uomo di 45 anni", "a 30 anni": an age, for the quantity stage
        }
        TimeValue v = new TimeValue(Kind.DURATION, Periods.duration(amount, g), null, null, g, null, false);
        return new Match(i, end, v, "time.duration", false);
    }

    private boolean isPunctuationOrEnd(int i) {
        return i >= n || doc.token(i).kind() == Token.Kind.PUNCTUATION;
    }

    private TimeValue ago(long amount, Grain g) {
        return shiftFromNow(-amount, g, true);
    }

    private TimeValue later(long amount, Grain g) {
        return shiftFromNow(amount, g, false);
    }

    /**
     * The reference moved by an amount. "due anni fa" is named to the month, "tre mesi fa" to the day (the unit
     * below the one counted); "tra due anni" keeps its unit, except weeks and sub-day units which name a day/instant.
     */
    private TimeValue shiftFromNow(long amount, Grain g, boolean ago) {
        if (g.compareTo(Grain.DAY) < 0) {
            LocalDateTime now = ref.now();
            String timex = Periods.duration(Math.abs(amount), g);
            if (now == null) {
                return Periods.unresolved(timex, g);
            }
            ChronoUnit cu = g == Grain.HOUR ? ChronoUnit.HOURS : g == Grain.MINUTE ? ChronoUnit.MINUTES
                    : ChronoUnit.SECONDS;
            LocalDateTime t = now.plus(amount, cu);
            Grain fine = g == Grain.HOUR ? Grain.MINUTE : Grain.SECOND;
            return new TimeValue(Kind.DATE, clockTimex(t, fine), t.toLocalDate(), t.toLocalDate(), fine, null, false);
        }
        Grain shown = switch (g) {
            case YEAR -> ago ? Grain.MONTH : Grain.YEAR;
            case MONTH -> ago ? Grain.DAY : Grain.MONTH;
            case QUARTER, HALF -> Grain.MONTH;
            case DECADE, CENTURY -> Grain.YEAR;
            default -> Grain.DAY;
        };
        LocalDate base = ref.day();
        if (base == null && shown != Grain.DAY && ref.month() != null) {
            base = ref.month().atDay(1);
        }
        if (base == null && shown == Grain.DAY && ref.month() != null && (g == Grain.MONTH || g == Grain.YEAR)) {
            base = ref.month().atDay(1);
            shown = Grain.MONTH;
        }
        if (base == null && (shown == Grain.YEAR) && ref.year() != null) {
            base = LocalDate.of(ref.year(), 1, 1);
        }
        if (base == null) {
            return Periods.unresolved(Periods.duration(Math.abs(amount), g), shown);
        }
        return Periods.holding(Periods.plus(base, g, amount), shown);
    }

    /** "ogni anno", "ogni due mesi", "ogni lunedì", "annualmente", "al mese" (when no amount precedes). */
    private Match set(int i) {
        String s = w(i);
        String adverb = lex.sets.get(s);
        if (adverb != null) {
            return new Match(i, i, new TimeValue(Kind.SET, adverb, null, null, setGrain(adverb), null, false),
                    "time.set", false);
        }
        if (lex.is(s, Role.EVERY)) {
            int j = i + 1;
            int count = 1;
            int c = cardinal(j);
            if (c > 1) {
                count = c;
                j++;
            }
            TimeLexicon.NameEntry wd = lex.weekdays.get(w(j));
            if (wd != null && wd.full() && count == 1) {
                return new Match(i, j, new TimeValue(Kind.SET, "XXXX-WXX-" + wd.value(), null, null, Grain.DAY, null,
                        false), "time.set", false);
            }
            TimeLexicon.Unit unit = lex.units.get(w(j));
            if (unit == null || !free(j)) {
                return null;
            }
            String timex = Periods.duration((long) count * unit.count(), unit.grain());
            return new Match(i, j, new TimeValue(Kind.SET, timex, null, null, unit.grain(), null, false),
                    "time.set", false);
        }
        if ((s.equals("al") || s.equals("all'") || s.equals("a") || s.equals("alla") || s.equals("per"))
                && free(i + 1)) {
            TimeLexicon.Unit unit = lex.units.get(w(i + 1));
            String u = w(i + 1);
            if (unit == null || unit.count() != 1 || u.equals("ora") || u.equals("ore") || isPlural(i + 1)
                    || u.equals("secondo") || u.equals("minuto")) {
                return null;
            }
            if (s.equals("a") && !u.equals("settimana")) {
                return null;
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (doc.token(k).kind() == Token.Kind.NUMBER && doc.sameSentence(k, i)) {
                    return null; // "9,99 euro al mese" is a rate of the amount: left to the value stages
                }
            }
            if (!isPunctuationOrEnd(i + 2) && !role(i + 2, Role.AND)) {
                return null;
            }
            String timex = Periods.duration(1, unit.grain());
            return new Match(i, i + 1, new TimeValue(Kind.SET, timex, null, null, unit.grain(), null, false),
                    "time.set", false);
        }
        return null;
    }

    private static Grain setGrain(String period) {
        char c = period.charAt(period.length() - 1);
        return switch (c) {
            case 'D' -> Grain.DAY;
            case 'W' -> Grain.WEEK;
            case 'M' -> Grain.MONTH;
            default -> Grain.YEAR;
        };
    }
}
