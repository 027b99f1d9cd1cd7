package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.mention.TimeModifier;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The Italian temporal grammar over one document's tokens. {@link #parseAt(int)} returns the longest expression
 * starting at a token. Expressions are built from small cores (a year, a month, a quarter, a weekday, a clock time)
 * and wrappers around them (a part of a period, a deadline, a range). Every core looks at a bounded number of
 * tokens, so a document is parsed in linear time. One instance per document; not thread-safe.
 */
final class TemporalGrammar {

    final TimeScan scan;

    TemporalGrammar(TimeScan scan) {
        this.scan = scan;
    }

    /** The longest temporal expression starting at token i, or null. */
    Match parseAt(int i) {
        if (!scan.free(i) || !(scan.content[i] || scan.lead[i] && (scan.contentNear(i + 1) || notLater(i + 1)
                && scan.contentNear(i + 4)))) {
            return null;
        }
        int sentence = scan.doc.sentenceOf(i);
        if (sentence != coreSentence) {
            coreSentence = sentence;
            forgetCores();
        }
        scan.ref.atSentence(sentence);
        boolean before = scan.ref.lookForward(scan.forwardAt[i]);
        try {
            Match m = parseFrom(i);
            return m == null ? null : shiftedDay(i, directionMarked(i, m));
        } finally {
            scan.ref.lookForward(before);
        }
    }

    /**
     * A day named after "scorso" or "prossimo" ("lo scorso 12 marzo", "il prossimo 12/04"): read again in that
     * direction, the shift word inside the span. A day with its year keeps its year.
     */
    Match shiftedDay(int i, Match m) {
        io.fatti.text.PhraseTable.Match<TimeLexicon.Shift> sh = scan.shiftAt(i - 1);
        if (sh == null || sh.last() != i - 1 || !scan.free(i - 1) || sh.value().fromMention()
                || sh.value().offset() == 0 || m.start() != i || m.absoluteYear()
                || m.value().kind() != Kind.DATE || m.value().grain() != Grain.DAY || m.value().modifier() != null) {
            return m;
        }
        scan.ref.lookForward(sh.value().offset() > 0);
        Match again = parseFrom(i);
        if (again == null || again.end() != m.end()) {
            return m;
        }
        return new Match(i - 1, again.end(), again.value(), again.rule(), again.absoluteYear());
    }

    /**
     * A day or month followed by the office abbreviation "u.s." (ultimo scorso, the one just past) or "p.v." (prossimo
     * venturo, the coming one): read again in that direction, the abbreviation inside the span.
     */
    Match directionMarked(int i, Match m) {
        int k = m.end() + 1;
        boolean past = scan.is(k, Word.PAST_MARK) && scan.is(k + 2, Word.PAST_MARK_END);
        boolean coming = scan.is(k, Word.COMING_MARK) && scan.is(k + 2, Word.COMING_MARK_END);
        if (!(past || coming) || !scan.gluedSymbol(k + 1, ".") || !scan.doc.glued(k + 2)
                || m.value().kind() != Kind.DATE || m.value().grain().compareTo(Grain.MONTH) > 0) {
            return m;
        }
        int end = scan.gluedSymbol(k + 3, ".") ? k + 3 : k + 2;
        scan.ref.lookForward(coming);
        Match again = parseFrom(i);
        if (again == null || again.end() != m.end()) {
            return m;
        }
        return new Match(again.start(), end, again.value(), again.rule(), again.absoluteYear());
    }

    Match parseFrom(int i) {
        Match best = null;
        if (scan.lead[i] || scan.content[i] && (scan.periodPartAt(i) != null)) {
            best = TimeScan.longer(best, wrapped(i));
        } else if (scan.content[i]) {
            best = TimeScan.longer(best, dashRange(i));
        }
        best = TimeScan.longer(best, core(i));
        if (best != null && scan.found.anyClaimed(best.start(), best.end())) {
            return null;
        }
        return best;
    }

