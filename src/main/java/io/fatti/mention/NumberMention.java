package io.fatti.mention;

import io.fatti.core.Span;

/** A bare number ("500 milioni") or, when {@code ordinal}, an ordinal ("terzo", "1°"). */
public record NumberMention(Span span, String text, String rule, Amount amount, boolean ordinal, Change change)
        implements ValueMention {

    @Override
    public MentionType type() {
        return ordinal ? MentionType.ORDINAL : MentionType.NUMBER;
    }

    @Override
    public NumberMention withChange(Change newChange) {
        return new NumberMention(span, text, rule, amount, ordinal, newChange);
    }
}
