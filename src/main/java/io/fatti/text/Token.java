package io.fatti.text;

import java.util.Locale;

/**
 * A token of the normalised text. Offsets are char offsets into {@link NormalizedText#text()} (map them back with
 * {@link Document#span(int, int)}); token positions in a list are a different thing, kept as plain ints.
 *
 * @param start inclusive offset in the normalised text
 * @param end   exclusive offset in the normalised text
 * @param text  the token's text (normalised)
 * @param lower the text in lower case, for lexicon look-ups
 * @param kind  what sort of token it is
 */
public record Token(int start, int end, String text, String lower, Kind kind) {

    public enum Kind {
        /** Letters, possibly ending in an elision apostrophe: {@code dell'}, {@code Xiaomi}, {@code mAh}. */
        WORD,
        /** Digits with their separators as written: {@code 12,22}, {@code 1.234.567}, {@code 10 000}. */
        NUMBER,
        /** Letters then digits: {@code A330}, {@code S23}, {@code Q3}. Codes and model names, never values. */
        ALPHANUMERIC,
        /** Currency signs, percent, degree, plus, and other symbols. */
        SYMBOL,
        /** Punctuation. */
        PUNCTUATION
    }

    public Token(int start, int end, String text, Kind kind) {
        this(start, end, text, text.toLowerCase(Locale.ROOT), kind);
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** True when the lower-cased text equals {@code s}. */
    public boolean is(String s) {
        return lower.equals(s);
    }

    public int length() {
        return end - start;
    }
}