    /** Deadlines, open ends, ranges and approximations around a core. */
    Match wrapped(int i) {
        String s = scan.w(i);
        Match best = null;
        if (scan.role(i, Role.BY)) {
            best = TimeScan.longer(best, deadline(i));
        }
        if (scan.role(i, Role.UNTIL)) {
            best = TimeScan.longer(best, until(i));
        }
        if (scan.role(i, Role.FROM)) {
            best = TimeScan.longer(best, fromTo(i, i + 1));
            best = TimeScan.longer(best, since(i, i + 1));
        }
        if (scan.is(i, Word.AT) && scan.is(i + 1, Word.STARTING) && scan.role(i + 2, Role.FROM)) {
            best = TimeScan.longer(best, since(i, i + 3));
        }
        if (scan.role(i, Role.BETWEEN)) {
            best = TimeScan.longer(best, between(i));
        }
        if (scan.role(i, Role.BEFORE) && scan.role(i + 1, Role.OF)) {
            Match m = inner(i + 2);
            if (m != null && m.value().kind() == Kind.DATE) {
                TimeValue v = m.value();
                LocalDate to = v.from() == null ? null : v.from().minusDays(1);
                best = TimeScan.longer(best,
                        new Match(i, m.end(), v.withModifier(TimeModifier.BEFORE).withBounds(null, to),
                        RuleNames.BEFORE, m.absoluteYear()));
            }
        }
        if (scan.role(i, Role.AFTER) && scan.is(i, Word.AFTER) && scan.relativeDayAt(i) == null) {
            int j = scan.skipArticle(i + 1);
            if (j == i + 1 && scan.role(j, Role.OF)) {
                j++;
            }
            Match m = inner(j);
            if (m != null && m.value().kind() == Kind.DATE) {
                TimeValue v = m.value();
                LocalDate from = v.to() == null ? null : v.to().plusDays(1);
                best = TimeScan.longer(best,
                        new Match(i, m.end(), v.withModifier(TimeModifier.AFTER).withBounds(from, null),
                        RuleNames.AFTER, m.absoluteYear()));
            }
        }
        if (scan.role(i, Role.APPROX)) {
            int j = i + 1;
            if (scan.is(j, Word.AT) || scan.role(j, Role.TO)) {
                j++;
            }
            j = scan.skipArticle(j);
            Match m = TimeScan.longer(periodPart(j), core(j));
            if (m != null && m.value().kind() != Kind.SET) {
                // the span stays the expression's own, like a value's qualifier: "circa un'ora" → "un'ora" APPROX
                TimeModifier mod = m.value().modifier() != null ? m.value().modifier() : TimeModifier.APPROX;
                Match approx = m.withValue(m.value().withModifier(mod), RuleNames.APPROX);
                if (best == null || approx.end() > best.end()) {
                    best = approx;
                }
            }
        }
        best = TimeScan.longer(best, periodPart(i));
        best = TimeScan.longer(best, dashRange(i));
        return best;
    }

    /** What a wrapper wraps: a part of a period, a core, or a bare day or hour. */
    Match inner(int j) {
        return TimeScan.longer(periodPart(j), coreOrBareDay(j, true));
    }

    /** The inner expression of a deadline, read forward: "fino al 31 dicembre" is the coming one. */
    Match innerForward(int j) {
        boolean before = scan.ref.lookForward(true);
        try {
            return inner(j);
        } finally {
            scan.ref.lookForward(before);
        }
    }

    /** "entro il 2024", "entro la fine dell'anno", "entro le 14:00", "entro il 15". */
    Match deadline(int i) {
        int k = notLater(i + 1) ? i + 4 : i + 1; // the bureaucratic "entro e non oltre il 30 giugno" = "entro"
        int j = scan.skipArticle(k);
        Match m = innerForward(j);
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        TimeValue v = m.value();
        TimeModifier mod = v.modifier() == TimeModifier.END ? TimeModifier.END : TimeModifier.BY;
        return new Match(i, m.end(), v.withModifier(mod).withBounds(null, v.to()), RuleNames.BY, m.absoluteYear());
    }

    /** "e non oltre" at {@code k}, the insistence after "entro". */
    boolean notLater(int k) {
        return scan.role(k, Role.AND) && scan.is(k + 1, Word.NOT) && scan.role(k + 2, Role.AFTER);
    }

    /** "fino al 2027", "fino alla fine del mese", "fino alle 14:00". */
    Match until(int i) {
        if (!scan.role(i + 1, Role.TO)) {
            return null;
        }
        int j = i + 2;
        Match m = innerForward(j);
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        TimeValue v = m.value();
        TimeModifier mod = v.modifier() == TimeModifier.END ? TimeModifier.END : TimeModifier.BY;
        return new Match(i, m.end(), v.withModifier(mod).withBounds(scan.ref.day(), v.to()), RuleNames.UNTIL,
                m.absoluteYear());
    }

