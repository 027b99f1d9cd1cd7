package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.math.BigDecimal;
import java.util.List;

/** Spans of time the older duration reader misses: fractions, vague amounts, whole units. */
final class DurationRules {

    private DurationRules() {
    }

    static final List<TimeRule> RULES = List.of(new FractionalDuration(), new VagueDuration(), new WholeUnit(),
            new WholeFiscalYear());

    static TimeValue duration(String timex, Grain g) {
        return new TimeValue(Kind.DURATION, timex, null, null, g, null, false);
    }

    /** The grain below, and how many of it make one: years in months, hours in minutes ("3,5 anni" = P42M). */
    private static Grain finer(Grain g) {
        return switch (g) {
            case YEAR -> Grain.MONTH;
            case WEEK, MONTH -> Grain.DAY;
            case DAY -> Grain.HOUR;
            case HOUR -> Grain.MINUTE;
            case MINUTE -> Grain.SECOND;
            default -> null;
        };
    }

    private static int perUnit(Grain g) {
        return switch (g) {
            case YEAR -> 12;
            case WEEK -> 7;
            case DAY -> 24;
            case HOUR, MINUTE -> 60;
            default -> 0;
        };
    }

    /** "3,5 anni" (P42M), "1,5 ore" (PT90M), "2,5 mesi" (P2.5M, as months have no whole number of days). */
    static final class FractionalDuration extends NamedRule {

        FractionalDuration() {
            super("time.duration.fraction", Token.Kind.NUMBER);
        }

        @Override
        public Match read(TimeScan g, int i) {
            Token t = g.doc.token(i);
            String s = t.text();
            int comma = s.indexOf(',');
            if (t.kind() != Token.Kind.NUMBER || comma < 1 || comma > 3 || s.length() - comma - 1 < 1
                    || s.length() - comma - 1 > 2 || !TimeScan.allDigits(s.substring(0, comma), 0)
                    || !TimeScan.allDigits(s, comma + 1)) {
                return null;
            }
            int u = i + 1;
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || !g.free(u) || !(g.isPlural(u) || unit.abbreviation())
                    || g.capitalised(u) && !g.isSentenceStart(u)) {
                return null;
            }
            BigDecimal amount = new BigDecimal(s.replace(',', '.')).multiply(BigDecimal.valueOf(unit.count()));
            Grain grain = unit.grain();
            Grain fine = finer(grain);
            String timex;
            BigDecimal inFine = fine == null || perUnit(grain) == 0 ? null
                    : amount.multiply(BigDecimal.valueOf(perUnit(grain))).stripTrailingZeros();
            if (inFine != null && inFine.scale() <= 0) {
                timex = Periods.duration(inFine.longValueExact(), fine);
                grain = fine;
            } else {
                String whole = Periods.duration(1, grain);
                timex = whole.replace("1", amount.stripTrailingZeros().toPlainString());
            }
            return match(i, u, duration(timex, grain), false);
        }
    }

    /**
     * "alcuni giorni" (PXD), "qualche minuto" (PTXM), "diverse settimane" (PXW); "pochi giorni fa" (PAST_REF),
     * "tra qualche mese" (FUTURE_REF).
     */
    static final class VagueDuration extends NamedRule {

        VagueDuration() {
            super("time.duration.vague", Token.Kind.WORD);
        }

        private static final String AGO = "time.ago.vague";
        private static final String LATER = "time.later.vague";

        @Override
        public java.util.List<String> names() {
            return java.util.List.of(name(), AGO, LATER);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.role(i, Role.VAGUE_AMOUNT) || !g.free(i)) {
                return null;
            }
            int u = i + 1;
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || !g.free(u) || unit.abbreviation() || unit.count() != 1
                    || g.capitalised(u) && !g.isSentenceStart(u)) {
                return null;
            }
            Grain grain = unit.grain();
            boolean single = g.is(i, Word.SOME);
            if (single == g.isPlural(u) && !g.is(u, Word.MONTH) && !g.is(u, Word.QUARTER)) {
                return null; // "qualche giorno", "alcuni giorni"; not "alcuni giorno"
            }
            if (g.is(u + 1, Word.AGO) && g.free(u + 1)) {
                return new Match(i, u + 1, Periods.unresolved("PAST_REF", grain), AGO, false);
            }
            String prev = g.w(i - 1);
            if ((g.lex.is(prev, Word.BETWEEN) || g.lex.is(prev, Word.BETWEEN_FRA)) && g.free(i - 1)) {
                return new Match(i - 1, u, Periods.unresolved("FUTURE_REF", grain), LATER, false);
            }
            String timex = Periods.duration(1, grain).replace("1", "X");
            return match(i, u, duration(timex, grain), false);
        }
    }

    /** "tutto il mese" (P1M), "l'intera settimana" (P1W), "tutta la giornata" (P1D), "l'intero anno" (P1Y). */
    static final class WholeUnit extends NamedRule {

        WholeUnit() {
            super("time.duration.whole", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.role(i, Role.WHOLE) || !g.free(i)) {
                return null;
            }
            if (g.lex.startsWith(g.w(i - 1), Word.ON_THE)) {
                return null; // "sull'intero anno": a basis of comparison, like "su base annua", not a span
            }
            boolean before = g.lex.startsWith(g.w(i), Word.ALL_STEM); // "tutto il mese" / "il mese intero" / "l'intero mese"
            int u = before ? g.skipArticle(i + 1) : i + 1;
            if (before && u == i + 1) {
                return null;
            }
            TimeLexicon.Unit unit = g.unitAt(u);
            if (unit == null || !g.free(u) || unit.abbreviation() || g.isPlural(u)
                    && !g.lex.endsWith(g.w(u), Word.MONTH)
                    && !g.lex.endsWith(g.w(u), Word.QUARTER) && !g.lex.endsWith(g.w(u), Word.HALF_YEAR)) {
                return null;
            }
            if (g.role(u + 1, Role.OF) || g.role(u + 1, Role.CALENDAR) || g.is(u + 1, Word.FISCAL)
                    || g.shiftAt(u + 1) != null) {
                return null; // "tutto l'anno scorso", "l'intero anno fiscale": a period, read elsewhere
            }
            Grain grain = unit.grain();
            return match(i, u, duration(Periods.duration(unit.count(), grain), grain), false);
        }
    }

    /** "l'intero anno fiscale", "l'intero esercizio": the fiscal year in context. */
    static final class WholeFiscalYear extends NamedRule {

        WholeFiscalYear() {
            super("time.period.fiscal-year-whole", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (!g.role(i, Role.WHOLE) || !g.free(i)) {
                return null;
            }
            int u = g.skipArticle(i + 1);
            int end;
            if (g.is(u, Word.YEAR) && (g.is(u + 1, Word.FISCAL) || g.is(u + 1, Word.FINANCIAL))) {
                end = u + 1;
            } else if (g.is(u, Word.FINANCIAL_YEAR)) {
                end = u;
            } else {
                return null;
            }
            if (g.year4(end + 1) > 0 || g.role(end + 1, Role.OF)) {
                return null;
            }
            Integer y = g.ref.contextYear();
            String timex = "FY" + (y == null ? "XXXX" : Periods.yearString(y));
            return match(i, end, new TimeValue(Kind.DATE, timex, null, null, Grain.YEAR, null, true), false);
        }
    }
}
