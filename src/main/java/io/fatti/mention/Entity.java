package io.fatti.mention;

import io.fatti.core.Span;

/** A named entity: a company, product, person or place. */
public record Entity(Span span, String text, String rule, Label label) implements Mention {

    public enum Label { ORG, PER, LOC, PRODUCT }

    @Override
    public MentionType type() {
        return MentionType.ENTITY;
    }
}
