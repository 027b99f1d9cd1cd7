package io.fatti.fact;

/** Something a rule found, and the rule's name (provenance). */
record Linked<T>(T value, String rule) {

    static <T> Linked<T> of(T value, String rule) {
        return new Linked<>(value, rule);
    }
}
