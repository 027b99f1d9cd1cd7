package io.fatti.core;

/**
 * How bare weekdays and months ("venerdì", "a settembre") are resolved against the article date.
 * News reports on what happened, so {@link #PAST} is the default; assistant-style corpora look forward.
 */
public enum Orientation {
    PAST,
    FUTURE
}
