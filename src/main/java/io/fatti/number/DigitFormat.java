package io.fatti.number;

import java.math.BigDecimal;

/**
 * Reads a number written in digits, as one token of the tokenizer: Italian formats ({@code 12,22},
 * {@code 1.234.567}, {@code 1.234,5}, {@code 10 000}) and English formats where they cannot be read the Italian way
 * ({@code 1,234,567}, {@code 48.2}, {@code 1,234.5}).
 *
 * <p>The one ambiguous case, a single dot followed by exactly three digits ({@code 1.234}), is read the Italian way
 * (one thousand two hundred thirty-four), as is a single comma ({@code 4,800} is 4.8).
 */
public final class DigitFormat {

    /** Longer tokens are not numbers anyone writes in news; refusing them keeps the work per token bounded. */
    static final int MAX_LENGTH = 40;

    private DigitFormat() {
    }

    /** The value of a digit token, or null when its separators do not form a valid number ("1.2.3", "12,3,4"). */
    public static BigDecimal parse(String s) {
        if (s.indexOf('\'') >= 0 && s.indexOf(' ') < 0) {
            s = s.replace('\'', ' '); // Swiss grouping "11'100" reads like "11 100"
        }
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return null;
        }
        int dots = 0;
        int commas = 0;
        int lastDot = -1;
        int lastComma = -1;
        StringBuilder digits = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c != ' ') {
                return null;
            }
        }
        if (digits.length() == 0) {
            return null;
        }
        char thousands;
        int decimalAt; // index in s of the decimal separator, or -1
        if (dots == 0 && commas == 0) {
            thousands = ' ';
            decimalAt = -1;
        } else if (commas == 0) {
            if (dots == 1 && groupLength(s, lastDot) != 3) {
                thousands = 0;
                decimalAt = lastDot; // English decimal: 48.2
            } else {
                thousands = '.';
                decimalAt = -1;
            }
        } else if (dots == 0) {
            if (commas == 1) {
                thousands = 0;
                decimalAt = lastComma; // Italian decimal: 12,22
            } else {
                thousands = ',';
                decimalAt = -1; // English grouping: 1,234,567
            }
        } else if (lastComma > lastDot && commas == 1) {
            thousands = '.';
            decimalAt = lastComma; // 1.234,5
        } else if (lastDot > lastComma && dots == 1) {
            thousands = ',';
            decimalAt = lastDot; // 1,234.5
        } else {
            return null;
        }
        if (thousands == '.' || thousands == ',') {
            if (!validGroups(s, thousands, decimalAt < 0 ? n : decimalAt)) {
                return null;
            }
        }
        if (thousands == ' ' && s.indexOf(' ') >= 0 && !validGroups(s, ' ', n)) {
            return null;
        }
        if (decimalAt < 0) {
            return new BigDecimal(digits.toString());
        }
        int fraction = n - decimalAt - 1;
        return new BigDecimal(new java.math.BigInteger(digits.toString()), fraction);
    }

    /** Digits after the separator at {@code at}, up to the next non-digit. */
    private static int groupLength(String s, int at) {
        int i = at + 1;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i - at - 1;
    }

    /** First group of 1-3 digits, every later group (before {@code end}) exactly 3, separated by {@code sep}. */
    private static boolean validGroups(String s, char sep, int end) {
        int group = 0;
        boolean first = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == sep) {
                if (first ? (group < 1 || group > 3) : group != 3) {
                    return false;
                }
                first = false;
                group = 0;
            } else {
                group++;
            }
        }
        return first || group == 3;
    }
}
