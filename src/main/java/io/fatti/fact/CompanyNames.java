package io.fatti.fact;

import io.fatti.core.Span;
import io.fatti.mention.Entity;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Companies the entity stage missed or took for people. News about a young or little-known company names it in the
 * title and the lead and keeps repeating it ("Lexa, la startup milanese...", "Il costruttore cinese Byd..."); a
 * name model trained on other text may not know it, or label it a person. Two rules, each naming itself on the
 * entity it makes:
 * <ul>
 *   <li>{@code fact.name.company-form}: the capitalised words (one to three) written before a legal form
 *       ({@code models/fact/company-forms.tsv}: "Elettra Energia S.p.A.") name a company at every occurrence;</li>
 *   <li>{@code fact.name.described}: the name right after a description of a company ("il produttore cinese Kiro
 *       Technology", "il gruppo fiorentino del lusso Ferrante": a REFERENCE word of
 *       {@code models/fact/subject-words.tsv} and up to four lower-case words) is a company at every occurrence;</li>
 *   <li>{@code fact.name.headline}: the name that opens the title ("Banca Orobica, utile trimestrale a...") and
 *       opens the lead too, or stands before a comma in the title and recurs in the lead, is the company the
 *       article is about, at every occurrence;</li>
 *   <li>{@code fact.name.repeated-single}: a one-word PER name the article repeats is a company (people are named
 *       with first and last name, companies with one word);</li>
 *   <li>{@code fact.name.lead}: the first capitalised word of the lead sentence that the article repeats, never
 *       writes in lower case and does not use as a metric word ("EBITDA"), outside any other entity, is a company at
 *       every occurrence.</li>
 * </ul>
 */
final class CompanyNames {

    private static final int LONGEST_NAME = 3;

    private final Set<String> notSubjects;
    /** Legal forms ("S.p.A.", "Inc.") by their first character: only those can follow at a given place. */
    private final Map<Character, List<String>> companyForms = new HashMap<>();
    private final io.fatti.metric.MetricLexicon metrics;

    private final FactWords words;

    CompanyNames(FactWords words, io.fatti.metric.MetricLexicon metrics) {
        this.words = words;
        this.notSubjects = words.notSubjects;
        for (String form : words.companyForms) {
            if (!form.isEmpty()) {
                companyForms.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
            }
        }
        this.metrics = metrics;
    }

    /** Adds the companies found to the sentences' entities, keeping them in text order. */
    void complete(Document doc, List<SentenceView> sentences, int titleEnd) {
        for (List<String> name : namesBeforeForms(doc)) {
            mark(doc, sentences, name, "fact.name.company-form", Entity.Label.ORG);
            markFirstWord(doc, sentences, name, "fact.name.company-form");
        }
        for (List<String> name : describedNames(doc, sentences)) {
            mark(doc, sentences, name, "fact.name.described", Entity.Label.ORG);
            markFirstWord(doc, sentences, name, "fact.name.described");
        }
        List<String> head = headlineName(doc, sentences, titleEnd);
        if (head != null) {
            // a model number makes it a product: "Kiro X7 Pro arriva in Italia da 899 euro"
            boolean product = head.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
            mark(doc, sentences, head, "fact.name.headline", product ? Entity.Label.PRODUCT : Entity.Label.ORG);
        }
        for (SentenceView s : sentences) {
            markPlans(doc, s);
        }
        Map<String, Integer> perCounts = new HashMap<>();
        for (SentenceView s : sentences) {
            for (Placed<Entity> e : s.entities) {
                if (e.mention().label() == Entity.Label.PER && e.first() == e.last()) {
                    perCounts.merge(e.mention().text(), 1, Integer::sum);
                }
            }
        }
        for (SentenceView s : sentences) {
            for (int k = 0; k < s.entities.size(); k++) {
                Placed<Entity> e = s.entities.get(k);
                Entity m = e.mention();
                if (m.label() == Entity.Label.PER && e.first() == e.last() && perCounts.get(m.text()) >= 2
                        && !notSubjects.contains(m.text().toLowerCase(Locale.ROOT))) {
                    s.entities.set(k, new Placed<>(new Entity(m.span(), m.text(), "fact.name.repeated-single",
                            Entity.Label.ORG), e.first(), e.last(), e.sentence()));
                }
            }
        }
        String name = leadName(doc, sentences, titleEnd);
        if (name == null) {
            return;
        }
        for (SentenceView s : sentences) {
            List<Placed<Entity>> added = new ArrayList<>();
            for (int i = s.first; i <= s.last; i++) {
                if (doc.token(i).text().equals(name) && insideEntity(s, i) == null) {
                    Entity e = new Entity(doc.tokenSpan(i, i), doc.original(doc.tokenSpan(i, i)), "fact.name.lead",
                            Entity.Label.ORG);
                    added.add(new Placed<>(e, i, i, s.index));
                }
            }
            if (!added.isEmpty()) {
                s.entities.addAll(added);
                s.entities.sort((a, b) -> Integer.compare(a.first(), b.first()));
            }
        }
    }

