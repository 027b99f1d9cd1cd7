package io.fatti.mention;

import io.fatti.core.Span;

/** A percentage: "dell'8,2%" has the value 8.2 (the number of percent, not 0.082). */
public record Percentage(Span span, String text, String rule, Amount amount, Change change)
        implements ValueMention {

    @Override
    public MentionType type() {
        return MentionType.PERCENT;
    }

    @Override
    public Percentage withChange(Change newChange) {
        return new Percentage(span, text, rule, amount, newChange);
    }
}
