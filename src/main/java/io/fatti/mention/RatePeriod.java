package io.fatti.mention;

/** The period of a rate: "al mese", "all'anno", "al giorno". */
public enum RatePeriod { SECOND, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR }
