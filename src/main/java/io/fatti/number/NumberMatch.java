package io.fatti.number;

import java.math.BigDecimal;

/**
 * A number expression read from the tokens: "43,9 milioni", "duecentotrentamila", "un milione e mezzo", "due terzi".
 *
 * @param value   the value (43900000 for "43,9 milioni")
 * @param first   index of its first token
 * @param last    index of its last token (inclusive)
 * @param rule    the reading rule, e.g. {@code number.digits-scale}, {@code number.words}, {@code number.fraction}
 * @param scaled  a scale word or abbreviation multiplied it ("milioni", "mila", "K")
 * @param spelled it starts with a number word rather than digits
 * @param fraction it is or ends with a fraction ("due terzi", "3/4", "e mezzo")
 */
public record NumberMatch(BigDecimal value, int first, int last, String rule, boolean scaled, boolean spelled,
                          boolean fraction) {

    /** True for a plain integer written in digits with no separator, scale or sign: "2021", "15". */
    public boolean isBareInteger(String firstTokenText) {
        return !scaled && !spelled && !fraction && first == last && value.scale() <= 0
                && firstTokenText.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
