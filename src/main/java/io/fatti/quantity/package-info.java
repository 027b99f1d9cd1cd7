/**
 * Quantities: a number with a unit of measure ("256 GB", "5.000mAh", "6,7\"") or with the thing it counts
 * ("43,9 milioni di unità"), rates ("al mese"), dimensions ("2.778 x 1.284 pixel"), ranges and ages.
 *
 * <p>{@link io.fatti.quantity.QuantityAnnotator} is the pipeline stage. It reads numbers with the number stage's
 * {@link io.fatti.number.NumberReader} and, after them, looks up:
 * <ul>
 *   <li>{@link io.fatti.quantity.UnitLexicon} — unit forms to CLDR-style ids ({@code models/quantity/units.tsv});</li>
 *   <li>{@link io.fatti.quantity.CountedNoun} — counted nouns ({@code models/quantity/nouns.tsv});</li>
 *   <li>{@link io.fatti.quantity.RateReader} — rate periods ({@code models/quantity/rates.tsv});</li>
 *   <li>{@link io.fatti.quantity.UnitContext} — ages, angles, names and other cues
 *       ({@code models/quantity/contexts.tsv});</li>
 *   <li>{@link io.fatti.quantity.QualifierReader} — hedges, shared with the number stage.</li>
 * </ul>
 * Every lexicon is a data file validated at load; a bad line fails with file and line.
 */
package io.fatti.quantity;
