package io.fatti.mention;

import io.fatti.core.Span;

/**
 * A fact linking a subject, a metric, a value, a period and a change:
 * "Xiaomi, revenue, 2021-Q3, 12220000000 USD, UP 8.2% YOY".
 *
 * @param subject   the company or product the fact is about, or null
 * @param metric    snake_case metric key (revenue, shipments, market_share...; models/fact/metrics.tsv)
 * @param segment   the part of the subject's business the value is about ("iPhone", "servizi", "Italia"), or null
 * @param value     the value mention
 * @param period    the period the value refers to (a mention, or a period resolved from context), or null
 * @param change    the change of the value, or null
 * @param qualifier the value's hedge, or null
 * @param kind      REPORTED, or TARGET for forecasts, guidance and goals
 * @param sentence  the sentence the fact was read from (evidence)
 * @param rule      the rule that linked it
 */
public record Fact(Entity subject, String metric, String segment, ValueMention value, Temporal period, Change change,
                   Qualifier qualifier, Kind kind, Span sentence, String rule) {

    /** Whether the fact reports what happened or states a goal, forecast or guidance. */
    public enum Kind {
        REPORTED,
        TARGET
    }

    public Fact {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric is blank");
        }
        if (value == null || kind == null || sentence == null || rule == null) {
            throw new IllegalArgumentException("value, kind, sentence and rule are required");
        }
    }
}
