package io.fatti.time;

import java.util.ArrayList;
import java.util.List;

/** The time rules written as objects, in the order they are tried; each family lists its own. */
final class RuleBook {

    private RuleBook() {
    }

    /** Dates in digits, tried first at a number (on a tie they win over the older readings). */
    static final List<TimeRule> NUMERIC = NumericDates.RULES;

    /** Rules tried at any token that can start a core expression (numbers, words, codes). */
    static final List<TimeRule> CORE = join(YearRules.RULES, DurationRules.RULES, RelativeRules.RULES,
            CalendarArithmetic.RULES, BusinessPeriods.RULES);

    /** The {@link #CORE} rules that can start at a token of each kind, in order. */
    private static final java.util.Map<io.fatti.text.Token.Kind, List<TimeRule>> CORE_BY_KIND = byKind();

    static List<TimeRule> coreStartingOn(io.fatti.text.Token.Kind kind) {
        return CORE_BY_KIND.get(kind);
    }

    private static java.util.Map<io.fatti.text.Token.Kind, List<TimeRule>> byKind() {
        java.util.Map<io.fatti.text.Token.Kind, List<TimeRule>> m = new java.util.EnumMap<>(io.fatti.text.Token.Kind.class);
        for (io.fatti.text.Token.Kind k : io.fatti.text.Token.Kind.values()) {
            m.put(k, CORE.stream().filter(r -> r.startsOn(k)).toList());
        }
        return m;
    }

    /** Every rule name the grammar can write: the rule objects' and the scanning chain's ({@link RuleNames}). */
    static java.util.Set<String> allNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(RuleNames.all());
        for (TimeRule r : join(NUMERIC, CORE)) {
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
