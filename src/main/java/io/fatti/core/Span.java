package io.fatti.core;

/**
 * A half-open range of UTF-16 char offsets into the ORIGINAL article text: {@code start} inclusive,
 * {@code end} exclusive. Every result of the library carries one, so that
 * {@code text.substring(span.start(), span.end())} is always the mention's text.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** True when the two spans share at least one character. */
    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Orders by start, then longer first. */
    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
