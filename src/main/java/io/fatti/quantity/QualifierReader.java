package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.mention.Qualifier;
import io.fatti.text.Document;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the hedge written before a quantity: "quasi 18 milioni di modelli" APPROX, "ha superato i 300 milioni di
 * utenti" MORE_THAN, "superano già i 500 megabit" MORE_THAN. Shares the number stage's lexicons ({@code models/number/qualifiers.tsv}, and
 * {@code models/number/articles.tsv} for the one article that may stand between hedge and number), so money,
 * percentages and quantities are hedged by the same words.
 */
public final class QualifierReader {

    /** A hedge and its first token. */
    public record Hedge(Qualifier qualifier, int firstToken) {
    }

    private static final int LONGEST_PHRASE = 5;

    private final PhraseTable<Qualifier> phrases = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    private final Set<String> articles = new HashSet<>();
    private final PhraseTable<Boolean> adverbs = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);

    private QualifierReader() {
    }

    public static QualifierReader italian() {
        return load(DataFile.read("number/qualifiers.tsv"), DataFile.read("number/articles.tsv"),
                DataFile.read("quantity/hedge-adverbs.tsv"));
    }

    /**
     * Builds the reader from a qualifier file (phrase, qualifier), an article file and an adverb file (one word or
     * phrase a line).
     */
    public static QualifierReader load(DataFile qualifiers, DataFile articles, DataFile adverbs) {
        QualifierReader r = new QualifierReader();
        for (DataFile.Line line : qualifiers) {
            if (line.size() != 2) {
                throw line.error("expected 2 tab-separated fields (phrase, qualifier), found " + line.size());
            }
            r.phrases.add(line.field(0), false, line.enumField(1, Qualifier.class));
        }
        for (DataFile.Line line : articles) {
            r.articles.add(line.field(0).toLowerCase(Locale.ROOT));
        }
        for (DataFile.Line line : adverbs) {
            r.adverbs.add(line.field(0), false, Boolean.TRUE);
        }
        return r;
    }

    /**
     * The hedge ending right before token {@code numberFirst}, or before the one article in between ("oltre i"),
     * or null. The longest phrase wins ("ben oltre").
     */
    public Hedge before(Document doc, int numberFirst) {
        int end = numberFirst - 1;
        if (end >= 0 && articles.contains(doc.token(end).lower())) {
            Hedge h = hedgeOrAdverbThenHedge(doc, end - 1, numberFirst);
            if (h != null) {
                return h;
            }
        }
        return hedgeOrAdverbThenHedge(doc, end, numberFirst);
    }

    /** A hedge ending at {@code end}, or one ending before an adverb that ends there ("superano già i"). */
    private Hedge hedgeOrAdverbThenHedge(Document doc, int end, int numberFirst) {
        Hedge h = endingAt(doc, end, numberFirst);
        if (h != null || end < 1) {
            return h;
        }
        for (int s = end; s >= 0 && s > end - 2; s--) {
            PhraseTable.Match<Boolean> a = adverbs.startingAt(doc, s, end);
            if (a != null && a.last() == end) {
                return endingAt(doc, s - 1, numberFirst);
            }
        }
        return null;
    }

    private Hedge endingAt(Document doc, int end, int numberFirst) {
        Hedge best = null;
        for (int s = end; s >= 0 && s > end - LONGEST_PHRASE; s--) {
            if (!doc.sameSentence(s, numberFirst)) {
                break;
            }
            PhraseTable.Match<Qualifier> m = phrases.startingAt(doc, s, end);
            if (m != null && m.last() == end) {
                best = new Hedge(m.value(), s);
            }
        }
        return best;
    }
}
