package io.fatti.time;

/** An expression over tokens {@code start..end} (inclusive). */
record Match(int start, int end, TimeValue value, String rule, boolean absoluteYear) {

    Match withValue(TimeValue v, String r) {
        return new Match(start, end, v, r, absoluteYear);
    }

    Match from(int newStart) {
        return new Match(newStart, end, value, rule, absoluteYear);
    }

    Match to(int newEnd) {
        return new Match(start, newEnd, value, rule, absoluteYear);
    }
}
