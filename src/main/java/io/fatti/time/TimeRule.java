package io.fatti.time;


/**
 * One reading of the time grammar: a small object with a stable name (the {@code rule} of the mentions it makes)
 * that reads an expression starting at a token. Rules share nothing but the scanning context they are given (the
 * document's tokens, the lexicon, the reference date and the other readings); they hold no state, so one instance
 * serves every document. A rule looks at a bounded number of tokens, which keeps a document's parse linear.
 */
interface TimeRule {

    /** The stable rule name written on each mention this rule makes ("time.date.numeric-dmy"). */
    String name();

    /**
     * Whether the rule can start at a token of this kind (a number, a word...). The scan skips a rule at tokens of
     * other kinds; a rule answering true for every kind stays correct, only slower.
     */
    default boolean startsOn(io.fatti.text.Token.Kind kind) {
        return true;
    }

    /** Every name this rule writes: its own, and the names of the variants it reads ("pochi giorni fa"). */
    default java.util.List<String> names() {
        return java.util.List.of(name());
    }

    /** The expression read at token {@code i} of the scan, or null. */
    Match read(TimeScan scan, int i);

    /** A mention of this rule over tokens {@code start..end}. */
    default Match match(int start, int end, TimeValue value, boolean absoluteYear) {
        return new Match(start, end, value, name(), absoluteYear);
    }
}
