package io.fatti.fact;

import io.fatti.mention.Entity;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence as the fact linker sees it: its token range, clause boundaries, and the values, entities, dates and
 * metric words in it, each in text order.
 */
final class SentenceView {

    final int index;
    final int first;
    final int last;
    final List<Placed<ValueMention>> values = new ArrayList<>();
    final List<Placed<Entity>> entities = new ArrayList<>();
    final List<Placed<Temporal>> dates = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    /** Token indices that end a clause (";", "mentre", "ma"). */
    final List<Integer> breaks = new ArrayList<>();
    /** Token indices of commas and brackets: they cut a clause into stretches. */
    final List<Integer> commas = new ArrayList<>();
    /** Token indices of opening brackets: the words before one are the head the bracket explains, no aside. */
    final List<Integer> openBrackets = new ArrayList<>();
    /** Token indices of closing brackets: the stretch after one goes on with the sentence, no aside. */
    final List<Integer> closeBrackets = new ArrayList<>();

    SentenceView(int index, int first, int last) {
        this.index = index;
        this.first = first;
        this.last = last;
    }

    /** Finds the metric words and clause breaks of the sentence. */
    void scan(Document doc, MetricLexicon metrics, FactWords words) {
        for (int i = first; i <= last; i++) {
            String lower = doc.token(i).lower();
            if (words.clauseBreaks.contains(lower) && (!words.clauseBreaksAfterComma.contains(lower)
                    || i == first || doc.token(i - 1).is(","))) {
                breaks.add(i);
            }
            String t = doc.token(i).text();
            if (t.equals(",") || t.equals("(") || t.equals(")")) {
                commas.add(i);
            }
            if (t.equals("(")) {
                openBrackets.add(i);
            }
            if (t.equals(")")) {
                closeBrackets.add(i);
            }
        }
        int i = first;
        while (i <= last) {
            PhraseTable.Match<MetricLexicon.Metric> m = metrics.startingAt(doc, i);
            PhraseTable.Match<Boolean> blocked = words.notMetrics.startingAt(doc, i, last);
            if (blocked != null && (m == null || blocked.length() >= m.length())) {
                i = blocked.last() + 1;
            } else if (m != null && m.last() <= last) {
                triggers.add(new Trigger(m.value(), m.first(), m.last()));
                i = m.last() + 1;
            } else {
                i++;
            }
        }
    }

    /** The first token of the clause holding token {@code t}. */
    int clauseStart(int t) {
        int start = first;
        for (int b : breaks) {
            if (b < t) {
                start = b + 1;
            }
        }
        return start;
    }

    /** The first token of the comma-delimited stretch holding token {@code t}, within its clause. */
    int stretchStart(int t) {
        int start = clauseStart(t);
        for (int c : commas) {
            if (c < t && c >= start) {
                start = c + 1;
            }
        }
        return start;
    }

    /** The last token of the comma-delimited stretch holding token {@code t}, within its clause. */
    int stretchEnd(int t) {
        int end = clauseEnd(t);
        for (int c : commas) {
            if (c > t && c <= end) {
                return c - 1;
            }
        }
        return end;
    }

    /**
     * True when token {@code t} lies in an aside: a stretch between commas that holds no value and is not the first
     * stretch of its clause ("l'EBITDAaL, <b>il margine operativo lordo dopo i costi di leasing</b>, ha raggiunto").
     */
    boolean inAside(int t) {
        int start = stretchStart(t);
        if (start == clauseStart(t)) {
            return false;
        }
        if (closeBrackets.contains(start - 1)) {
            return false; // after a bracket the sentence goes on: "a 612 milioni (+15%) e il margine operativo lordo..."
        }
        int end = stretchEnd(t);
        if (openBrackets.contains(end + 1)) {
            return false; // "a fine marzo 2024, le sim attive (human e M2M) erano 108,7 milioni"
        }
        for (Placed<ValueMention> v : values) {
            if (v.first() >= start && v.last() <= end) {
                return false;
            }
        }
        return true;
    }

    /** The last token of the clause holding token {@code t}. */
    int clauseEnd(int t) {
        for (int b : breaks) {
            if (b > t) {
                return b - 1;
            }
        }
        return last;
    }
}
