package io.fatti.time;

import io.fatti.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A reading of one of the rule families ({@link CalendarRules}, {@link PeriodRules}, {@link ClockRules}) as a rule
 * object of the grammar's ordered list: the name it writes, the other names its variants write, the token kinds it
 * starts on, and the family method that reads it. Stateless; one instance serves every document.
 */
final class Reading implements TimeRule {

    /** The family method behind a reading. */
    @FunctionalInterface
    interface Reader {
        Match read(TimeScan scan, int i);
    }

    private final String name;

    private final List<String> names;

    private final Set<Token.Kind> kinds;

    private final Reader reader;

    private Reading(String name, List<String> variants, Set<Token.Kind> kinds, Reader reader) {
        this.name = name;
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(variants);
        this.names = List.copyOf(all);
        this.kinds = kinds;
        this.reader = reader;
    }

    /** A reading starting on the given token kinds that writes {@code name} (and, for variants, {@code others}). */
    static Reading of(Set<Token.Kind> kinds, String name, Reader reader, String... others) {
        return new Reading(name, List.of(others), kinds, reader);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public boolean startsOn(Token.Kind kind) {
        return kinds.contains(kind);
    }

    @Override
    public Match read(TimeScan scan, int i) {
        return reader.read(scan, i);
    }

    @Override
    public String toString() {
        return name;
    }
}
