package io.fatti.entity;

import io.fatti.mention.Entity;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article, one reading of a name: a name the model labelled somewhere keeps that label wherever else the same
 * words appear in the article, capitalised, where nothing else was found ("Xiaomi" tagged in one sentence is found
 * in the sentence the model missed). A person's surname alone also counts ("Lei Jun" ... "Jun"). Works on any
 * token list, so the evaluation can run it over sentence windows of a corpus.
 */
public final class DocumentConsistency {

    private DocumentConsistency() {
    }

    /** Extra candidates for the tokens of {@code doc}, given those already chosen. */
    public static List<EntityPrecedence.Candidate> spread(Document doc, List<EntityPrecedence.Candidate> chosen) {
        String[] tokens = new String[doc.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = doc.token(i).text();
        }
        return spread(tokens, chosen);
    }

    public static List<EntityPrecedence.Candidate> spread(String[] tokens, List<EntityPrecedence.Candidate> chosen) {
        Map<List<String>, EnumMap<Entity.Label, Integer>> votes = new HashMap<>();
        BitSet covered = new BitSet();
        for (EntityPrecedence.Candidate c : chosen) {
            covered.set(c.from(), c.to());
            if (!c.rule().equals("entity.model")) {
                continue;
            }
            List<String> words = List.of(tokens).subList(c.from(), c.to());
            votes.computeIfAbsent(List.copyOf(words), k -> new EnumMap<>(Entity.Label.class))
                    .merge(c.label(), 1, Integer::sum);
            if (c.label() == Entity.Label.PER && c.to() - c.from() >= 2 && tokens[c.to() - 1].length() > 2) {
                votes.computeIfAbsent(List.of(tokens[c.to() - 1]), k -> new EnumMap<>(Entity.Label.class))
                        .merge(Entity.Label.PER, 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return List.of();
        }
        Gazetteer.Builder b = new Gazetteer.Builder();
        votes.forEach((words, v) -> {
            Entity.Label best = null;
            int bestVotes = 0;
            for (var e : v.entrySet()) {
                if (e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            b.add(new Gazetteer.Entry(best.name(), words, "document", false));
        });
        Gazetteer known = b.build();
        List<EntityPrecedence.Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Gazetteer.Match m = covered.get(i) || !startsUpper(tokens[i]) ? null : known.longestAt(tokens, i);
            if (m == null || covered.get(i, m.to()).cardinality() > 0) {
                i++;
                continue;
            }
            out.add(new EntityPrecedence.Candidate(m.from(), m.to(), Entity.Label.valueOf(m.label()),
                    "entity.document"));
            i = m.to();
        }
        return out;
    }

    private static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }
}
