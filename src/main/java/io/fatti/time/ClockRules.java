package io.fatti.time;

import io.fatti.core.Orientation;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Times of day ("alle 15:30", "stasera", "lunedì mattina"), durations ("cinque anni"), shifts ("un anno fa",
 * "tra due anni") and recurring sets ("ogni anno", "al mese").
 */
final class ClockRules {

    final TimeScan scan;

    ClockRules(TimeScan scan) {
        this.scan = scan;
    }

    TimeValue partOfDayValue(TimeValue day, TimeLexicon.PartOfDay p) {
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
    Match partOfDay(int i) {
        int start = i;
        String s = scan.w(i);
        boolean thisOne = scan.lex.is(s, Word.THIS_FEMININE) || scan.lex.is(s, Word.THIS)
                || scan.lex.is(s, Word.THIS_SHORT);
        if (thisOne) {
            i++;
        }
        TimeLexicon.PartOfDay p = scan.partOfDayAt(i);
        if (p == null || !scan.free(i)) {
            return null;
        }
        if (scan.role(i + 1, Role.OF)) {
            Match day = scan.grammar.core(i + 2);
            if (day != null && day.value().isDay()) {
                return new Match(start, day.end(), partOfDayValue(day.value(), p), RuleNames.PART_OF_DAY, false);
            }
        }
        if (!thisOne && !(scan.role(i - 1, Role.IN) || scan.role(i - 1, Role.TO) || scan.role(i - 1, Role.APPROX)
                || scan.role(i - 1, Role.ARTICLE) && scan.isPunctuationOrEnd(i + 1))) {
            return null; // "il pranzo di lavoro", "la sera prima" are not today's
        }
        LocalDate today = scan.ref.day();
        return new Match(start, i, partOfDayValue(today == null ? null : Periods.day(today), p),
                RuleNames.PART_OF_DAY, false);
    }

    /** After a day: "domani sera", "lunedì in mattinata", "15 febbraio al mattino", "sabato alle 9". */
    Match attachTime(Match day) {
        int j = day.end() + 1;
        if (scan.symbol(j, ",")) {
            j++;
        }
        Match best = null;
        TimeLexicon.PartOfDay p = scan.partOfDayAt(j);
        int pe = j;
        if (p == null && (scan.role(j, Role.IN) || scan.role(j, Role.TO)) && (scan.partOfDayAt(j + 1) != null)) {
            p = scan.partOfDayAt(j + 1);
            pe = j + 1;
        }
        if (p != null && scan.free(pe)) {
            best = new Match(day.start(), pe, partOfDayValue(day.value(), p), RuleNames.PART_OF_DAY,
                    day.absoluteYear());
        }
        int k = j;
        if (scan.is(k, Word.AT_THE_HOURS) || scan.is(k, Word.HOURS) || scan.is(k, Word.TOWARDS)
                || scan.is(k, Word.PER)) {
            Match c = clockAfterCue(k, day.value().from());
            if (c != null) {
                best = TimeScan.longer(best, new Match(day.start(), c.end(), c.value(), c.rule(), day.absoluteYear()));
            }
        }
        if (scan.role(k, Role.FROM) || scan.role(k, Role.BETWEEN) || scan.role(k, Role.BY) || scan.role(k, Role.AFTER)
                || scan.role(k, Role.BEFORE)) {
            Match w2 = withDay(scan.grammar.wrapped(k), day.value().from());
            if (w2 != null && w2.value().from() != null && w2.value().from().equals(day.value().from())
                    || w2 != null && w2.value().to() != null && w2.value().to().equals(day.value().from())) {
                best = TimeScan.longer(best,
                        new Match(day.start(), w2.end(), w2.value(), w2.rule(), day.absoluteYear()));
            }
        }
        return best;
    }

    /** Re-reads a clock-based wrapper as falling on the given day. */
    Match withDay(Match m, LocalDate day) {
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
    Match clockAfterCue(int k, LocalDate day) {
        int j = k + 1;
        if (scan.is(k, Word.TOWARDS) || scan.is(k, Word.PER)) {
            if (!scan.is(j, Word.THE_PLURAL_FEMININE)) {
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
        if (!scan.free(i)) {
            return null;
        }
        int hour;
        int minute = -1;
        int second = -1;
        int end;
        String s = scan.w(i);
        boolean colon = false;
        boolean quarterTo = false;
        boolean minutesAfterAnd = false;
        boolean hasCue = cued || scan.role(i - 1, Role.CLOCK_CUE);
        if ((scan.is(i, Word.NOON) || scan.is(i, Word.MIDNIGHT)) && scan.capitalised(i) && !scan.isSentenceStart(i)) {
            return null; // "il Mezzogiorno" is the South of Italy
        }
        if (scan.is(i, Word.NOON) || scan.is(i, Word.MIDNIGHT)) {
            hour = scan.is(i, Word.NOON) ? 12 : 24;
            end = i;
        } else if (scan.is(i, Word.ONE_UN) && scan.is(i + 1, Word.QUARTER_HOUR) && scan.is(i + 2, Word.AT)
                && scan.is(i + 3, Word.NOON)) {
            hour = 11;
            minute = 45;
            end = i + 3;
            quarterTo = true;
        } else {
            Token t = scan.doc.token(i);
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
                hour = scan.digits(i) >= 0 && scan.digitCount(i) <= 2 ? scan.digits(i) : -1;
                if (hour < 0) {
                    Integer v = scan.lex.numbers.get(s);
                    if (v == null) {
                        return null;
                    }
                    hour = scan.is(i, Word.ONE_UNA) || scan.is(i, Word.ONE_ELIDED) ? 1 : v;
                    if (scan.is(i, Word.ONE_UN) || scan.is(i, Word.ONE_UNO)) {
                        return null;
                    }
                }
                end = i;
                if (scan.gluedSymbol(i + 1, ":") && scan.doc.glued(i + 2) && scan.digits(i + 2) >= 0
                        && scan.digitCount(i + 2) == 2) {
                    minute = scan.digits(i + 2);
                    end = i + 2;
                    colon = true;
                    if (scan.gluedSymbol(i + 3, ":") && scan.doc.glued(i + 4) && scan.digits(i + 4) >= 0
                            && scan.digitCount(i + 4) == 2) {
                        second = scan.digits(i + 4);
                        end = i + 4;
                    }
                }
            }
        }
        if (!colon && minute < 0) {
            // "e venti", "e un quarto", "e mezza", "meno un quarto", "3 20"
            int j = end + 1;
            if (scan.role(j, Role.AND)) {
                int mm = scan.cardinal(j + 1);
                if (scan.is(j + 1, Word.ONE_UN) && scan.is(j + 2, Word.QUARTER_HOUR)) {
                    minute = 15;
                    end = j + 2;
                } else if (scan.is(j + 1, Word.HALF_FEMININE) || scan.is(j + 1, Word.HALF)) {
                    minute = 30;
                    end = j + 1;
                } else if (scan.is(j + 1, Word.THREE) && scan.is(j + 2, Word.QUARTER_HOURS)) {
                    minute = 45;
                    end = j + 2;
                } else if (mm >= 0 && mm < 60 && scan.doc.token(j + 1).kind() != Token.Kind.NUMBER
                        || mm >= 0 && mm < 60 && hasCue) {
                    minute = mm;
                    end = j + 1;
                }
                minutesAfterAnd = minute >= 0;
            } else if (scan.is(j, Word.MINUS) && scan.is(j + 1, Word.ONE_UN) && scan.is(j + 2, Word.QUARTER_HOUR)) {
                hour -= 1;
                minute = 45;
                end = j + 2;
                quarterTo = true;
            } else if (hasCue && scan.digits(j) >= 0 && scan.digitCount(j) == 2 && scan.digits(j) < 60
                    && !scan.doc.glued(j)
                    && !isNumberish(j + 1)) {
                minute = scan.digits(j);
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
        if (scan.role(j, Role.OF) || scan.role(j, Role.IN) || scan.is(j, Word.TO_THE)) {
            String p = scan.w(j + 1);
            TimeLexicon.PartOfDay pod = scan.lex.partsOfDay.get(p);
            TimeLexicon.DayPart dp = scan.lex.dayPartWords.get(p);
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
        boolean special = scan.is(i, Word.NOON) || scan.is(i, Word.MIDNIGHT) || scan.is(i, Word.ONE_UN);
        if (!(colon || hasCue || podSeen || special)) {
            return null; // "3 e 20", "tre" alone: not a clock time without "alle", a colon or "del pomeriggio"
        }
        boolean strongCue = scan.is(i - 1, Word.AT_THE_HOURS) || scan.is(i - 1, Word.FROM_THE_HOURS)
                || scan.is(i - 1, Word.HOURS);
        if (!colon && !special && !podSeen && end + 1 < scan.n && !clockFollower(end + 1)
                && !(strongCue && scan.doc.token(i).kind() == Token.Kind.NUMBER
                && scan.doc.token(end + 1).kind() == Token.Kind.WORD && !(scan.unitAt(end + 1) != null))) {
            return null;
        }
        if (!colon && !special && !podSeen && minute < 0 && scan.doc.token(i).kind() == Token.Kind.WORD
                && end + 1 < scan.n
                && !scan.isPunctuationOrEnd(end + 1) && !scan.role(end + 1, Role.OF) && !scan.role(end + 1, Role.TO)
                && !(scan.role(end + 1, Role.AND) && scan.role(end + 2, Role.CLOCK_CUE))) {
            return null; // "alle due presentazioni", "all'otto e al quattordici per cento"
        }
        if (pm && hour < 12) {
            hour += 12;
        }
        // A time zone after the time ("alle 16:15 UTC") is kept in the value as an ISO offset.
        String zone = "";
        String offset = scan.lex.timezones.get(scan.w(end + 1));
        if (offset != null && scan.free(end + 1)) {
            zone = offset.equals("+00:00") ? "Z" : offset;
            end++;
        }
        // A day after the time: "di venerdì 20 settembre", "del 21 settembre", "di domani", "venerdì 20 settembre".
        LocalDate day = null;
        int k = end + 1;
        Match dayMatch = null;
        if (scan.role(k, Role.OF)) {
            dayMatch = scan.grammar.core(k + 1);
        } else if (k < scan.n && ((scan.weekdayAt(k) != null))) {
            dayMatch = scan.grammar.core(k);
        }
        if (dayMatch != null && dayMatch.value().isDay()) {
            day = dayMatch.value().from();
            end = dayMatch.end();
        }
        boolean explicitDay = day != null;
        if (day == null && scan.ref.dayInSentence() != null) {
            day = scan.ref.dayInSentence(); // "martedì prossimo a Bruxelles, con inizio alle 10:30"
            explicitDay = true;
        }
        if (day == null) {
            day = scan.ref.day();
            if (day != null) {
                day = day.plusDays(dayOffset);
            }
        }
        Grain g = second >= 0 ? Grain.SECOND : minute >= 0 ? Grain.MINUTE : Grain.HOUR;
        String rule = quarterTo ? RuleNames.CLOCK_QUARTER_TO
                : special && !scan.is(i, Word.ONE_UN) ? RuleNames.CLOCK_NOON_MIDNIGHT
                : minutesAfterAnd ? RuleNames.CLOCK_HOUR_AND_MINUTES
                : minute >= 0 ? RuleNames.CLOCK_DIGITS
                : podSeen ? RuleNames.CLOCK_WITH_PART_OF_DAY : RuleNames.CLOCK_HOUR;
        int h = hour;
        int mi = Math.max(minute, 0);
        if (day == null) {
            String timex = "XXXX-XX-XXT" + Periods.pad2(h) + ":" + Periods.pad2(mi);
            return new Match(i, end, Periods.unresolved(timex + zone, g), rule, false);
        }
        LocalDateTime t = day.atStartOfDay().plusHours(h).plusMinutes(mi).plusSeconds(Math.max(second, 0));
        LocalDateTime now = scan.ref.now();
        if (!explicitDay && dayOffset == 0 && now != null && scan.ref.future() && t.isBefore(now)) {
            t = t.plusDays(1);
        }
        String timex = PeriodRules.clockTimex(t, g) + zone;
        TimeValue v = new TimeValue(Kind.DATE, timex, t.toLocalDate(), t.toLocalDate(), g, null, false);
        return new Match(i, end, v, rule, explicitDay);
    }

    /** What may follow a clock hour written without a colon: punctuation, "di", "e", "alle", a weekday... */
    boolean clockFollower(int i) {
        Token t = scan.doc.token(i);
        if (t.kind() == Token.Kind.PUNCTUATION) {
            return !t.text().equals("%");
        }
        String s = t.lower();
        return scan.role(i, Role.OF) || scan.role(i, Role.IN) || scan.role(i, Role.AND) || scan.role(i, Role.TO)
                || scan.lex.is(s, Word.MINUS)
                || scan.lex.is(s, Word.ABOUT) || scan.lex.is(s, Word.IN) || scan.lex.weekdays.containsKey(s)
                || scan.lex.is(s, Word.HOUR)
                || scan.lex.is(s, Word.LOCAL_PLURAL) || scan.relativeDayAt(i) != null
                || scan.lex.timezones.containsKey(s);
    }

    boolean isNumberish(int i) {
        return i < scan.n && (scan.doc.token(i).kind() == Token.Kind.NUMBER
                || scan.doc.token(i).kind() == Token.Kind.SYMBOL);
    }

    /** The amount before a unit at i: {amount, unit token index}, or null. Handles "un'ora", "mezz'ora", "un quarto d'ora". */
    int[] amountAndUnit(int i) {
        String s = scan.w(i);
        if (scan.is(i, Word.HALF_ELIDED) && scan.is(i + 1, Word.HOUR)) {
            return new int[] {30, i + 1, 1}; // minutes
        }
        if ((scan.is(i, Word.ONE_UN) || scan.is(i, Word.THREE)) && scan.is(i + 1, Word.QUARTER_HOUR)
                || scan.is(i, Word.THREE)
                && scan.is(i + 1, Word.QUARTER_HOURS)) {
            if (scan.is(i + 2, Word.OF_ELIDED) && scan.is(i + 3, Word.HOUR)) {
                return new int[] {scan.is(i, Word.ONE_UN) ? 15 : 45, i + 3, 1};
            }
            return null;
        }
        int c = scan.cardinal(i);
        if (c < 0 || c == 0) {
            return null;
        }
        int u = i + 1;
        if ((scan.unitAt(u) != null) && scan.free(u)) {
            return new int[] {c, u, 0};
        }
        return null;
    }

    /** "cinque anni" (DURATION P5Y), "un anno fa" (DATE), "tra due anni" (DATE), "in 15 minuti". */
    Match durationOrShift(int i) {
        int[] au = amountAndUnit(i);
        if (au == null) {
            return null;
        }
        int u = au[1];
        TimeLexicon.Unit unit = scan.unitAt(u);
        long amount;
        Grain g;
        if (au[2] == 1) {
            amount = au[0];
            g = Grain.MINUTE;
        } else {
            amount = (long) au[0] * unit.count();
            g = unit.grain();
        }
        if (scan.capitalised(u) && !scan.isSentenceStart(u)) {
            return null; // "Il Sole 24 Ore"
        }
        String unitWord = scan.w(u);
        if (au[2] == 0 && au[0] > 1 && !scan.isPlural(u) && !unit.abbreviation()) {
            return null; // "alle 15 ora locale": a count needs a plural unit
        }
        if (g == Grain.SECOND && au[0] == 1 && !scan.isPunctuationOrEnd(u + 1)) {
            return null; // "un secondo mandato"
        }
        if (au[0] == 1 && TimeScan.isPluralForm(unitWord) && !scan.lex.is(unitWord, Word.MONTH)
                && !scan.lex.is(unitWord, Word.QUARTER)
                && !scan.lex.is(unitWord, Word.HALF_YEAR) && g != Grain.HOUR && !scan.lex.is(unitWord, Word.WEEK)
                && !scan.lex.is(unitWord, Word.DAY_LONG)) {
            return null;
        }
        if (scan.is(u + 1, Word.OUT_OF) && au[2] == 0 && scan.digits(i) >= 0 && scan.digits(u + 2) == scan.digits(i)) {
            return null; // "7 giorni su 7", "24 ore su 24": always open, no span of time
        }
        int end = u;
        // "un anno e mezzo"
        if (scan.role(u + 1, Role.AND) && (scan.is(u + 2, Word.HALF) || scan.is(u + 2, Word.HALF_FEMININE))
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
        String compound = null;
        if (scan.role(end + 1, Role.AND) && au[2] == 0) {
            int[] next = amountAndUnit(end + 2);
            TimeLexicon.Unit nextUnit = next == null || next[2] != 0 ? null : scan.unitAt(next[1]);
            if (nextUnit != null && nextUnit.grain().compareTo(g) < 0 && nextUnit.count() == 1) {
                compound = Periods.duration(amount, g, next[0], nextUnit.grain()); // "13 ore e 20 minuti"
                end = next[1];
            }
        }
        if (compound != null) {
            TimeValue v = new TimeValue(Kind.DURATION, compound, null, null, g, null, false);
            return new Match(i, end, v, RuleNames.DURATION, false);
        }
        if (scan.is(end + 1, Word.AGO) && scan.free(end + 1)) {
            return new Match(i, end + 1, ago(amount, g), RuleNames.AGO, false);
        }
        if (scan.role(end + 1, Role.IN) && scan.role(end + 2, Role.FUTURE_CUE) && scan.free(end + 2)) {
            return new Match(i, end + 2, later(amount, g), RuleNames.LATER, false); // "4 settimane in futuro"
        }
        String prev = scan.w(i - 1);
        // "in 15 minuti", "in due settimane" name a moment in assistant-style text (FUTURE orientation) but
        // usually a span of time in news ("ha perso mille punti in 30 minuti").
        boolean inLater = scan.lex.is(prev, Word.IN) && scan.ref.orientation() == Orientation.FUTURE;
        if ((scan.lex.is(prev, Word.BETWEEN) || scan.lex.is(prev, Word.BETWEEN_FRA) || inLater)
                && scan.free(i - 1)) {
            return new Match(i - 1, end, later(amount, g), RuleNames.LATER, false);
        }
        if (isAge(i, end, g, au[0])) {
            return null; // "un uomo di 45 anni", "Mario Rossi, 61 anni,", "aveva solo dieci mesi": for the quantity stage
        }
        TimeValue v = new TimeValue(Kind.DURATION, Periods.duration(amount, g), null, null, g, null, false);
        return new Match(i, end, v, RuleNames.DURATION, false);
    }

    /**
     * An age rather than a span of time: "di 45 anni", "ha 45 anni", "Mario Rossi, 61 anni,", "aveva dieci mesi",
     * "tre anni di età", "vecchia dieci anni", "più giovani di tre mesi". Not when "di" or "fa" follows
     * ("ha 20 anni di esperienza", "dieci anni fa").
     */
    boolean isAge(int i, int end, Grain g, int amount) {
        if (scan.is(end + 1, Word.OF) && scan.is(end + 2, Word.AGE)) {
            return true;
        }
        if (g.compareTo(Grain.DAY) < 0 || g.compareTo(Grain.YEAR) > 0 || scan.is(end + 1, Word.AGO)) {
            return false;
        }
        int c = i - 1;
        while (c > i - 4 && (scan.role(c, Role.AGE_ADVERB) || scan.role(c, Role.ARTICLE))) {
            c--; // "ha sopra i trenta anni", "aveva solo dieci mesi"
        }
        if (scan.role(c, Role.AGE_ADJECTIVE)
                || scan.is(c, Word.OF)
                && (scan.role(c - 1, Role.AGE_ADJECTIVE) || scan.role(c - 2, Role.AGE_ADJECTIVE))) {
            return true; // "agli anziani sopra i 75 anni", "più giovani di tre mesi"
        }
        if (scan.is(end + 1, Word.OF)) {
            return false; // "ha 20 anni di esperienza"
        }
        if (scan.role(c, Role.AUXILIARY)) {
            // "ha 45 anni", "aveva dieci mesi"; days and weeks only on their own ("avrà tre settimane.")
            return g == Grain.YEAR || g == Grain.MONTH || scan.isPunctuationOrEnd(end + 1);
        }
        if (g != Grain.YEAR) {
            return false;
        }
        if (scan.role(c, Role.AGE_CUE)) {
            return amount >= 14 && amount <= 120;
        }
        // apposition: "L'amministratore delegato, 54 anni, guida..."
        return scan.symbol(c, ",") && amount >= 14 && amount <= 120 && scan.isPunctuationOrEnd(end + 1);
    }

    TimeValue ago(long amount, Grain g) {
        return shiftFromNow(-amount, g, true);
    }

    TimeValue later(long amount, Grain g) {
        return shiftFromNow(amount, g, false);
    }

    /**
     * The reference moved by an amount. "due anni fa" is named to the month, "tre mesi fa" to the day (the unit
     * below the one counted); "tra due anni" keeps its unit, except weeks and sub-day units which name a day/instant.
     */
    TimeValue shiftFromNow(long amount, Grain g, boolean ago) {
        if (g.compareTo(Grain.DAY) < 0) {
            LocalDateTime now = scan.ref.now();
            String timex = Periods.duration(Math.abs(amount), g);
            if (now == null) {
                return Periods.unresolved(timex, g);
            }
            ChronoUnit cu = g == Grain.HOUR ? ChronoUnit.HOURS : g == Grain.MINUTE ? ChronoUnit.MINUTES
                    : ChronoUnit.SECONDS;
            LocalDateTime t = now.plus(amount, cu);
            Grain fine = g == Grain.HOUR ? Grain.MINUTE : Grain.SECOND;
            return new TimeValue(Kind.DATE, PeriodRules.clockTimex(t, fine), t.toLocalDate(), t.toLocalDate(), fine,
                    null, false);
        }
        Grain shown = switch (g) {
            case YEAR -> ago ? Grain.MONTH : Grain.YEAR;
            case MONTH -> ago ? Grain.DAY : Grain.MONTH;
            case QUARTER, HALF -> Grain.MONTH;
            case DECADE, CENTURY -> Grain.YEAR;
            default -> Grain.DAY;
        };
        LocalDate base = scan.ref.day();
        if (base == null && shown != Grain.DAY && scan.ref.month() != null) {
            base = scan.ref.month().atDay(1);
        }
        if (base == null && shown == Grain.DAY && scan.ref.month() != null && (g == Grain.MONTH || g == Grain.YEAR)) {
            base = scan.ref.month().atDay(1);
            shown = Grain.MONTH;
        }
        if (base == null && (shown == Grain.YEAR) && scan.ref.year() != null) {
            base = LocalDate.of(scan.ref.year(), 1, 1);
        }
        if (base == null) {
            return Periods.unresolved(Periods.duration(Math.abs(amount), g), shown);
        }
        return Periods.holding(Periods.plus(base, g, amount), shown);
    }

    /** "ogni anno", "ogni due mesi", "ogni lunedì", "annualmente", "al mese" (when no amount precedes). */
    Match set(int i) {
        String s = scan.w(i);
        String adverb = scan.lex.sets.get(s);
        if (adverb != null) {
            return new Match(i, i, new TimeValue(Kind.SET, adverb, null, null, setGrain(adverb), null, false),
                    RuleNames.SET, false);
        }
        if (scan.role(i, Role.EVERY)) {
            int j = i + 1;
            int count = 1;
            int c = scan.cardinal(j);
            if (c > 1) {
                count = c;
                j++;
            }
            TimeLexicon.NameEntry wd = scan.weekdayAt(j);
            if (wd != null && wd.full() && count == 1) {
                return new Match(i, j, new TimeValue(Kind.SET, "XXXX-WXX-" + wd.value(), null, null, Grain.DAY, null,
                        false), RuleNames.SET, false);
            }
            TimeLexicon.Unit unit = scan.unitAt(j);
            if (unit == null || !scan.free(j)) {
                return null;
            }
            String timex = Periods.duration((long) count * unit.count(), unit.grain());
            return new Match(i, j, new TimeValue(Kind.SET, timex, null, null, unit.grain(), null, false),
                    RuleNames.SET, false);
        }
        if ((scan.is(i, Word.TO_THE) || scan.is(i, Word.TO_THE_ELIDED) || scan.is(i, Word.AT)
                || scan.is(i, Word.TO_THE_FEMININE) || scan.is(i, Word.PER))
                && scan.free(i + 1)) {
            TimeLexicon.Unit unit = scan.unitAt(i + 1);
            String u = scan.w(i + 1);
            if (unit == null || unit.count() != 1 || scan.lex.is(u, Word.HOUR) || scan.lex.is(u, Word.HOURS)
                    || scan.isPlural(i + 1)
                    || scan.lex.is(u, Word.SECOND) || scan.lex.is(u, Word.MINUTE)) {
                return null;
            }
            if (scan.is(i, Word.AT) && !scan.lex.is(u, Word.WEEK)) {
                return null;
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                boolean amount = scan.doc.token(k).kind() == Token.Kind.NUMBER || (scan.numberWordAt(k) != null);
                if (amount && scan.doc.sameSentence(k, i)) {
                    return null; // "9,99 euro al mese" is a rate of the amount: left to the value stages
                }
            }
            if (!scan.isPunctuationOrEnd(i + 2) && !scan.role(i + 2, Role.AND)) {
                return null;
            }
            String timex = Periods.duration(1, unit.grain());
            return new Match(i, i + 1, new TimeValue(Kind.SET, timex, null, null, unit.grain(), null, false),
                    RuleNames.SET, false);
        }
        return null;
    }

    static Grain setGrain(String period) {
        char c = period.charAt(period.length() - 1);
        return switch (c) {
            case 'D' -> Grain.DAY;
            case 'W' -> Grain.WEEK;
            case 'M' -> Grain.MONTH;
            default -> Grain.YEAR;
        };
    }
}
