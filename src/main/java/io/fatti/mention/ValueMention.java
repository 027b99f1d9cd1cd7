package io.fatti.mention;

/** A mention whose value is a number: money, percentage, quantity, plain number or ordinal. */
public sealed interface ValueMention extends Mention permits Money, Percentage, Quantity, NumberMention {

    Amount amount();

    /** The change this value describes or undergoes ("in aumento dell'8,2% su base annua"), or {@code null}. */
    Change change();

    /** A copy of this mention with the given change attached. */
    ValueMention withChange(Change change);
}
