package io.fatti.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Italian tokenizer over normalised text, linear in the input (a hand-written scanner, no regular expressions).
 *
 * <ul>
 *   <li>elisions end a token: {@code dell'8,2%} is {@code dell'} {@code 8,2} {@code %};</li>
 *   <li>numbers keep their separators: {@code 12,22}, {@code 1.234.567}, {@code 1.234,5}, and thousands grouped by
 *       a space, {@code 10 000}, or by an apostrophe, the Swiss way, {@code 11'100};</li>
 *   <li>a number glued to letters or a symbol is split: {@code 25mila}, {@code 5.000mAh}, {@code 1.299€} (the parts
 *       touch, which {@link Document#glued(int)} reports);</li>
 *   <li>letters followed by digits stay one code-like token: {@code A330}, {@code S23}.</li>
 * </ul>
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isDigit(c)) {
                i = number(text, i, out);
            } else if (isLetterAt(text, i)) {
                i = word(text, i, out);
            } else {
                int len = Character.charCount(text.codePointAt(i));
                String s = text.substring(i, i + len);
                out.add(new Token(i, i + len, s, isPunctuation(c) ? Token.Kind.PUNCTUATION : Token.Kind.SYMBOL));
                i += len;
            }
        }
        return out;
    }

    private static int number(String text, int start, List<Token> out) {
        int n = text.length();
        int i = digits(text, start);
        int groups = 1;
        boolean firstGroupShort = i - start <= 3;
        boolean separators = false;
        while (i + 1 < n) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && isDigit(text.charAt(i + 1))) {
                i = digits(text, i + 1);
                separators = true;
            } else if ((c == ' ' || c == '\'') && firstGroupShort && !separators && isSpaceGroup(text, i + 1)) {
                i = i + 4; // " ddd", and the Swiss "'ddd" ("11'100", "4'530")
                groups++;
            } else {
                break;
            }
        }
        if (groups > 1 && i < n && (text.charAt(i) == ',') && i + 1 < n && isDigit(text.charAt(i + 1))) {
            i = digits(text, i + 1); // "10 000,50"
        }
        out.add(new Token(start, i, text.substring(start, i), Token.Kind.NUMBER));
        return i;
    }

    /**
     * Exactly three digits at {@code i}, not followed by another digit or a glued letter: "10 000" is one number,
     * "iPhone 15 128GB" is two ("128GB" starts a new value).
     */
    private static boolean isSpaceGroup(String text, int i) {
        int n = text.length();
        return i + 3 <= n && isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && (i + 3 == n || !(isDigit(text.charAt(i + 3)) || Character.isLetter(text.charAt(i + 3))));
    }

    private static int digits(String text, int i) {
        int n = text.length();
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int word(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        boolean hasDigit = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterAt(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            } else if (isDigit(c)) {
                hasDigit = true;
                i++;
            } else if (c == '\'' && !hasDigit && i + 1 < n && (isLetterAt(text, i + 1) || isDigit(text.charAt(i + 1)))) {
                i++; // elision: the apostrophe ends the token
                break;
            } else {
                break;
            }
        }
        out.add(new Token(start, i, text.substring(start, i), hasDigit ? Token.Kind.ALPHANUMERIC : Token.Kind.WORD));
        return i;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterAt(String text, int i) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return i > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> c != '%' && c != '‰';
            default -> false;
        };
    }
}
