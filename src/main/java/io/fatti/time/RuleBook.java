package io.fatti.time;

import static io.fatti.time.RuleNames.*;

import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammar's core as ordered lists of rule objects, one list per token kind: the readings tried at a number, at a
 * word, at a code. Where two readings end at the same token the earlier one wins, so the order is part of the
 * grammar. Wrappers around a core (deadlines, ranges, parts of a period) are read by {@link TemporalGrammar}.
 */
final class RuleBook {

    private RuleBook() {
    }

    private static final Set<Token.Kind> NUMBER = EnumSet.of(Token.Kind.NUMBER);
    private static final Set<Token.Kind> WORD = EnumSet.of(Token.Kind.WORD);
    private static final Set<Token.Kind> NUMBER_OR_WORD = EnumSet.of(Token.Kind.NUMBER, Token.Kind.WORD);
    private static final Set<Token.Kind> CODE = EnumSet.of(Token.Kind.NUMBER, Token.Kind.WORD, Token.Kind.ALPHANUMERIC);

    // ---- the readings of the rule families, each a named rule object
    static final Reading DAY_MONTH = Reading.of(NUMBER_OR_WORD, DATE_DAY_MONTH, (s, i) -> s.calendar.dayMonth(i),
            DATE_DAY_MONTH_YEAR, DATE_WEEKDAY_DAY);
    static final Reading DAY_BEFORE_CONJUNCTION = Reading.of(NUMBER, DATE_DAY_MONTH,
            (s, i) -> s.calendar.dayBeforeConjunction(i));
    /** "il 19." alone at the end of a phrase. */
    static final Reading ARTICLED_BARE_DAY = Reading.of(NUMBER, BARE_DAY,
            (s, i) -> s.is(i - 1, Word.THE) && s.isPunctuationOrEnd(i + 1) ? s.calendar.bareDay(i) : null);
    static final Reading YEAR_DIGITS = Reading.of(NUMBER, YEAR, (s, i) -> s.calendar.yearCore(i, false), RANGE);
    static final Reading YEAR_WORDS = Reading.of(WORD, YEAR, (s, i) -> s.calendar.yearWord(i));
    static final Reading DECADES = Reading.of(WORD, DECADE, (s, i) -> s.calendar.decade(i));
    static final Reading MONTH_AND_YEAR = Reading.of(WORD, MONTH, (s, i) -> s.calendar.monthYear(i), MONTH_YEAR);
    static final Reading SHIFT_THEN_MONTH = Reading.of(WORD, MONTH, (s, i) -> s.calendar.shiftThenMonth(i));
    static final Reading WEEKDAYS = Reading.of(WORD, WEEKDAY, (s, i) -> s.calendar.weekday(i));
    static final Reading RELATIVE_DAYS = Reading.of(WORD, RELATIVE_DAY, (s, i) -> s.calendar.relativeDay(i),
            PART_OF_DAY);
    static final Reading RELATIVE_UNITS = Reading.of(WORD, RELATIVE_UNIT, (s, i) -> s.calendar.relativeUnit(i));
    static final Reading SAME_PERIODS = Reading.of(WORD, SAME_PERIOD, (s, i) -> s.calendar.samePeriod(i));
    static final Reading WEEKS_OF = Reading.of(WORD, WEEK_OF, (s, i) -> s.calendar.weekOf(i));
    static final Reading BARE_UNITS = Reading.of(WORD, ANAPHORIC_UNIT, (s, i) -> s.calendar.bareUnit(i));
    static final Reading NOW_WORDS = Reading.of(WORD, NOW, (s, i) -> s.calendar.now(i));
    static final Reading PERIOD_CODES = Reading.of(CODE, PERIOD_CODE, (s, i) -> s.periods.quarterCode(i),
            PERIOD_FISCAL_YEAR);
    static final Reading ORDINAL_PERIODS = Reading.of(NUMBER_OR_WORD, PERIOD_ORDINAL,
            (s, i) -> s.periods.ordinalPeriod(i));
    static final Reading ORDINAL_WEEKDAYS = Reading.of(NUMBER_OR_WORD, ORDINAL_DAY_OF_MONTH,
            (s, i) -> s.periods.ordinalWeekday(i), ORDINAL_DAY_AFTER, WEEK_OF_MONTH);
    static final Reading FIRST_LAST = Reading.of(NUMBER_OR_WORD, PERIOD_FIRST_LAST, (s, i) -> s.periods.firstLast(i),
            PERIOD_HALF, LAST_NEXT, VAGUE);
    static final Reading MULTI_YEAR = Reading.of(WORD, PERIOD_MULTI_YEAR, (s, i) -> s.periods.multiYear(i));
    static final Reading FISCAL_YEAR = Reading.of(WORD, PERIOD_FISCAL_YEAR, (s, i) -> s.periods.fiscalYear(i));
    static final Reading SEASONS = Reading.of(WORD, SEASON, (s, i) -> s.periods.season(i));
    static final Reading HOLIDAYS = Reading.of(WORD, HOLIDAY, (s, i) -> s.periods.holiday(i));
    static final Reading WEEKENDS = Reading.of(WORD, WEEKEND, (s, i) -> s.periods.weekend(i));
    static final Reading PARTS_OF_DAY = Reading.of(WORD, PART_OF_DAY, (s, i) -> s.clock.partOfDay(i));
    static final Reading DURATIONS = Reading.of(NUMBER_OR_WORD, DURATION, (s, i) -> s.clock.durationOrShift(i), AGO,
            LATER);
    static final Reading CLOCK_TIMES = Reading.of(NUMBER_OR_WORD, CLOCK_HOUR, (s, i) -> s.clock.clockTime(i, false),
            CLOCK_DIGITS, CLOCK_HOUR_AND_MINUTES, CLOCK_QUARTER_TO, CLOCK_NOON_MIDNIGHT, CLOCK_WITH_PART_OF_DAY);
    static final Reading SETS = Reading.of(WORD, SET, (s, i) -> s.clock.set(i));

