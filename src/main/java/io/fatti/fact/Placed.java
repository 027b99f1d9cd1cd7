package io.fatti.fact;

import io.fatti.mention.Mention;

/** A mention with the tokens it covers ({@code first}..{@code last}, inclusive) and its sentence. */
record Placed<M extends Mention>(M mention, int first, int last, int sentence) {

    /** Tokens between this mention and another, 0 when they touch or overlap. */
    int distance(Placed<?> other) {
        if (other.last < first) {
            return first - other.last - 1;
        }
        if (other.first > last) {
            return other.first - last - 1;
        }
        return 0;
    }
}
