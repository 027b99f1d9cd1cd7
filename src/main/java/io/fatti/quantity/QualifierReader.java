package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Qualifier;
import io.fatti.text.Document;

/** Reads the hedge written right before a number ({@code models/quantity/qualifiers.tsv}): "quasi", "oltre". */
public final class QualifierReader {

    /** A hedge and its first token. */
    public record Hedge(Qualifier qualifier, int firstToken) {
    }

    private static final int LONGEST_PHRASE = 3;

    private final PhraseTable<Qualifier> phrases = new PhraseTable<>();

    private QualifierReader() {
    }

    public static QualifierReader italian() {
        return load(DataFile.read("quantity/qualifiers.tsv"));
    }

    public static QualifierReader load(DataFile file) {
        QualifierReader r = new QualifierReader();
        for (DataFile.Line line : file) {
            if (line.size() != 2) {
                throw line.error("expected 2 tab-separated fields (phrase, qualifier), found " + line.size());
            }
            if (!r.phrases.add(line.field(0), false, line.enumField(1, Qualifier.class))) {
                throw line.error("empty phrase");
            }
        }
        return r;
    }

    /** The hedge ending right before token {@code numberFirst}, or null. The longest phrase wins ("ben oltre"). */
    public Hedge before(Document doc, int numberFirst) {
        Hedge best = null;
        int end = numberFirst - 1;
        for (int s = end; s >= 0 && s > end - LONGEST_PHRASE; s--) {
            if (!doc.sameSentence(s, numberFirst)) {
                break;
            }
            PhraseTable.Match<Qualifier> m = phrases.longest(doc, s, end);
            if (m != null && m.lastToken() == end) {
                best = new Hedge(m.value(), s);
            }
        }
        return best;
    }
}
