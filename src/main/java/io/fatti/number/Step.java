package io.fatti.number;

import io.fatti.mention.Mention;

/**
 * What reading at one token gave: a mention over tokens {@code first..last}, or none and the token the scan may
 * skip to ({@code skipTo}, -1 for none).
 */
record Step(Mention mention, int first, int last, int skipTo) {

    static final Step NONE = new Step(null, -1, -1, -1);

    static Step found(Mention m, int first, int last) {
        return new Step(m, first, last, -1);
    }

    static Step skipTo(int token) {
        return new Step(null, -1, -1, token);
    }
}
