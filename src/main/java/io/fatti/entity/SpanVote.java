package io.fatti.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Majority vote of several name finders over one sentence: a name (start, end and label) is kept when more than half
 * of the finders found exactly it. A finder's own names never overlap, so two overlapping names cannot both win.
 */
final class SpanVote {

    private SpanVote() {
    }

    static Span[] majority(List<Span[]> byFinder) {
        int need = byFinder.size() / 2 + 1;
        Map<Span, Integer> votes = new LinkedHashMap<>();
        for (Span[] found : byFinder) {
            for (Span s : found) {
                votes.merge(new Span(s.getStart(), s.getEnd(), s.getType()), 1, Integer::sum);
            }
        }
        List<Span> kept = new ArrayList<>();
        votes.forEach((span, n) -> {
            if (n >= need) {
                kept.add(span);
            }
        });
        kept.sort(Comparator.comparingInt(Span::getStart));
        return kept.toArray(new Span[0]);
    }
}