    /** Dates in digits, tried first at a number (on a tie they win over the older readings). */
    static final List<TimeRule> NUMERIC = NumericDates.RULES;

    /** The rule objects written as classes of their own, tried at any token kind they start on, after the rest. */
    static final List<TimeRule> CORE = join(YearRules.RULES, DurationRules.RULES, RelativeRules.RULES,
            CalendarArithmetic.RULES, BusinessPeriods.RULES);

    /** At a number. */
    static final List<TimeRule> AT_NUMBER = join(NUMERIC, List.of(DAY_MONTH, YEAR_DIGITS, PERIOD_CODES, DURATIONS,
            CLOCK_TIMES, ORDINAL_PERIODS, ORDINAL_WEEKDAYS, FIRST_LAST, ARTICLED_BARE_DAY, DAY_BEFORE_CONJUNCTION));

    /** At a word. */
    static final List<TimeRule> AT_WORD = List.of(DAY_MONTH, MONTH_AND_YEAR, WEEKDAYS, RELATIVE_DAYS, RELATIVE_UNITS,
            ORDINAL_PERIODS, ORDINAL_WEEKDAYS, FIRST_LAST, MULTI_YEAR, FISCAL_YEAR, YEAR_WORDS, DECADES, SEASONS,
            HOLIDAYS, PARTS_OF_DAY, DURATIONS, SETS, WEEKENDS, SAME_PERIODS, WEEKS_OF, BARE_UNITS, SHIFT_THEN_MONTH,
            CLOCK_TIMES, NOW_WORDS);

    /** At a code of letters and digits ("Q3", "1H22"). */
    static final List<TimeRule> AT_CODE = List.of(PERIOD_CODES);

    /** For each token kind, the grammar: every rule object tried at a token of that kind, in order. */
    private static final Map<Token.Kind, List<TimeRule>> GRAMMAR = grammar();

    static List<TimeRule> coreStartingOn(Token.Kind kind) {
        return GRAMMAR.get(kind);
    }

    private static Map<Token.Kind, List<TimeRule>> grammar() {
        Map<Token.Kind, List<TimeRule>> m = new EnumMap<>(Token.Kind.class);
        for (Token.Kind k : Token.Kind.values()) {
            List<TimeRule> first = switch (k) {
                case NUMBER -> AT_NUMBER;
                case WORD -> AT_WORD;
                case ALPHANUMERIC -> AT_CODE;
                default -> List.of();
            };
            m.put(k, join(first, CORE.stream().filter(r -> r.startsOn(k)).toList()));
        }
        return m;
    }

    /** Every rule object of the grammar, once each. */
    static Set<TimeRule> allRules() {
        Set<TimeRule> rules = new LinkedHashSet<>();
        for (List<TimeRule> l : GRAMMAR.values()) {
            rules.addAll(l);
        }
        return rules;
    }

    /** Every rule name the grammar can write: the rule objects' and the wrappers' ({@link RuleNames}). */
    static Set<String> allNames() {
        Set<String> names = new LinkedHashSet<>(RuleNames.all());
        for (TimeRule r : allRules()) {
            names.addAll(r.names());
        }
        return names;
    }

    @SafeVarargs
    private static List<TimeRule> join(List<TimeRule>... families) {
        List<TimeRule> all = new ArrayList<>();
        for (List<TimeRule> f : families) {
            all.addAll(f);
        }
        return List.copyOf(all);
    }
}
