package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.mention.RatePeriod;
import io.fatti.text.Document;

/**
 * Reads a rate period written after a value: "al mese", "all'anno", "al giorno", "/mese", "annui"
 * ({@code models/quantity/rates.tsv}). Usable for money as well as quantities ("12,99 euro al mese").
 */
public final class RateReader {

    /** A rate period and the last token of its phrase. */
    public record Rate(RatePeriod period, int lastToken) {
    }

    /** Null stands for a stop word. */
    private final PhraseTable<RatePeriod> phrases = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    private final PhraseTable<Boolean> stops = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);

    private RateReader() {
    }

    public static RateReader italian() {
        return load(DataFile.read("quantity/rates.tsv"));
    }

    public static RateReader load(DataFile file) {
        RateReader r = new RateReader();
        for (DataFile.Line line : file) {
            if (line.size() != 2) {
                throw line.error("expected 2 tab-separated fields (phrase, period), found " + line.size());
            }
            if (line.field(1).equals("stop")) {
                r.stops.add(line.field(0), false, Boolean.TRUE);
            } else {
                r.phrases.add(line.field(0), false, line.enumField(1, RatePeriod.class));
            }
        }
        return r;
    }

    /** The rate written from token {@code i}, or null. */
    public Rate read(Document doc, int i) {
        if (i <= 0 || i >= doc.size() || !doc.sameSentence(i - 1, i)) {
            return null;
        }
        PhraseTable.Match<RatePeriod> m = phrases.startingAt(doc, i);
        if (m == null) {
            return null;
        }
        int next = m.last() + 1;
        if (next < doc.size() && stops.startingAt(doc, next) != null) {
            return null;
        }
        return new Rate(m.value(), m.last());
    }
}
