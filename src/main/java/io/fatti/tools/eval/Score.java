package io.fatti.tools.eval;

/**
 * One figure of the scoreboard.
 *
 * @param suite  the suite's name, e.g. {@code recognizers/CurrencyModel}
 * @param metric the figure's name, e.g. {@code recall}, {@code precision}, {@code f1}, {@code accuracy}
 * @param value  the figure, between 0 and 1 for ratios
 * @param detail counts behind it, e.g. {@code 212/220}
 */
public record Score(String suite, String metric, double value, String detail) {
}
