package io.fatti.number;

import io.fatti.metric.MetricLexicon;
import io.fatti.metric.MetricLexicon.ValueKind;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The metric a bare number belongs to, read from the words of its own clause ({@code models/metric/metrics.tsv}):
 * the nearest metric trigger before it ("con ricavi a 19.985 milioni", "l'Ebitda è salito del 3,5% a 4.708 milioni",
 * "i dipendenti sono circa 220.000") or "di" + a trigger right after it ("il miliardo di investimenti"). The search
 * stops at the clause's edge (";", ":", brackets, "mentre", "ma") and at another bare number, so a metric far away or
 * in another clause types nothing. A trigger for a percentage ("quota", "margine") is passed over: it does not type
 * an amount. Immutable.
 */
final class MetricContext {

    /** How far back a metric may stand from the number, in tokens. */
    static final int WINDOW = 10;
    private static final Set<String> CLAUSE_EDGES = Set.of(";", ":", "(", ")", "[", "]", "mentre", "ma", "quando",
            "dove");
    /** Adverbs that end a clause only after a comma: "l'Ebitda è invece salito del 3,5% a 4.708 milioni" is one. */
    private static final Set<String> EDGES_AFTER_COMMA = Set.of("però", "invece", "tuttavia");
    private static final Set<String> FROM = Set.of("da", "dal", "dai", "dagli", "dalle", "dallo", "dall'");

    /** A metric found for a number: its key, what value it takes, and the trigger as written (a counted noun). */
    record Cue(String key, ValueKind kind, String noun, int first, int last) {
    }

    private final MetricLexicon metrics;
    private final ValueWords words;

    MetricContext(MetricLexicon metrics, ValueWords words) {
        this.metrics = metrics;
        this.words = words;
    }

    /** The metric named by "di" + a trigger right after the number ("il miliardo di investimenti"), or null. */
    Cue after(Document doc, Operand o) {
        List<Token> t = doc.tokens();
        int k = o.last + 1;
        if (k + 1 < t.size() && (t.get(k).is("di") || t.get(k).is("d'")) && doc.sameSentence(o.last, k + 1)) {
            PhraseTable.Match<MetricLexicon.Metric> after = metrics.startingAt(doc, k + 1);
            if (after != null && after.value().value() != ValueKind.PERCENT) {
                return cue(doc, after);
            }
        }
        return null;
    }

    /** The metric of the bare number read as {@code o}, or null. */
    Cue of(Document doc, ValueClaims found, Operand o) {
        List<Token> t = doc.tokens();
        Cue after = after(doc, o);
        if (after != null) {
            return after;
        }
        for (int j = o.first - 1; j >= 0 && j >= o.first - WINDOW && doc.sameSentence(j, o.first); j--) {
            Token tok = t.get(j);
            if (tok.is(")")) {
                int open = openingBracket(doc, j, o.first);
                if (open >= 0) {
                    j = open; // an aside: "le sim attive (human e M2M) erano 108,7 milioni"
                    continue;
                }
            }
            if (CLAUSE_EDGES.contains(tok.lower())
                    || EDGES_AFTER_COMMA.contains(tok.lower()) && j > 0 && t.get(j - 1).is(",")) {
                return null;
            }
            if (tok.is(Token.Kind.NUMBER) && !found.isClaimed(j)
                    && !(j > 0 && FROM.contains(t.get(j - 1).lower()))) {
                return null; // another bare value stands between: the metric is its own
            }
            PhraseTable.Match<MetricLexicon.Metric> m = metrics.endingAt(doc, j);
            if (m != null) {
                if (m.value().value() == ValueKind.PERCENT) {
                    j = m.first(); // "ha raggiunto quota 2,9 miliardi": a level, not a share
                    continue;
                }
                return cue(doc, m);
            }
        }
        return null;
    }

    /** The "(" that opens the aside closing at token {@code close}, in the number's sentence and window; or -1. */
    private static int openingBracket(Document doc, int close, int number) {
        for (int k = close - 1; k >= 0 && k >= number - WINDOW && doc.sameSentence(k, number); k--) {
            if (doc.token(k).is("(")) {
                return k;
            }
            if (doc.token(k).is(")")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The metric, and as its noun the thing counted: the noun after "di" ("consegne di auto" → "auto"), else the head
     * word of the trigger ("utenti" of "utenti attivi", "abbonati" of "nuovi abbonati").
     */
    private Cue cue(Document doc, PhraseTable.Match<MetricLexicon.Metric> m) {
        int head = m.first() < m.last() && words.beforeNouns.contains(doc.token(m.first()).lower()) ? m.first() + 1 : m.first();
        int of = m.last() + 1;
        if (of + 1 < doc.size() && doc.token(of).is("di") && doc.sameSentence(of, of + 1)) {
            Token noun = doc.token(of + 1);
            if (noun.is(Token.Kind.WORD) && Character.isLowerCase(noun.text().charAt(0)) && noun.length() > 2
                    && !words.articles.contains(noun.lower()) && !words.determiners.contains(noun.lower())) {
                head = of + 1;
            }
        }
        boolean ofPhrase = head == m.first() && m.last() - m.first() == 2 && doc.token(m.first() + 1).is("di");
        int end = ofPhrase ? m.last() : head; // "posti di lavoro" is the thing counted as a whole
        return new Cue(m.value().key(), m.value().value(), doc.original(doc.tokenSpan(head, end)), m.first(), m.last());
    }
}