    /** Articles and plan words before a plan's name: "lo Standard", "il piano Premium Family". */
    private static final Set<String> PLAN_OPENERS = Set.of("il", "lo", "la", "l'", "piano", "abbonamento",
            "pacchetto", "tariffa", "offerta", "versione", "modello", "formula", "profilo");
    /** Verbs of a price list after a plan's name: "lo Standard resta a 12,99 euro". */
    private static final Set<String> PRICE_MOVES = Set.of("passa", "passerà", "sale", "salirà", "scende",
            "scenderà", "resta", "rimane", "costa", "costerà", "aumenta", "aumenterà", "cala", "arriva", "arriverà");
    private static final int PLAN_VALUE_REACH = 4;

    /**
     * {@code fact.name.plan}: a plan or version named in a price list, the capitalised words (up to three) after an
     * article or a plan word and before a price verb followed by money: "lo Standard resta a 12,99 euro", "il
     * Premium Family sale da 17,99 a 19,99 euro". A product, at that place only.
     */
    private static void markPlans(Document doc, SentenceView s) {
        for (int i = s.first + 1; i <= s.last; i++) {
            Placed<Entity> at = insideEntity(s, i);
            if (!capitalised(doc.token(i)) || !PLAN_OPENERS.contains(doc.token(i - 1).lower())
                    || (at != null && (at.first() != i || at.last() != i))) {
                continue; // a one-word name may open a plan's: "il Lumo Famiglia" after "Lumo"
            }
            int last = i;
            while (last + 1 <= s.last && last - i + 1 < LONGEST_NAME && namePart(doc.token(last + 1))
                    && insideEntity(s, last + 1) == null) {
                last++;
            }
            // "lo Standard resta a 12,99 euro"; in a list, "il Premium Duo da 14,99 a 16,99 euro"
            boolean verb = last + 1 <= s.last && PRICE_MOVES.contains(doc.token(last + 1).lower());
            boolean from = last + 1 <= s.last && doc.token(last + 1).lower().equals("da")
                    && (moneyAt(s, last + 1) || moneyAt(s, last + 2));
            if (!(verb && moneyNear(s, last + 1)) && !from) {
                continue;
            }
            if (at != null && last == i) {
                continue;
            }
            markAt(doc, s, i, last, "fact.name.plan", Entity.Label.PRODUCT);
            i = last;
        }
    }

    private static boolean moneyAt(SentenceView s, int token) {
        for (Placed<io.fatti.mention.ValueMention> v : s.values) {
            if (v.mention() instanceof io.fatti.mention.Money && v.first() == token) {
                return true;
            }
        }
        return false;
    }

    private static boolean moneyNear(SentenceView s, int verb) {
        for (Placed<io.fatti.mention.ValueMention> v : s.values) {
            if (v.mention() instanceof io.fatti.mention.Money && v.first() > verb
                    && v.first() - verb <= PLAN_VALUE_REACH) {
                return true;
            }
        }
        return false;
    }

    private static final int DESCRIPTION_WORDS = 4;
    /** Descriptions of people among the REFERENCE words: the name after them is a person's. */
    private static final Set<String> PERSON_ROLES = Set.of("amministratore delegato", "ceo", "il direttore finanziario",
            "l'ad");

