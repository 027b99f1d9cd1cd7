package io.fatti.mention;

/** Where inside a period, or how: "inizio del 2021" START, "entro il 2024" BY. */
public enum TimeModifier { START, MID, END, BY, AFTER, BEFORE, SINCE, APPROX }
