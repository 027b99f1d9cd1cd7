package io.fatti.fact;

import io.fatti.mention.Entity;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.Set;

/**
 * Who a fact is about: a company (ORG) or, for sales and user metrics, a product. In this order:
 * <ol>
 *   <li>{@code subject.clause}: the nearest company before the value in its clause, unless a description or a
 *       market word stands between them; a company introduced as a source ("secondo IDC") is skipped;</li>
 *   <li>{@code subject.reference}: a description referring back ("la società", "il colosso cinese", "il
 *       produttore") is the previous fact's subject, else the article's most named company;
 *       {@code subject.named}: a nickname ("il colosso di Cupertino") is that company;
 *       {@code subject.market}: a market-wide figure ("il mercato", "gli analisti") has no subject;</li>
 *   <li>{@code subject.sentence}: the nearest company earlier in the sentence;</li>
 *   <li>{@code subject.carried}: the subject of the previous fact when it was read in the same paragraph (null
 *       included); otherwise {@code subject.product}: for the first fact of the article, a price, the first
 *       product the article names; {@code subject.focus}: the article's company when it names one company far
 *       more than any other, else none.</li>
 * </ol>
 */
final class SubjectRule {

    /** Metrics whose subject may be a product: sales, prices and users. */
    private static final Set<String> PRODUCT_METRICS = Set.of("units_sold", "shipments", "price", "active_users",
            "subscribers", "market_share", "customers", "net_additions", "production", "orders");

    /** Metrics whose subject is the first company of the clause: "Aeris ha approvato l'acquisizione di Sudavia". */
    private static final Set<String> FIRST_NAMED = Set.of("deal_value");

    /** Metrics that analysts state about a company: a market word before them does not make them the market's. */
    private static final Set<String> ABOUT_A_COMPANY = Set.of("target_price");

    private final FactWords words;

    SubjectRule(FactWords words) {
        this.words = words;
    }

