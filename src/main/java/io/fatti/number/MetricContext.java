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

    /** How far back a metric may stand from the number, in tokens (an aside between commas not counted). */
    static final int WINDOW = 10;
    /** The longest aside between commas that is passed over, in tokens. */
    private static final int ASIDE = 10;
    private static final Set<String> CLAUSE_EDGES = Set.of(";", ":", "(", ")", "[", "]", "mentre", "ma", "quando",
            "dove");
    /** Adverbs that end a clause only after a comma: "l'Ebitda è invece salito del 3,5% a 4.708 milioni" is one. */
    private static final Set<String> EDGES_AFTER_COMMA = Set.of("però", "invece", "tuttavia");
    private static final Set<String> FROM = Set.of("da", "dal", "dai", "dagli", "dalle", "dallo", "dall'");

    /** A metric found for a number: its key, what value it takes, and the trigger as written (a counted noun). */
    record Cue(String key, ValueKind kind, String noun, int first, int last) {
    }

    /** Words that may join a number to the metric written after it: "a 22,7 milioni dell'utile netto". */
    private static final Set<String> JOINERS_AFTER = Set.of("di", "d'", "del", "dello", "della", "dei", "degli",
            "delle", "dell'");

    private final MetricLexicon metrics;
    /** The value stage's own words beside the metrics ({@code models/number/context-metrics.tsv}); they win ties. */
    private final MetricLexicon extra;
    private final ValueWords words;

    MetricContext(MetricLexicon metrics, MetricLexicon extra, ValueWords words) {
        this.metrics = metrics;
        this.extra = extra;
        this.words = words;
    }

    /**
     * The metric written right after the number: "di" or an article and a trigger ("il miliardo di investimenti",
     * "in progresso del 4,2% a 14,6 milioni l'Ebitda", "a 22,7 milioni dell'utile netto", "sono 142 milioni i
     * passeggeri"), or null.
     */
    Cue after(Document doc, Operand o) {
        List<Token> t = doc.tokens();
        int k = o.last + 1;
        if (k + 1 >= t.size() || !doc.sameSentence(o.last, k + 1)) {
            return null;
        }
        boolean di = t.get(k).is("di") || t.get(k).is("d'");
        if (di || !o.number.fraction() && (JOINERS_AFTER.contains(t.get(k).lower())
                || words.articles.contains(t.get(k).lower()))) { // "un quinto delle spedizioni" is a share
            PhraseTable.Match<MetricLexicon.Metric> after = startingAt(doc, k + 1);
            if (after != null && after.value().value() != ValueKind.PERCENT) {
                return cue(doc, after);
            }
        }
        return null;
    }

    private PhraseTable.Match<MetricLexicon.Metric> startingAt(Document doc, int i) {
        return longer(extra.startingAt(doc, i), metrics.startingAt(doc, i));
    }

    /**
     * The trigger ending at token {@code j}; when another ends right before it, that one: an adjective that is also
     * a trigger follows its head ("margine operativo lordo organico" is an ebitda, not a staff count).
     */
    private PhraseTable.Match<MetricLexicon.Metric> endingAt(Document doc, int j) {
        PhraseTable.Match<MetricLexicon.Metric> m = longer(extra.endingAt(doc, j), metrics.endingAt(doc, j));
        if (m != null && m.first() > 0 && doc.sameSentence(m.first() - 1, m.first())) {
            PhraseTable.Match<MetricLexicon.Metric> head = longer(extra.endingAt(doc, m.first() - 1),
                    metrics.endingAt(doc, m.first() - 1));
            if (head != null) {
                return head;
            }
        }
        return m;
    }

    private static PhraseTable.Match<MetricLexicon.Metric> longer(PhraseTable.Match<MetricLexicon.Metric> own,
                                                                 PhraseTable.Match<MetricLexicon.Metric> shared) {
        return own == null ? shared : shared == null || own.length() >= shared.length() ? own : shared;
    }

    /**
     * True when a metric word (not a share) stands in the number's sentence before it, however far ("il numero di
     * utenti … ha superato quota 500 milioni").
     */
    boolean anyBefore(Document doc, Operand o) {
        for (int j = o.first - 1; j >= 0 && doc.sameSentence(j, o.first); j--) {
            PhraseTable.Match<MetricLexicon.Metric> m = endingAt(doc, j);
            if (m != null && m.value().value() != ValueKind.PERCENT) {
                return true; // not "quota" itself
            }
        }
        return false;
    }

    /** The metric of the bare number read as {@code o}, or null. */
    Cue of(Document doc, ValueClaims found, Operand o) {
        List<Token> t = doc.tokens();
        Cue after = after(doc, o);
        if (after != null) {
            return after;
        }
        int seen = 0;
        for (int j = o.first - 1; j >= 0 && seen < WINDOW && doc.sameSentence(j, o.first); j--) {
            Token tok = t.get(j);
            seen++;
            if (tok.is(",")) {
                int open = commaAside(doc, j, o.first);
                if (open >= 0) {
                    j = open; // "gli effettivi, in equivalenti a tempo pieno, sono scesi a ..."
                    continue;
                }
            }
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
            PhraseTable.Match<MetricLexicon.Metric> m = endingAt(doc, j);
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

    /**
     * The comma that opens an aside closing with the comma at {@code close}, or -1: a short stretch of words with no
     * number, no clause edge and no metric word ("gli effettivi, in equivalenti a tempo pieno, sono scesi a"): it is
     * passed over for free, and the metric is the one before it.
     */
    private int commaAside(Document doc, int close, int number) {
        for (int k = close - 1; k >= 0 && k >= close - ASIDE && doc.sameSentence(k, number); k--) {
            Token tok = doc.token(k);
            if (tok.is(",")) {
                return k < close - 1 && !EDGES_AFTER_COMMA.contains(doc.token(k + 1).lower()) ? k : -1;
            }
            if (!tok.is(Token.Kind.WORD) || CLAUSE_EDGES.contains(tok.lower()) || endingAt(doc, k) != null) {
                return -1; // a metric word in the stretch: it may be the number's own ("i clienti, 3 milioni")
            }
        }
        return -1;
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