    /** "dal 20 settembre", "a partire dal 2025", "da giovedì", "dalle 14". */
    Match since(int i, int j) {
        if (scan.is(i, Word.FROM_THE_PLURAL) || scan.is(i, Word.FROM_THE_PLURAL_GLI)) {
            return null;
        }
        Match m = inner(j);
        if (m == null || m.value().kind() != Kind.DATE) {
            return null;
        }
        if (m.rule().equals(RuleNames.BARE_DAY) && !scan.isPunctuationOrEnd(m.end() + 1)) {
            return null; // "dal 5 al 7%": numbers, not days
        }
        TimeValue v = m.value();
        TimeModifier mod = v.modifier() == null ? TimeModifier.SINCE : v.modifier(); // "da inizio anno": START
        return new Match(i, m.end(), v.withModifier(mod).withBounds(v.from(), null), RuleNames.SINCE,
                m.absoluteYear());
    }

    /** "dal 2019 al 2021", "dal 13 al 15 luglio", "da gennaio a marzo", "dalle 9:30 alle 11:00". */
    Match fromTo(int i, int j) {
        Match left = coreOrBareDay(j, true);
        if (left == null) {
            return null;
        }
        int k = left.end() + 1;
        if (scan.role(k, Role.UNTIL) && scan.role(k + 1, Role.TO) && scan.free(k)) {
            k++; // "dal 4 fino al 23"
        }
        if (!scan.role(k, Role.TO) || !scan.free(k)) {
            return null;
        }
        Match right = coreOrBareDay(k + 1, true);
        return range(i, left, right);
    }

    /** "tra il 2020 e il 2023", "tra luglio e settembre", "tra il 13 e il 15 luglio", "tra le 9 e le 11". */
    Match between(int i) {
        int j = scan.skipArticle(i + 1);
        Match left = coreOrBareDay(j, true);
        if (left == null && scan.year4(j) > 0 && scan.role(j + 1, Role.AND)
                && scan.year4(scan.skipArticle(j + 2)) > scan.year4(j)
                && !scan.lex.stockWords.contains(scan.w(scan.skipArticle(j + 2) + 1))) {
            left = scan.calendar.yearCore(j, true); // "a cavallo tra 2022 e 2023": bare years, the pair is the cue ("tra 2019 e 2020 dipendenti" is a count)
        }
        if (left == null) {
            return null;
        }
        int k = left.end() + 1;
        if (!scan.role(k, Role.AND) || !scan.free(k)) {
            return null;
        }
        Match right = coreOrBareDay(scan.skipArticle(k + 1), true);
        return range(i, left, right);
    }

