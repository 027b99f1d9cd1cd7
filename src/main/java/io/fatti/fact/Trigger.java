package io.fatti.fact;

import io.fatti.metric.MetricLexicon;

/** A metric word found in a sentence: tokens {@code first}..{@code last}. */
record Trigger(MetricLexicon.Metric metric, int first, int last) {
}
