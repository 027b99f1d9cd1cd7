package io.fatti.time;

import io.fatti.text.Token;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.text.PhraseTable;
import io.fatti.time.TimeLexicon.Role;
import java.time.LocalDate;
import java.util.List;

/** Periods read against the article date or the last date it named: the day after, the rest of the year. */
final class RelativeRules {

    private RelativeRules() {
    }

    static final List<TimeRule> RULES = List.of(new DayAfter(), new DayShift(), new RestOfPeriod(),
            new DecadeShift());

    /** "il giorno dopo", "il giorno prima", "il giorno successivo": one day from the last day named. */
    static final class DayAfter extends NamedRule {

        DayAfter() {
            super("time.relative.day-after", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            TimeLexicon.Unit unit = g.unitAt(i);
            if (unit == null || unit.grain() != Grain.DAY || g.isPlural(i) || unit.abbreviation()
                    || !g.role(i - 1, Role.ARTICLE)) {
                return null;
            }
            PhraseTable.Match<TimeLexicon.Shift> sh = g.shiftAt(i + 1);
            if (sh == null || !sh.value().fromMention() || sh.value().offset() == 0 || !g.free(i + 1)) {
                return null;
            }
            LocalDate anchor = g.ref.dayInSentence() != null ? g.ref.dayInSentence() : g.ref.anchorDay();
            TimeValue v = anchor == null ? Periods.unresolved("XXXX-XX-XX", Grain.DAY)
                    : Periods.day(anchor.plusDays(sh.value().offset()));
            return match(i, sh.last(), v, false);
        }
    }

    /** "l'ultimo giorno", "il prossimo giorno": the day before or after the article's. */
    static final class DayShift extends NamedRule {

        DayShift() {
            super("time.relative.day-shift", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.unitWithin(i + 1, i + 4, Grain.DAY)) {
                return null; // a shift of a few words, then "giorno"
            }
            PhraseTable.Match<TimeLexicon.Shift> sh = g.shiftAt(i);
            if (sh == null || sh.value().fromMention() || sh.value().offset() == 0 || !g.free(i)) {
                return null;
            }
            int u = sh.last() + 1;
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || unit.grain() != Grain.DAY || g.isPlural(u) || unit.abbreviation() || !g.free(u)
                    || g.role(u + 1, Role.OF)) {
                return null; // "l'ultimo giorno di contrattazione" is the last day of something else
            }
            LocalDate today = g.ref.day();
            TimeValue v = today == null ? Periods.unresolved("XXXX-XX-XX", Grain.DAY)
                    : Periods.day(today.plusDays(sh.value().offset()));
            return match(i, u, v, false);
        }
    }

    /** "il resto dell'anno", "il resto del mese", "il resto della settimana", "il resto del 2022". */
    static final class RestOfPeriod extends NamedRule {

        RestOfPeriod() {
            super("time.period.rest", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.role(i, Role.REST) || !g.role(i + 1, Role.OF) || !g.free(i + 1)) {
                return null;
            }
            int j = i + 2;
            LocalDate today = g.ref.day();
            TimeValue period;
            int end;
            int y = g.year4(j);
            TimeLexicon.Unit unit = g.unitAt(j);
            if (y > 0) {
                period = Periods.year(y);
                end = j;
            } else if (unit != null && unit.count() == 1 && !g.isPlural(j) && g.free(j)
                    && unit.grain().compareTo(Grain.WEEK) >= 0 && unit.grain().compareTo(Grain.YEAR) <= 0) {
                Match shifted = g.calendar.relativeUnit(j);
                end = shifted != null ? shifted.end() : j;
                if (shifted != null) {
                    period = shifted.value();
                } else if (today != null) {
                    period = Periods.holding(today, unit.grain());
                } else {
                    return match(i, end, Periods.unresolved("FUTURE_REF", unit.grain()), false);
                }
            } else {
                return null;
            }
            if (period.from() == null) {
                return match(i, end, period, false);
            }
            LocalDate from = today != null && today.isAfter(period.from()) && !today.isAfter(period.to())
                    ? today : period.from();
            String timex = from.equals(period.from()) ? period.timex() : from + "/" + period.to();
            TimeValue v = new TimeValue(Kind.DATE, timex, from, period.to(), Grain.DAY, null, false);
            return match(i, end, v, y > 0);
        }
    }

    /** "il prossimo decennio", "lo scorso decennio", "questo decennio": a calendar decade from the article's. */
    static final class DecadeShift extends NamedRule {

        DecadeShift() {
            super("time.relative.decade", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.unitWithin(i, i + 4, Grain.DECADE)) {
                return null; // "decennio" before or after a shift of a few words
            }
            PhraseTable.Match<TimeLexicon.Shift> sh = g.shiftAt(i);
            int u;
            int end;
            TimeLexicon.Shift shift;
            if (sh != null && !sh.value().fromMention() && g.free(i)) {
                shift = sh.value();
                u = sh.last() + 1;
                end = u;
            } else {
                u = i;
                PhraseTable.Match<TimeLexicon.Shift> after = g.shiftAt(i + 1);
                if (after == null || after.value().fromMention() || !g.free(i + 1)) {
                    return null;
                }
                shift = after.value();
                end = after.last();
            }
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || unit.grain() != Grain.DECADE || g.isPlural(u) || !g.free(u)) {
                return null;
            }
            Integer year = g.ref.year();
            if (year == null) {
                return match(i, end, Periods.unresolved("XXX", Grain.DECADE), false);
            }
            int first = year - Math.floorMod(year, 10) + 10 * shift.offset();
            return match(i, end, Periods.decade(first), false);
        }
    }
}