    Linked<Entity> subject(Document doc, SentenceView s, Placed<ValueMention> v, String metric,
                           ArticleMemory memory, Set<String> notSubjects) {
        int clauseStart = s.clauseStart(v.first());
        Placed<Entity> inClause = null;
        Placed<Entity> inSentence = null;
        for (Placed<Entity> e : s.entities) {
            if (e.last() >= v.first() || !suitable(e.mention(), metric) || isSource(doc, e) || s.inAside(e.first())
                    || isMetricWord(s, e)
                    || notSubjects.contains(e.mention().text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (e.first() >= clauseStart) {
                if (inClause == null || !FIRST_NAMED.contains(metric)) {
                    inClause = e; // the nearest; for a deal, the first: the buyer, not the company bought
                }
            } else {
                inSentence = e;
            }
        }
        // descriptions and market words between the nearest company and the value
        int from = inClause != null ? inClause.last() + 1 : clauseStart;
        PhraseTable.Match<FactWords.SubjectWord> word = null;
        for (int i = from; i < v.first(); i++) {
            PhraseTable.Match<FactWords.SubjectWord> m = words.subjectWords.startingAt(doc, i, v.first() - 1);
            if (m != null) {
                if (m.value().role() != FactWords.SubjectRole.SOURCE && !insideEntity(s, m.first())
                        && !s.inAside(m.first())) {
                    word = m;
                }
                i = m.last();
            }
        }
        if (word != null) {
            switch (word.value().role()) {
                case NAMED -> {
                    Entity e = memory.named(word.value().company());
                    if (e != null) {
                        return Linked.of(e, "subject.named");
                    }
                }
                case MARKET -> {
                    if (!ABOUT_A_COMPANY.contains(metric)) {
                        return Linked.of(null, "subject.market");
                    } // "gli analisti hanno alzato il prezzo obiettivo a 33 euro": the target price is the company's
                }
                case REFERENCE -> {
                    if (inClause != null && describes(doc, inClause, word.first())) {
                        // "TIM resta il primo operatore con una quota del 27,4%": the description is the company's
                        return Linked.of(inClause.mention(), "subject.clause");
                    }
                    // the company the paragraph is about ("Tra gli alternativi cresce Fastweb... Per la fine
                    // dell'anno la società punta a"), else the company the article is about
                    Entity previous = memory.last == null ? null : memory.last.subject();
                    Entity topic = memory.paragraphCompany(s.index, word.first());
                    Entity e = topic != null ? topic : memory.focus != null ? memory.focus
                            : previous != null && previous.label() == Entity.Label.ORG ? previous : null;
                    if (e != null) {
                        return Linked.of(e, "subject.reference");
                    }
                }
                default -> {
                }
            }
        }
        if (inClause != null) {
            return Linked.of(inClause.mention(), "subject.clause");
        }
        if (inSentence != null) {
            return Linked.of(inSentence.mention(), "subject.sentence");
        }
        if (citesSource(doc, s)) {
            // "Secondo la Fimi, nel 2023 lo streaming ha generato ricavi per 278 milioni": a figure an analyst or
            // an association gives, with no company in its sentence, is the market's
            return Linked.of(null, "subject.sourced");
        }
        Entity carried = memory.last == null ? null : memory.last.subject();
        if (memory.lastInParagraphOf(s.index) && (carried == null || suitable(carried, metric))) {
            return Linked.of(carried, "subject.carried");
        }
        if (memory.last != null) {
            // a new paragraph: the article's company when it is about one company, else nobody in particular
            return Linked.of(memory.dominant ? memory.focus : null, "subject.focus");
        }
        if (memory.firstProduct != null && metric.equals("price")) {
            return Linked.of(memory.firstProduct, "subject.product");
        }
        return Linked.of(memory.dominant ? memory.focus : null, "subject.focus");
    }

    private static boolean suitable(Entity e, String metric) {
        return e.label() == Entity.Label.ORG
                || (e.label() == Entity.Label.PRODUCT && PRODUCT_METRICS.contains(metric));
    }

    /** True when the sentence names its source ("Secondo la Fimi", "dati dell'Agcom"). */
    private boolean citesSource(Document doc, SentenceView s) {
        for (Placed<Entity> e : s.entities) {
            if (isSource(doc, e)) {
                return true;
            }
        }
        return false;
    }

    /** "secondo IDC", "stime preliminari di Gartner", "dati dell'Agcom": the entity is a source. */
    boolean isSource(Document doc, Placed<Entity> e) {
        for (int j = e.first() - 1; j >= Math.max(0, e.first() - 6); j--) {
            Token t = doc.token(j);
            if (t.is(Token.Kind.PUNCTUATION) || !doc.sameSentence(j, e.first())) {
                return false;
            }
            PhraseTable.Match<FactWords.SubjectWord> m = words.subjectWords.endingAt(doc, j);
            if (m != null && m.value().role() == FactWords.SubjectRole.SOURCE) {
                return true;
            }
        }
        return false;
    }

    /** Words between a company and a description of it: "TIM resta il primo operatore", "Kiro è il produttore". */
    private static final Set<String> PREDICATE_LINKS = Set.of("è", "resta", "rimane", "si", "conferma", "diventa",
            "il", "la", "l'", "lo", "un", "una", "primo", "prima", "secondo", "seconda", "terzo", "terza",
            "principale", "maggiore", "più", "grande", ",");
    /** Prepositions before a name that make it no clause subject: "le partite della NFL", "con Datasfera". */
    private static final Set<String> PREPOSITIONS = Set.of("di", "del", "della", "dello", "dei", "degli", "delle",
            "dell'", "con", "da", "dal", "dalla", "dai", "per", "su", "sul", "sulla", "tra", "fra", "a", "al", "alla",
            "ai", "in", "nel", "nella");

    /** True when the name stands after a preposition: a complement ("con Datasfera"), not who the clause is about. */
    static boolean afterPreposition(Document doc, Placed<Entity> e) {
        return e.first() > 0 && PREPOSITIONS.contains(doc.token(e.first() - 1).lower());
    }

    /** True when the description starting at token {@code word} follows the company as its predicate. */
    private static boolean describes(Document doc, Placed<Entity> company, int word) {
        if (company.mention().label() != Entity.Label.ORG || word - company.last() - 1 > 3
                || afterPreposition(doc, company)) {
            return false;
        }
        for (int i = company.last() + 1; i < word; i++) {
            if (!PREDICATE_LINKS.contains(doc.token(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A metric word read as a name ("L'Ebitda ha raggiunto...") is what is measured, not who. */
    private static boolean isMetricWord(SentenceView s, Placed<Entity> e) {
        for (Trigger t : s.triggers) {
            if (t.first() <= e.first() && e.last() <= t.last()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideEntity(SentenceView s, int token) {
        for (Placed<Entity> e : s.entities) {
            if (e.first() <= token && token <= e.last()) {
                return true;
            }
        }
        return false;
    }
}