    /** "2021-2023", "13-15 luglio", "9:30 - 11:00", "8 ago - 12 ago". */
    Match dashRange(int i) {
        Match left = coreOrBareDay(i, false);
        if (left == null) {
            int[] day = scan.calendar.dayNumber(i);
            if (day == null || scan.doc.token(i).kind() != Token.Kind.NUMBER || !scan.symbol(day[1] + 1, "-")) {
                return null;
            }
            Match right = core(day[1] + 2);
            if (right == null || !right.value().isDay()) {
                return null;
            }
            TimeValue v = Periods.unresolved("XXXX-XX-" + Periods.pad2(day[0]), Grain.DAY);
            LocalDate d = TimeScan.date(2000, 1, day[0]);
            left = new Match(i, day[1], d == null ? v : Periods.day(d), RuleNames.BARE_DAY, false);
            return range(i, left, right);
        }
        int k = left.end() + 1;
        if (!scan.symbol(k, "-")) {
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
    Match range(int start, Match left, Match right) {
        if (left == null || right == null) {
            return null;
        }
        TimeValue a = left.value();
        TimeValue b = right.value();
        if (a.kind() != Kind.DATE || b.kind() != Kind.DATE || a.modifier() != null || b.modifier() != null) {
            return null;
        }
        if (left.rule().equals(RuleNames.BARE_DAY)) {
            a = borrowMonth(left, b);
            if (a == null) {
                return null;
            }
        } else if (a.grain() == Grain.MONTH && !left.absoluteYear() && right.absoluteYear() && b.from() != null
                && a.from() != null && a.timex().length() == 7) {
            // "tra luglio e settembre 2016", "da ottobre a febbraio 2021": the year belongs to both ends
            int month = a.from().getMonthValue();
            int year = month <= b.from().getMonthValue() ? b.from().getYear() : b.from().getYear() - 1;
            a = Periods.month(java.time.YearMonth.of(year, month));
        } else if (left.rule().startsWith(RuleNames.CLOCK_PREFIX)) {
            a = borrowDay(a, b);
            b = afternoonEnd(a, b);
        }
        if (right.rule().equals(RuleNames.BARE_DAY)) {
            // "dal 3 al 5", "tra il 3 e il 5": only with articles and nothing after ("tra 20 e 30" is numbers)
            boolean articled = scan.role(left.start() - 1, Role.ARTICLE) || scan.is(left.start() - 1, Word.FROM_THE);
            boolean ordinals = scan.symbol(left.end(), "°") || scan.symbol(right.end(), "°"); // "tra il 10° e il 15°" posto
            if (!left.rule().equals(RuleNames.BARE_DAY) || !articled || ordinals
                    || !scan.isPunctuationOrEnd(right.end() + 1)) {
                return null;
            }
        }
        if (a.grain() != b.grain() && !sameFamily(a.grain(), b.grain()) && !calendarEnds(a, b)) {
            return null;
        }
        if (a.from() != null && b.to() != null && b.to().isBefore(a.from())) {
            return null;
        }
        String timex = a.timex() + "/" + b.timex();
        Grain grain = a.grain().compareTo(b.grain()) <= 0 ? a.grain() : b.grain();
        TimeValue v = new TimeValue(Kind.DATE, timex, a.from(), b.to(), grain, null, a.fiscal() || b.fiscal());
        return new Match(start, right.end(), v, RuleNames.RANGE, left.absoluteYear() || right.absoluteYear());
    }

    /** "Da aprile 2020 al 31 marzo 2021": a month, day or year at each end, both resolved. */
    static boolean calendarEnds(TimeValue a, TimeValue b) {
        return a.from() != null && b.to() != null && !a.fiscal() && !b.fiscal() && calendar(a.grain())
                && calendar(b.grain());
    }

    private static boolean calendar(Grain g) {
        return g == Grain.DAY || g == Grain.MONTH || g == Grain.YEAR;
    }

    static boolean sameFamily(Grain a, Grain b) {
        boolean clockA = a.compareTo(Grain.DAY) < 0;
        boolean clockB = b.compareTo(Grain.DAY) < 0;
        return clockA && clockB;
    }

    /** A bare day number as the left end of a range takes the month and year of the right end. */
    TimeValue borrowMonth(Match left, TimeValue b) {
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

    /** "dalle tre all'una": an end hour before the start hour is in the afternoon (13:00). */
    private static TimeValue afternoonEnd(TimeValue a, TimeValue b) {
        int ha = hourOf(a.timex());
        int hb = hourOf(b.timex());
        if (ha < 0 || hb < 0 || hb >= ha || hb >= 12 || hb + 12 <= ha
                || !a.timex().regionMatches(0, b.timex(), 0, 10)) {
            return b;
        }
        String t = b.timex();
        int ti = t.indexOf('T');
        return b.withTimex(t.substring(0, ti + 1) + Periods.pad2(hb + 12) + t.substring(ti + 3));
    }

    /** The hour of a clock value such as {@code 2013-02-14T03} or {@code 2013-02-14T09:30}, or -1. */
    private static int hourOf(String timex) {
        int ti = timex.indexOf('T');
        if (ti < 0 || ti + 3 > timex.length() || !Character.isDigit(timex.charAt(ti + 1))
                || !Character.isDigit(timex.charAt(ti + 2))) {
            return -1;
        }
        return Integer.parseInt(timex.substring(ti + 1, ti + 3));
    }

    /** A clock time as the left end of a range takes the day of the right end ("dalle 9 alle 11 di giovedì"). */
    TimeValue borrowDay(TimeValue a, TimeValue b) {
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
    Match periodPart(int i) {
        TimeModifier mod = scan.periodPartAt(i);
        if (mod == null || !scan.free(i) || scan.is(i, Word.END) && scan.is(i + 1, Word.WEEK)) {
            return null; // "fine settimana" is the weekend
        }
        int j = i + 1;
        if (scan.role(j, Role.OF)) {
            j++;
        }
        Match m = null;
        String u = scan.w(j);
        TimeLexicon.Unit unit = scan.lex.units.get(u);
        if (unit != null && unit.count() == 1
                && (scan.lex.is(u, Word.YEAR) || scan.lex.is(u, Word.MONTH) || scan.lex.is(u, Word.WEEK)
                || scan.lex.is(u, Word.QUARTER) || scan.lex.is(u, Word.HALF_YEAR))) {
            Match shifted = scan.calendar.relativeUnit(j);
            if (shifted != null) {
                m = shifted;
            } else {
                m = scan.calendar.anaphoricUnit(j, unit.grain());
            }
        }
        m = TimeScan.longer(m, core(j));
        if (m == null || m.value().kind() != Kind.DATE || m.value().modifier() != null) {
            return null;
        }
        Grain g = m.value().grain();
        if (g.compareTo(Grain.WEEK) < 0) {
            return null;
        }
        TimeValue v = m.value().withModifier(mod);
        if (mod == TimeModifier.END && g == Grain.MONTH && v.to() != null && (scan.is(i - 1, Word.AT)
                || scan.is(i - 1, Word.OF) || scan.is(i - 1, Word.TO_THE_FEMININE) && scan.role(i + 1, Role.OF))
                && stockNear(i - 1, m.end())) {
            // "a fine marzo 2024" (a balance, a stock): the month's last day, the month kept as its value
            return new Match(i, m.end(), v.withBounds(v.to(), v.to()), RuleNames.PART_OF_PERIOD_MONTH_END_POINT,
                    m.absoluteYear());
        }
        return new Match(i, m.end(), v, RuleNames.PART_OF_PERIOD, m.absoluteYear());
    }

    /** A stock word ("liquidità", "dipendenti") within eight tokens of {@code start..end}, in the same sentence. */
    boolean stockNear(int start, int end) {
        for (int k = Math.max(0, start - 8); k < Math.min(scan.n, end + 9); k++) {
            if (scan.doc.sameSentence(k, start) && scan.lex.stockWords.contains(scan.w(k))) {
                return true;
            }
        }
        return false;
    }

    /** A core expression, or (when {@code bareOk}) a bare day number or clock hour usable as a range end. */
    Match coreOrBareDay(int i, boolean bareOk) {
        int j = scan.skipArticle(i);
        Match m = core(j);
        if (m == null && j != i) {
            m = core(i);
        }
        if (bareOk) {
            m = TimeScan.longer(m, scan.calendar.bareDay(j));
            m = TimeScan.longer(m, scan.clock.clockTime(j, false));
        }
        return m;
    }

    /** A one-entry memory of {@link #core(int)}: the same core is asked for by several wrappers. */
    int memoIndex = -1;

    boolean memoForward;

    Match memo;

    /**
     * The cores read since the scan last changed what a core reads (a match claimed and seen by the reference, a new
     * sentence), by token and reading direction: wrappers and the next start ask for the same core again and again.
     */
    private final Match[][] cores = new Match[2][];

    private final int[][] coreStamps = new int[2][];

    private int coreGeneration = 1;

    private int coreSentence = -1;

    /** Forgets the cores read so far: the caller claimed a match and told the reference. */
    void forgetCores() {
        coreGeneration++;
    }

    /** The longest core expression at i. */
    Match core(int i) {
        if (!scan.free(i) || !scan.content[i] && !scan.lead[i]) {
            return null;
        }
        boolean forward = scan.ref.future();
        if (i == memoIndex && forward == memoForward) {
            return memo;
        }
        int f = forward ? 1 : 0;
        if (cores[f] == null) {
            cores[f] = new Match[scan.n];
            coreStamps[f] = new int[scan.n];
        }
        Match m;
        if (coreStamps[f][i] == coreGeneration) {
            m = cores[f][i];
        } else {
            m = computeCore(i);
            cores[f][i] = m;
            coreStamps[f][i] = coreGeneration;
        }
        memoIndex = i;
        memoForward = forward;
        memo = m;
        return m;
    }

    /** Every rule of the grammar for this token's kind ({@link RuleBook}), longest wins, earliest on a tie. */
    Match computeCore(int i) {
        Token t = scan.doc.token(i);
        if (t.kind() == Token.Kind.NUMBER && t.length() > TimeScan.MAX_NUMBER_LENGTH) {
            return null;
        }
        Match best = null;
        for (TimeRule r : RuleBook.coreStartingOn(t.kind())) {
            best = TimeScan.longer(best, r.read(scan, i));
        }
        if (best != null && best.value().isDay()) {
            best = TimeScan.longer(best, scan.clock.attachTime(best));
        }
        return best;
    }
}
