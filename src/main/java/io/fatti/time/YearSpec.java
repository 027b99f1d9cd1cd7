package io.fatti.time;

/** The year that follows a period word: "2021", "del 2021", "dell'anno scorso", "di quest'anno", "'21". */
record YearSpec(int end, Integer year, boolean absolute, boolean fiscal) {
}
