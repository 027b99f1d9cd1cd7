package io.fatti.time;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The stable names of the readings still written as methods of the scanning chain (the rule objects of
 * {@link RuleBook} name themselves). Each name is the {@code rule} of the mentions that reading makes; code refers to
 * these constants, never to the string, so a rename is one edit and {@link #all()} lists every name the grammar can
 * write (a test checks each fires on at least one corpus row).
 */
final class RuleNames {

    private RuleNames() {
    }

    // ---- days and dates in words
    /** "22 novembre", "Mer, 22 Gen": a day and a month, the year from orientation. */
    static final String DATE_DAY_MONTH = "time.date.day-month";
    /** "22 novembre 2021", "16 nov. 2016". */
    static final String DATE_DAY_MONTH_YEAR = "time.date.day-month-year";
    /** "giovedì 21": the Thursday that is the 21st nearest the article date. */
    static final String DATE_WEEKDAY_DAY = "time.date.weekday-day";
    /** "il 21" alone (a day of the month of the article). */
    static final String BARE_DAY = "time.bare-day";
    /** "lunedì", "venerdì scorso". */
    static final String WEEKDAY = "time.weekday";
    /** "a febbraio", "questo Settembre", "il mese di dicembre". */
    static final String MONTH = "time.month";
    /** "novembre 2021", "dicembre del 1984". */
    static final String MONTH_YEAR = "time.month-year";
    /** "2022", "nel 1998". */
    static final String YEAR = "time.year";
    /** "anni '90", "anni Novanta", "anni millenovecentosettanta". */
    static final String DECADE = "time.decade";
    /** "il terzo martedì di ottobre", "l'ultimo venerdì di novembre". */
    static final String ORDINAL_DAY_OF_MONTH = "time.ordinal-day-of-month";
    /** "il primo lunedì dopo il 15 ottobre": the n-th weekday after a day. */
    static final String ORDINAL_DAY_AFTER = "time.ordinal-day-after";
    /** "la settimana del 6 ottobre": the week holding that day. */
    static final String WEEK_OF = "time.week-of";
    /** "la seconda settimana di gennaio". */
    static final String WEEK_OF_MONTH = "time.week-of-month";
    /** "il weekend", "nel fine settimana". */
    static final String WEEKEND = "time.weekend";
    /** "Natale", "la Liberazione": a holiday from {@code holidays.tsv}. */
    static final String HOLIDAY = "time.holiday";
    /** "estate", "la primavera del 2020". */
    static final String SEASON = "time.season";

    // ---- relative to the article
    /** "oggi", "ieri", "l'altro ieri", "odierna". */
    static final String RELATIVE_DAY = "time.relative.day";
    /** "l'anno scorso", "questa settimana", "il trimestre appena trascorso". */
    static final String RELATIVE_UNIT = "time.relative.unit";
    /** "l'anno", "il trimestre" read as the period the text is about (an anaphora). */
    static final String ANAPHORIC_UNIT = "time.anaphoric-unit";
    /** "gli ultimi dodici mesi", "i prossimi tre anni". */
    static final String LAST_NEXT = "time.last-next";
    /** "lo stesso periodo del 2020", "il pari periodo dell'anno precedente". */
    static final String SAME_PERIOD = "time.same-period";
    /** "tre mesi fa". */
    static final String AGO = "time.ago";
    /** "tra tre giorni", "4 settimane in futuro". */
    static final String LATER = "time.later";
    /** "adesso", "in questo momento": the present (PRESENT_REF). */
    static final String NOW = "time.now";
    /** "nei prossimi giorni", "negli ultimi anni": a vague stretch before or after now. */
    static final String VAGUE = "time.vague";

    // ---- business periods
    /** "il terzo trimestre 2021", "il primo semestre". */
    static final String PERIOD_ORDINAL = "time.period.ordinal";
    /** "Q3 2021", "H1", "1Q22". */
    static final String PERIOD_CODE = "time.period.code";
    /** "la prima metà dell'anno", "la seconda metà del 2022". */
    static final String PERIOD_HALF = "time.period.half";
    /** "i primi nove mesi del 2021". */
    static final String PERIOD_FIRST_LAST = "time.period.first-last";
    /** "esercizio 2020", "anno fiscale 2021". */
    static final String PERIOD_FISCAL_YEAR = "time.period.fiscal-year";
    /** "il triennio 2019-2021", "il biennio 2022-2023". */
    static final String PERIOD_MULTI_YEAR = "time.period.multi-year";
    /** "fine di marzo", "metà estate", "inizio settembre": a part of a period (modifier START/MID/END). */
    static final String PART_OF_PERIOD = "time.part-of-period";
    /** "a fine marzo 2024" of a balance: the month's last day, the month as its context. */
    static final String PART_OF_PERIOD_MONTH_END_POINT = "time.part-of-period.month-end-point";

    // ---- ranges and modifiers around a core expression
    /** "dal 3 al 12 set", "tra luglio e settembre 2016", "da gennaio ad agosto". */
    static final String RANGE = "time.range";
    /** "dal 1° luglio 2023". */
    static final String SINCE = "time.since";
    /** "fino al 31 dicembre". */
    static final String UNTIL = "time.until";
    /** "entro giugno". */
    static final String BY = "time.by";
    /** "prima del 2020". */
    static final String BEFORE = "time.before";
    /** "dopo il 20 dicembre". */
    static final String AFTER = "time.after";
    /** "intorno al 10 dicembre". */
    static final String APPROX = "time.approx";

    // ---- clock, parts of the day, durations, sets
    /** What every clock reading's name starts with (not itself a rule name). */
    static final String CLOCK_PREFIX = "time.clock.";
    /** "15:30", "alle 16.15", "alle 16:15 UTC", "alle 15 30": hours and minutes in digits. */
    static final String CLOCK_DIGITS = "time.clock.digits";
    /** "alle 15", "alle tre": an hour after a cue. */
    static final String CLOCK_HOUR = "time.clock.hour";
    /** "le tre e venti", "alle 10 e mezza", "alle 9 e un quarto", "alle 3 e 20": minutes after "e". */
    static final String CLOCK_HOUR_AND_MINUTES = "time.clock.hour-and-minutes";
    /** "alle cinque meno un quarto", "un quarto a mezzogiorno". */
    static final String CLOCK_QUARTER_TO = "time.clock.quarter-to";
    /** "a mezzogiorno", "a mezzanotte". */
    static final String CLOCK_NOON_MIDNIGHT = "time.clock.noon-midnight";
    /** "alle 3 del pomeriggio", "le 8 di stasera": an hour read with its part of the day. */
    static final String CLOCK_WITH_PART_OF_DAY = "time.clock.with-part-of-day";
    /** "stamattina", "nel pomeriggio di ieri". */
    static final String PART_OF_DAY = "time.part-of-day";
    /** "tre anni", "un anno e mezzo", "3 h". */
    static final String DURATION = "time.duration";
    /** "ogni anno", "ogni lunedì", "annualmente". */
    static final String SET = "time.set";

    /** Every name above, in declaration order. */
    static Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        for (Field f : RuleNames.class.getDeclaredFields()) {
            if (f.getType() == String.class && Modifier.isStatic(f.getModifiers())
                    && !f.getName().endsWith("_PREFIX")) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
