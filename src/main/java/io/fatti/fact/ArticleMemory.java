package io.fatti.fact;

import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the linker remembers while it reads an article: its focus (what "la società" refers to: the first company
 * of the lead sentence, else the most named one), the companies by name, and the facts read so far.
 */
final class ArticleMemory {

    final Entity focus;
    /** True when the focus is named at least twice and twice as often as any other company. */
    final boolean dominant;
    /** The first product the article names (a launch, a review), or null. */
    final Entity firstProduct;
    private final int[] paragraphs;
    private final Map<String, Entity> byName = new HashMap<>();
    Fact last;
    /** The period the lead sentence names ("Nel secondo trimestre del 2024 il mercato..."), or null. */
    io.fatti.mention.Temporal leadPeriod;
    int lastSentence = -1;
    Fact lastReported;
    Fact lastTarget;
    /** The last reported and target facts of a flow metric (not a balance): the periods that carry. */
    Fact lastReportedFlow;
    Fact lastTargetFlow;
    /** The sentence of {@link #lastReportedFlow}. */
    int lastReportedFlowSentence = -1;
    /** The last shipments or sales fact and its sentence: counts of devices after it are of the same metric. */
    Fact lastTopic;
    int lastTopicSentence = -1;

    ArticleMemory(List<Placed<Entity>> entities, List<Placed<Entity>> lead, boolean marketLead,
                  java.util.Set<String> notSubjects, int[] paragraphs) {
        this.paragraphs = paragraphs;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entity> first = new HashMap<>();
        Entity product = null;
        for (Placed<Entity> p : entities) {
            Entity e = p.mention();
            String key = e.text().toLowerCase(Locale.ROOT);
            byName.putIfAbsent(key, e);
            if (product == null && e.label() == Entity.Label.PRODUCT) {
                product = e;
            }
            if (e.label() == Entity.Label.ORG && !notSubjects.contains(key)) {
                counts.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, e);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (best == null || c.getValue() > counts.get(best)) {
                best = c.getKey();
            }
        }
        int second = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (!c.getKey().equals(best)) {
                second = Math.max(second, c.getValue());
            }
        }
        Entity leader = null;
        for (Placed<Entity> p : lead) {
            if (p.mention().label() == Entity.Label.ORG
                    && !notSubjects.contains(p.mention().text().toLowerCase(Locale.ROOT))) {
                leader = p.mention();
                break;
            }
        }
        // the company the lead sentence names first is what the article is about; else the most named one
        this.focus = leader != null ? leader : best == null ? null : first.get(best);
        // a lead naming no company opens an article about a market ("a gennaio in Italia sono state immatricolate
        // 3.912 auto elettriche"): its figures are nobody's unless their sentence names a company
        this.dominant = leader != null || (!marketLead && best != null && counts.get(best) >= 2
                && counts.get(best) >= 2 * second);
        this.firstProduct = product;
    }

    /** Companies a paragraph may be about (ORG, no source, no body), in text order; set by the annotator. */
    List<Placed<Entity>> topics = List.of();

    /**
     * The first company named in the paragraph of sentence {@code s} before token {@code before}: what "la
     * società" refers to there. Null when the paragraph names none before it.
     */
    Entity paragraphCompany(int s, int before) {
        for (Placed<Entity> e : topics) {
            if (sameParagraph(e.sentence(), s) && e.last() < before) {
                return e.mention();
            }
        }
        return null;
    }

    /** True when the previous fact was read in the same paragraph as sentence {@code s}. */
    boolean lastInParagraphOf(int s) {
        return last != null && sameParagraph(lastSentence, s);
    }

    /** True when sentences {@code a} and {@code b} are in the same paragraph. */
    boolean sameParagraph(int a, int b) {
        return a >= 0 && b >= 0 && a < paragraphs.length && b < paragraphs.length && paragraphs[a] == paragraphs[b];
    }

    /** The first entity of the article with this name, or null. */
    Entity named(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    void remember(Fact f, int sentence, boolean balance) {
        // a balance's period carries only when it is a quarter or longer ("nel secondo trimestre ... 618 milioni
        // di utenti"), not a point date ("4,3 milioni di utenti a dicembre")
        if (!balance || (f.period() != null && f.period().grain() != null
                && f.period().grain().compareTo(io.fatti.mention.Temporal.Grain.QUARTER) >= 0)) {
            if (f.kind() == Fact.Kind.TARGET) {
                lastTargetFlow = f;
            } else {
                lastReportedFlow = f;
                lastReportedFlowSentence = sentence;
            }
        }
        last = f;
        lastSentence = sentence;
        if (f.metric().equals("shipments") || f.metric().equals("units_sold")) {
            lastTopic = f;
            lastTopicSentence = sentence;
        }
        if (f.kind() == Fact.Kind.TARGET) {
            lastTarget = f;
        } else {
            lastReported = f;
        }
    }
}
