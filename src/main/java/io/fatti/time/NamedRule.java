package io.fatti.time;

import io.fatti.text.Token;

/**
 * A rule object written as a class of its own: its stable name, and the one token kind it can start on (every
 * kind when none is given). Subclasses hold no state and write only {@link #read}.
 */
abstract class NamedRule implements TimeRule {

    private final String name;

    private final Token.Kind startKind;

    NamedRule(String name) {
        this(name, null);
    }

    NamedRule(String name, Token.Kind startKind) {
        this.name = name;
        this.startKind = startKind;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public boolean startsOn(Token.Kind kind) {
        return startKind == null || kind == startKind;
    }

    @Override
    public String toString() {
        return name;
    }
}
