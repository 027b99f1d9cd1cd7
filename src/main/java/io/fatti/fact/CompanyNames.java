package io.fatti.fact;

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
 *   <li>{@code fact.name.repeated-single}: a one-word PER name the article repeats is a company (people are named
 *       with first and last name, companies with one word);</li>
 *   <li>{@code fact.name.lead}: the first capitalised word of the lead sentence that the article repeats, never
 *       writes in lower case and does not use as a metric word ("EBITDA"), outside any other entity, is a company at
 *       every occurrence.</li>
 * </ul>
 */
final class CompanyNames {

    private final Set<String> notSubjects;
    private final io.fatti.metric.MetricLexicon metrics;

    CompanyNames(Set<String> notSubjects, io.fatti.metric.MetricLexicon metrics) {
        this.notSubjects = notSubjects;
        this.metrics = metrics;
    }

    /** Adds the companies found to the sentences' entities, keeping them in text order. */
    void complete(Document doc, List<SentenceView> sentences, int titleEnd) {
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
