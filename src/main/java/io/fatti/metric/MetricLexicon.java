package io.fatti.metric;

import io.fatti.lexicon.DataFile;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;

/**
 * Italian metric words ({@code models/metric/metrics.tsv}): "ricavi" is revenue and makes a bare amount money,
 * "abbonati" is subscribers and counts people, "quota di mercato" is market_share. Shared by the value stage (a
 * metric that takes money types a bare amount) and by the fact linker (the metric of a fact). Immutable.
 */
public final class MetricLexicon {

    /** What kind of value a metric takes. */
    public enum ValueKind {
        MONEY, COUNT, PERCENT, ANY
    }

    /** A metric as a trigger names it. */
    public record Metric(String key, ValueKind value) {
    }

    private static final class Italian {
        static final MetricLexicon LEXICON = new MetricLexicon(DataFile.read("metric/metrics.tsv"));
    }

    private final PhraseTable<Metric> triggers = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);

    /** Reads a lexicon; a malformed line fails with a {@link io.fatti.lexicon.ModelDataException} naming it. */
    public MetricLexicon(DataFile file) {
        for (DataFile.Line line : file) {
            if (line.size() != 3) {
                throw line.error("expected trigger, metric and value kind");
            }
            String key = line.field(1);
            if (!key.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")) {
                throw line.error("metric key must be snake_case: " + key);
            }
            triggers.add(line.field(0), new Metric(key, line.enumField(2, ValueKind.class)));
        }
    }

    /** The bundled Italian lexicon. */
    public static MetricLexicon italian() {
        return Italian.LEXICON;
    }

    /** The longest metric trigger starting at token {@code i}, or null. */
    public PhraseTable.Match<Metric> startingAt(Document doc, int i) {
        return triggers.startingAt(doc, i);
    }

    /** The longest metric trigger ending at token {@code j}, or null. */
    public PhraseTable.Match<Metric> endingAt(Document doc, int j) {
        return triggers.endingAt(doc, j);
    }
}
