package io.fatti.quantity;

/**
 * A counted noun found after a number: "43,9 milioni di unità" → noun "unità".
 *
 * @param noun      the head noun as written in the original text ("linee" in "30,2 milioni di linee mobili")
 * @param nounFirst the noun's first token
 * @param lastToken the noun's last token, which ends the mention (modifiers after the head are left out)
 */
public record NounMatch(String noun, int nounFirst, int lastToken) {
}
