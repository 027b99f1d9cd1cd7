package io.fatti.fact;

import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;

/**
 * Which part of the business a value is about ({@code models/fact/segments.tsv}). In this order:
 * {@code segment.value}: inside the value or just after it ("18 milioni di modelli <b>di fascia alta</b>", "18,65
 * milioni arrivano <b>dal mercato cinese</b>");
 * {@code segment.metric}: between the metric word and the value ("le spedizioni <b>di smartphone</b> hanno toccato");
 * {@code segment.clause}: the nearest before the value in its stretch of the clause (or in the head an aside
 * between commas separates from it), after the nearest company ("L'<b>iPhone</b>
 * resta il motore del gruppo con 69,7 miliardi di ricavi");
 * {@code segment.sector}: after a sector word earlier in the sentence ("il <b>settore smartphone</b>, capace di...");
 * {@code segment.share}: a share "del totale" is a share of the previous fact's segment.
 */
final class SegmentRule {

    private static final int AFTER_REACH = 5;

    private final FactWords words;

    SegmentRule(FactWords words) {
        this.words = words;
    }

    Linked<String> segment(Document doc, SentenceView s, Placed<ValueMention> v, Trigger trigger,
                           Fact previousInSentence) {
        int afterEnd = Math.min(s.clauseEnd(v.last()), v.last() + AFTER_REACH);
        String found = find(doc, s, v.first(), stopAt(doc, s, v.last() + 1, afterEnd));
        if (found != null) {
            return Linked.of(found, "segment.value");
        }
        if (trigger != null && trigger.last() < v.first()) {
            found = find(doc, s, trigger.last() + 1, v.first() - 1);
            if (found != null) {
                return Linked.of(found, "segment.metric");
            }
        }
        // the nearest segment before the value in its stretch of the clause, or in the head an aside separates
        // from it: "L'iPhone resta il motore ... con 69,7 miliardi", "I servizi, da App Store ..., segnano 23,1"
        int from = s.stretchStart(v.first());
        int clauseStart = s.clauseStart(v.first());
        boolean skipped = false;
        while (from - 2 >= clauseStart && s.inAside(from - 2)) {
            from = s.stretchStart(from - 2);
            skipped = true;
        }
        if (skipped && from - 2 >= clauseStart) {
            from = s.stretchStart(from - 2);
        }
        for (Placed<Entity> e : s.entities) {
            if (e.last() < v.first() && e.first() >= from && e.mention().label() != Entity.Label.LOC) {
                from = e.last() + 1;
            }
        }
        String nearest = null;
        for (int i = from; i < v.first(); i++) {
            PhraseTable.Match<String> m = words.segments.startingAt(doc, i, v.first() - 1);
            if (m != null && !insideCompany(s, m.first()) && !s.inAside(m.first())) {
                nearest = m.value();
                i = m.last();
            }
        }
        if (nearest != null) {
            return Linked.of(nearest, "segment.clause");
        }
        for (int i = s.first; i < v.first(); i++) {
            if (words.sectorWords.contains(doc.token(i).lower())) {
                PhraseTable.Match<String> m = words.segments.startingAt(doc, i + 1, v.first() - 1);
                if (m != null) {
                    return Linked.of(m.value(), "segment.sector");
                }
            }
        }
        if (trigger != null && trigger.first() == v.last() + 1 && doc.token(trigger.last()).is("totale")
                && previousInSentence != null && previousInSentence.segment() != null) {
            return Linked.of(previousInSentence.segment(), "segment.share");
        }
        return null;
    }

    /** The last token before the value's window ends: punctuation or another value stops it. */
    private static int stopAt(Document doc, SentenceView s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (doc.token(i).is(Token.Kind.PUNCTUATION) || startsValue(s, i)) {
                return i - 1;
            }
        }
        return to;
    }

    private static boolean startsValue(SentenceView s, int i) {
        for (Placed<ValueMention> p : s.values) {
            if (p.first() == i) {
                return true;
            }
        }
        return false;
    }

    private String find(Document doc, SentenceView s, int from, int to) {
        for (int i = from; i <= to; i++) {
            PhraseTable.Match<String> m = words.segments.startingAt(doc, i, to);
            if (m != null && !insideCompany(s, m.first())) {
                return m.value();
            }
        }
        return null;
    }

    private static boolean insideCompany(SentenceView s, int token) {
        for (Placed<Entity> e : s.entities) {
            if (e.first() <= token && token <= e.last() && e.mention().label() != Entity.Label.LOC) {
                return true;
            }
        }
        return false;
    }
}
