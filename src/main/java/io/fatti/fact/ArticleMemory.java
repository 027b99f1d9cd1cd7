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
    private final Map<String, Entity> byName = new HashMap<>();
    Fact last;
    int lastSentence = -1;
    Fact lastReported;
    Fact lastTarget;

    ArticleMemory(List<Placed<Entity>> entities) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entity> first = new HashMap<>();
        for (Placed<Entity> p : entities) {
            Entity e = p.mention();
            String key = e.text().toLowerCase(Locale.ROOT);
            byName.putIfAbsent(key, e);
            if (e.label() == Entity.Label.ORG) {
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
        this.focus = best == null ? null : first.get(best);
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
