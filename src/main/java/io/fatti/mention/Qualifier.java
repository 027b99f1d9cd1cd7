package io.fatti.mention;

/** How a value is hedged in the text. */
public enum Qualifier {
    /** quasi, circa, intorno a, più o meno */
    APPROX,
    /** oltre, più di, sopra, ha superato quota */
    MORE_THAN,
    /** almeno, a partire da */
    AT_LEAST,
    /** meno di, sotto */
    LESS_THAN,
    /** fino a, al massimo */
    AT_MOST
}
