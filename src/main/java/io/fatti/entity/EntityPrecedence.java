package io.fatti.entity;

import io.fatti.mention.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * How the curated names and the statistical model are merged in one sentence:
 * <ol>
 *   <li>a curated PRODUCT always wins (the model knows no products, and "iPhone 15 Pro" must stay whole);</li>
 *   <li>a model name that strictly contains a curated name is kept: the model's wider "Banca d'Italia di Roma"
 *       beats a list's "Banca d'Italia";</li>
 *   <li>otherwise the curated name wins over any model name it overlaps (the list is written for this domain);</li>
 *   <li>model names that overlap no curated name are kept as they are.</li>
 * </ol>
 */
public final class EntityPrecedence {

    /** A proposed name over tokens {@code from}..{@code to} (exclusive). */
    public record Candidate(int from, int to, Entity.Label label, String rule) {
        boolean overlaps(Candidate o) {
            return from < o.to && o.from < to;
        }

        boolean strictlyContains(Candidate o) {
            return from <= o.from && o.to <= to && (to - from) > (o.to - o.from);
        }
    }

    private EntityPrecedence() {
    }

    /** The chosen names, non-overlapping. */
    public static List<Candidate> merge(List<Candidate> curated, List<Candidate> predicted) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> keptModel = new ArrayList<>();
        for (Candidate p : predicted) {
            boolean keep = true;
            for (Candidate c : curated) {
                if (p.overlaps(c) && (c.label() == Entity.Label.PRODUCT || !p.strictlyContains(c))) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                keptModel.add(p);
            }
        }
        for (Candidate c : curated) {
            boolean swallowed = false;
            for (Candidate p : keptModel) {
                if (p.overlaps(c)) {
                    swallowed = true;
                    break;
                }
            }
            if (!swallowed) {
                out.add(c);
            }
        }
        out.addAll(keptModel);
        out.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return out;
    }
}
