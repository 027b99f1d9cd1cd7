package io.fatti.fact;

import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the linker remembers while it reads an article: the article's most named company (what "la società"
 * refers to when nothing else does), the companies by name, and the facts read so far.
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
    int lastSentence = -1;
    Fact lastReported;
    Fact lastTarget;

    ArticleMemory(List<Placed<Entity>> entities, java.util.Set<String> notSubjects, int[] paragraphs) {
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
        this.focus = best == null ? null : first.get(best);
        this.dominant = best != null && counts.get(best) >= 2 && counts.get(best) >= 2 * second;
        this.firstProduct = product;
    }

    /** True when the previous fact was read in the same paragraph as sentence {@code s}. */
    boolean lastInParagraphOf(int s) {
        return last != null && lastSentence >= 0 && lastSentence < paragraphs.length && s < paragraphs.length
                && paragraphs[lastSentence] == paragraphs[s];
    }

    /** The first entity of the article with this name, or null. */
    Entity named(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    void remember(Fact f, int sentence) {
        last = f;
        lastSentence = sentence;
        if (f.kind() == Fact.Kind.TARGET) {
            lastTarget = f;
        } else {
            lastReported = f;
        }
    }
}
