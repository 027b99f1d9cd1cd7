package io.fatti.change;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Change;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;

/**
 * The basis results news leaves unsaid: "ricavi per 312 milioni, in crescita del 18%" means year on year. A
 * percentage change with no basis and no reference on a reported total (a scaled amount or a count of things, not a
 * bare price) is YOY when the article names a reporting period and the sentence is not about a share or an index,
 * which move from the day before. Words from {@code models/change/implied-basis.tsv}.
 */
final class ImpliedBasis {

    static final String RULE = "implied-yoy";

    private final PhraseTable<Boolean> scales = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    private final PhraseTable<Boolean> periods = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    private final PhraseTable<Boolean> market = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    private final PhraseTable<Boolean> perShare = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);

    private ImpliedBasis() {
    }

    static ImpliedBasis load(String path) {
        ImpliedBasis b = new ImpliedBasis();
        for (DataFile.Line line : DataFile.read(path)) {
            String phrase = line.field(1);
            switch (line.field(0)) {
                case "SCALE" -> ChangeLexicon.put(b.scales, phrase, Boolean.TRUE, line);
                case "PERIOD" -> ChangeLexicon.put(b.periods, phrase, Boolean.TRUE, line);
                case "MARKET" -> ChangeLexicon.put(b.market, phrase, Boolean.TRUE, line);
                case "PER_SHARE" -> ChangeLexicon.put(b.perShare, phrase, Boolean.TRUE, line);
                default -> throw line.error("unknown role '" + line.field(0) + "' (SCALE, PERIOD, MARKET or PER_SHARE)");
            }
        }
        return b;
    }

    /** Whether the value {@code v} is a reported total: a scaled amount ("312 milioni") or a count ("3.912 auto"). */
    boolean isTotal(Document doc, ValueIndex idx, int v) {
        ValueMention m = idx.get(v);
        if (m instanceof Quantity q && q.unit() == null && q.noun() != null && q.per() == null) {
            return true; // counted things
        }
        if (!(m instanceof Money || m instanceof NumberMention || m instanceof Quantity)
                || (m instanceof Money money && money.per() != null) || idx.isOrdinal(v)) {
            return false;
        }
        if (m instanceof Money && idx.last[v] + 1 < doc.size() && perShare.has(doc, idx.last[v] + 1)) {
            return true; // a result per share: "un dividendo di 0,21 euro per azione"
        }
        for (int t = idx.first[v]; t <= idx.last[v]; t++) {
            if (scales.has(doc, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The basis to give {@code change}, attached to value {@code v}: YOY when the rule applies, else its own.
     * {@code periodNamed}: whether the article names a reporting period ({@link #namesPeriod}, computed once).
     */
    Change.Basis basisFor(Document doc, ValueIndex idx, int v, Change change, boolean periodNamed) {
        if (!periodNamed || change.basis() != null || change.reference() != null
                || change.unit() != Change.Unit.PERCENT || !isTotal(doc, idx, v)
                || marketSentence(doc, idx.first[v])) {
            return change.basis();
        }
        return Change.Basis.YOY;
    }

    /** Whether the article names a reporting period anywhere ("terzo trimestre", "esercizio"). */
    boolean namesPeriod(Document doc) {
        for (int t = 0; t < doc.size(); t++) {
            if (periods.has(doc, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a carried basis may not reach value {@code v}: a bare price in a sentence about a share or a price. */
    boolean blocksCarry(Document doc, ValueIndex idx, int v) {
        return !isTotal(doc, idx, v) && marketSentence(doc, idx.first[v]);
    }

    /** Whether the sentence holding token {@code at} speaks of a share, an index or a price. */
    boolean marketSentence(Document doc, int at) {
        int from = at;
        while (from > 0 && doc.sameSentence(from - 1, at)) {
            from--;
        }
        for (int t = from; t < doc.size() && doc.sameSentence(t, at); t++) {
            if (market.has(doc, t)) {
                return true;
            }
        }
        return false;
    }
}
