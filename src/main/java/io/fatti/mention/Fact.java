package io.fatti.mention;

import io.fatti.core.Span;

/**
 * A fact linking a subject, a metric, a value, a period and a change:
 * "Xiaomi, revenue, 2021-Q3, 12220000000 USD, UP 8.2% YOY".
 *
 * @param subject   the entity the fact is about, or null
 * @param metric    snake_case metric key (revenue, shipments, market_share...)
 * @param value     the value mention
 * @param period    the period the value refers to, or null
 * @param change    the change of the value, or null
 * @param qualifier the value's hedge, or null
 * @param sentence  the sentence the fact was read from (evidence)
 * @param rule      the rule that linked it
 */
public record Fact(Entity subject, String metric, ValueMention value, Temporal period, Change change,
                   Qualifier qualifier, Span sentence, String rule) {
}