    /** Names right after a company description: "il produttore cinese Kiro Technology". */
    private List<List<String>> describedNames(Document doc, List<SentenceView> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (SentenceView s : sentences) {
            for (int i = s.first; i <= s.last; i++) {
                io.fatti.text.PhraseTable.Match<FactWords.SubjectWord> m = words.subjectWords.startingAt(doc, i, s.last);
                if (m == null) {
                    continue;
                }
                i = m.last();
                if (m.value().role() != FactWords.SubjectRole.REFERENCE
                        || PERSON_ROLES.contains(doc.original(doc.tokenSpan(m.first(), m.last())).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int j = m.last() + 1;
                while (j <= s.last && j - m.last() <= DESCRIPTION_WORDS && lowerWord(doc.token(j))) {
                    j++;
                }
                int end = j;
                while (end + 1 <= s.last && end + 1 - j < LONGEST_NAME && capitalised(doc.token(end + 1))) {
                    end++;
                }
                if (j > s.last || !capitalised(doc.token(j))
                        || (j > m.last() + 1 && PLACE_LINKS.contains(doc.token(j - 1).lower()))) {
                    continue; // "il costruttore di Shenzhen": a place, not a name
                }
                List<String> name = texts(doc, j, end);
                if (!out.contains(name) && !notSubjects.contains(String.join(" ", name).toLowerCase(Locale.ROOT))
                        && !notSubjects.contains(doc.token(j).lower())) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static final Set<String> PLACE_LINKS = Set.of("di", "a", "da", "in", "con", "per", "su", "tra", "fra", "del",
            "della", "dello", "dei", "degli", "delle", "nel", "nella", "al", "alla", "sede");

    private static boolean lowerWord(Token t) {
        return t.is(Token.Kind.WORD) && Character.isLowerCase(t.text().charAt(0));
    }

    /** Runs of capitalised words right before a legal form: "Teknova S.p.A.". */
    private List<List<String>> namesBeforeForms(Document doc) {
        List<List<String>> out = new ArrayList<>();
        String text = doc.original();
        for (int j = 0; j < doc.size(); j++) {
            if (!capitalised(doc.token(j))) {
                continue;
            }
            int end = doc.tokenSpan(j, j).end();
            if (end >= text.length() || text.charAt(end) != ' ' || !followedByForm(text, end + 1)) {
                continue;
            }
            int i = j;
            while (i > 0 && j - i + 1 < LONGEST_NAME && capitalised(doc.token(i - 1)) && doc.sameSentence(i - 1, j)) {
                i--;
            }
            while (i < j && (notSubjects.contains(doc.token(i).lower()) || doc.token(i).text().endsWith("'"))) {
                i++; // "A Voltaria S.p.A.", "L'Autorità": the run starts after a sentence-initial word
            }
            List<String> name = texts(doc, i, j);
            if (!out.contains(name) && !notSubjects.contains(String.join(" ", name).toLowerCase(Locale.ROOT))) {
                out.add(name);
            }
        }
        return out;
    }

    private boolean followedByForm(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        for (String form : companyForms.getOrDefault(text.charAt(at), List.of())) {
            int end = at + form.length();
            if (text.startsWith(form, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name opening the title, when the lead opens with it too ("Vistaplay, la piattaforma...") or the title puts
     * a comma after it and the lead names it ("Ferrante, ricavi..." / "Il gruppo ... Ferrante ha chiuso").
     */
    private List<String> headlineName(Document doc, List<SentenceView> sentences, int titleEnd) {
        if (titleEnd == 0 || sentences.isEmpty()) {
            return null;
        }
        SentenceView title = sentences.get(0);
        SentenceView lead = null;
        for (SentenceView s : sentences) {
            if (doc.sentences().get(s.index)[0] >= titleEnd) {
                lead = s;
                break;
            }
        }
        if (lead == null || doc.sentences().get(title.index)[0] >= titleEnd) {
            return null;
        }
        int j = title.first;
        while (j + 1 <= title.last && j + 1 - title.first < LONGEST_NAME && namePart(doc.token(j + 1))) {
            j++;
        }
        if (!capitalised(doc.token(title.first)) || j >= title.last) {
            return null;
        }
        List<String> name = texts(doc, title.first, j);
        String joined = String.join(" ", name).toLowerCase(Locale.ROOT);
        if (notSubjects.contains(joined) || metrics.startingAt(doc, title.first) != null
                || (name.size() == 1 && usedInLowerCase(doc, doc.token(title.first).lower()))) {
            return null;
        }
        boolean leadOpens = lead.first + name.size() - 1 <= lead.last
                && texts(doc, lead.first, lead.first + name.size() - 1).equals(name);
        return leadOpens || occursIn(doc, lead, name) ? name : null;
    }

    /** Makes every occurrence of {@code name} a company, unless a company or product entity already covers it. */
    /**
     * The first word of a company's longer name, standing alone, is the company too ("Kiro Technology" ... "Kiro,
     * che nel 2023 ha spedito"), unless the article also writes it in lower case ("Banca Orobica", "la banca").
     */
    private static void markFirstWord(Document doc, List<SentenceView> sentences, List<String> name, String rule) {
        String first = name.get(0);
        if (name.size() < 2 || first.length() < 3 || usedInLowerCase(doc, first.toLowerCase(Locale.ROOT))) {
            return;
        }
        for (SentenceView s : sentences) {
            for (int i = s.first; i <= s.last; i++) {
                if (doc.token(i).text().equals(first) && (i == s.last || !capitalised(doc.token(i + 1)))
                        && (i == s.first || !capitalised(doc.token(i - 1)))) {
                    markAt(doc, s, i, i, rule, Entity.Label.ORG);
                }
            }
        }
    }

    private static void mark(Document doc, List<SentenceView> sentences, List<String> name, String rule,
                             Entity.Label label) {
        for (SentenceView s : sentences) {
            for (int i = s.first; i + name.size() - 1 <= s.last; i++) {
                int last = i + name.size() - 1;
                if (!texts(doc, i, last).equals(name)) {
                    continue;
                }
                markAt(doc, s, i, last, rule, label);
            }
        }
    }

    /** Makes tokens {@code i..last} an entity, unless a company or product entity already covers them. */
    private static void markAt(Document doc, SentenceView s, int i, int last, String rule, Entity.Label label) {
        List<Placed<Entity>> overlapping = new ArrayList<>();
        for (Placed<Entity> e : s.entities) {
            if (e.first() <= last && i <= e.last()) {
                Entity.Label has = e.mention().label();
                if ((has == Entity.Label.ORG || has == Entity.Label.PRODUCT) && e.first() <= i && last <= e.last()) {
                    return;
                }
                overlapping.add(e);
            }
        }
        s.entities.removeAll(overlapping);
        Span span = doc.tokenSpan(i, last);
        s.entities.add(new Placed<>(new Entity(span, doc.original(span), rule, label), i, last, s.index));
        s.entities.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }

    private static boolean occursIn(Document doc, SentenceView s, List<String> name) {
        for (int i = s.first; i + name.size() - 1 <= s.last; i++) {
            if (texts(doc, i, i + name.size() - 1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(Document doc, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(doc.token(i).text());
        }
        return out;
    }

    /** A later word of a name: capitalised, or a model code ("X7", "S24"). */
    private static boolean namePart(Token t) {
        return capitalised(t) || (t.is(Token.Kind.ALPHANUMERIC) && Character.isUpperCase(t.text().charAt(0)));
    }

    private static boolean capitalised(Token t) {
        return t.is(Token.Kind.WORD) && t.length() >= 2 && Character.isUpperCase(t.text().charAt(0))
                && !t.text().endsWith("'");
    }

    private String leadName(Document doc, List<SentenceView> sentences, int titleEnd) {
        SentenceView lead = null;
        for (SentenceView s : sentences) {
            if (doc.sentences().get(s.index)[0] >= titleEnd) {
                lead = s;
                break;
            }
        }
        if (lead == null) {
            return null;
        }
        for (int i = lead.first; i <= lead.last; i++) {
            Token t = doc.token(i);
            if (!t.is(Token.Kind.WORD) || t.length() < 3 || !Character.isUpperCase(t.text().charAt(0))
                    || t.text().endsWith("'") || notSubjects.contains(t.lower())) {
                continue;
            }
            if (metrics.startingAt(doc, i) != null || usedInLowerCase(doc, t.lower())) {
                continue; // "EBITDA", "Il": a metric word or a common word written with a capital
            }
            Placed<Entity> e = insideEntity(lead, i);
            if (e != null) {
                if (e.mention().label() == Entity.Label.ORG) {
                    return null; // the lead names a company the entity stage knows
                }
                continue;
            }
            if (occurrences(doc, t.text()) >= 2) {
                return t.text();
            }
        }
        return null;
    }

    private static boolean usedInLowerCase(Document doc, String lower) {
        for (Token t : doc.tokens()) {
            if (t.text().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static int occurrences(Document doc, String word) {
        int n = 0;
        for (Token t : doc.tokens()) {
            if (t.text().equals(word)) {
                n++;
            }
        }
        return n;
    }

    private static Placed<Entity> insideEntity(SentenceView s, int token) {
        for (Placed<Entity> e : s.entities) {
            if (e.first() <= token && token <= e.last()) {
                return e;
            }
        }
        return null;
    }
}
