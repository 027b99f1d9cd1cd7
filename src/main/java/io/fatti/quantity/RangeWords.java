package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a range, shared with the number stage ({@code models/number/ranges.tsv}, {@code articles.tsv},
 * {@code range-blockers.tsv}): an opener before the low end and its joiners before the high end ("tra … e",
 * "dai … ai"), the articles that may follow either ("tra i 180 e i 190 grammi"), and the verbs that make "da X a Y"
 * a change rather than a range ("è passata da 4.000 a 4.500 mAh").
 */
final class RangeWords {

    private final Map<String, Set<String>> joiners = new HashMap<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> blockers = new HashSet<>();

    private RangeWords() {
    }

    static RangeWords italian() {
        return load(DataFile.read("number/ranges.tsv"), DataFile.read("number/articles.tsv"),
                DataFile.read("number/range-blockers.tsv"));
    }

    static RangeWords load(DataFile ranges, DataFile articles, DataFile blockers) {
        RangeWords w = new RangeWords();
        for (DataFile.Line l : ranges) {
            w.joiners.put(lower(l.field(0)), new HashSet<>(List.of(lower(l.field(1)).split("\\|"))));
        }
        for (DataFile.Line l : articles) {
            w.articles.add(lower(l.field(0)));
        }
        for (DataFile.Line l : blockers) {
            w.blockers.add(lower(l.field(0)));
        }
        return w;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    boolean isOpener(String lower) {
        return joiners.containsKey(lower);
    }

    boolean joins(String opener, String joiner) {
        Set<String> j = joiners.get(opener);
        return j != null && j.contains(joiner);
    }

    boolean isArticle(String lower) {
        return articles.contains(lower);
    }

    /** A verb before "da X a Y" that makes it a change from X to Y. */
    boolean blocks(String lower) {
        return blockers.contains(lower);
    }
}
