package io.fatti.mention;

/** The {@code type} field of the command-line contract. */
public enum MentionType {
    MONEY, PERCENT, QUANTITY, NUMBER, ORDINAL, DATE, DURATION, SET, ENTITY
}
