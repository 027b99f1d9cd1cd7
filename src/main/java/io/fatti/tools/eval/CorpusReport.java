package io.fatti.tools.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of one {@link CorpusScore} run: counts per mention type, changes, facts and per-mention details. */
public final class CorpusReport {

    private static final String SUITE = "corpus";

    /** Counts for one mention type. {@code found}: same span and type; {@code overlap}: same type, spans meet. */
    public static final class Tally {
        int gold;
        int predicted;
        int found;
        int valueCorrect;
        int overlap;

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }

        public int found() {
            return found;
        }

        public int valueCorrect() {
            return valueCorrect;
        }

        public int overlap() {
            return overlap;
        }

        void add(Tally o) {
            gold += o.gold;
            predicted += o.predicted;
            found += o.found;
            valueCorrect += o.valueCorrect;
            overlap += o.overlap;
        }
    }

    final Map<String, Tally> byType = new LinkedHashMap<>();
    int articles;
    int changes;
    int changesCorrect;
    int facts;
    int factsFound;
    int factsLinked;
    final List<String> details = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    CorpusReport() {
        for (String t : CorpusScore.TYPE_ORDER) {
            byType.put(t, new Tally());
        }
    }

    public Tally tally(String type) {
        return byType.get(type);
    }

    public Tally total() {
        Tally all = new Tally();
        byType.values().forEach(all::add);
        return all;
    }

    public int articles() {
        return articles;
    }

    /** One line per missed, spurious or wrongly valued mention. */
    public List<String> details() {
        return List.copyOf(details);
    }

    /** Stage failures the extractor contained while reading the corpus (should be empty). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<Score> scores() {
        return scores(SUITE);
    }

    /** The figures under the suite name {@code suite}. */
    public List<Score> scores(String suite) {
        List<Score> out = new ArrayList<>();
        for (Map.Entry<String, Tally> e : byType.entrySet()) {
            addRatios(out, suite, e.getKey(), e.getValue());
        }
        Tally all = total();
        addRatios(out, suite, "all", all);
        if (all.gold > 0) {
            out.add(new Score(suite, "all overlap_recall", ratio(all.overlap, all.gold),
                    all.overlap + "/" + all.gold));
        }
        if (changes > 0) {
            out.add(new Score(suite, "change accuracy", ratio(changesCorrect, changes),
                    changesCorrect + "/" + changes));
        }
        if (facts > 0) {
            out.add(new Score(suite, "fact recall", ratio(factsFound, facts), factsFound + "/" + facts));
            out.add(new Score(suite, "fact linked", ratio(factsLinked, facts), factsLinked + "/" + facts));
        }
        return out;
    }

    private static void addRatios(List<Score> out, String suite, String type, Tally t) {
        if (t.predicted > 0) {
            out.add(new Score(suite, type + " precision", ratio(t.found, t.predicted),
                    t.found + "/" + t.predicted));
        }
        if (t.gold > 0) {
            out.add(new Score(suite, type + " recall", ratio(t.found, t.gold), t.found + "/" + t.gold));
            out.add(new Score(suite, type + " value_recall", ratio(t.valueCorrect, t.gold),
                    t.valueCorrect + "/" + t.gold));
        }
    }

    /** Prints the table (and, when asked, the per-mention details). */
    public void print(PrintStream out, boolean withDetails) {
        if (withDetails) {
            details.forEach(out::println);
            problems.forEach(p -> out.println("PROBLEM " + p));
            out.println();
        }
        out.printf(Locale.ROOT, "corpus: %d articles%n", articles);
        out.printf(Locale.ROOT, "%-9s %5s %5s %9s %7s %12s %14s%n",
                "type", "gold", "pred", "precision", "recall", "value_recall", "overlap_recall");
        for (Map.Entry<String, Tally> e : byType.entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "all", total());
        out.printf(Locale.ROOT, "changes attached correctly: %d/%d; facts found: %d/%d, fully linked: %d/%d%n",
                changesCorrect, changes, factsFound, facts, factsLinked, facts);
    }

    private static void row(PrintStream out, String type, Tally t) {
        out.printf(Locale.ROOT, "%-9s %5d %5d %9s %7s %12s %14s%n", type, t.gold, t.predicted,
                fmt(t.found, t.predicted), fmt(t.found, t.gold), fmt(t.valueCorrect, t.gold),
                fmt(t.overlap, t.gold));
    }

    private static String fmt(int n, int d) {
        return d == 0 ? "-" : String.format(Locale.ROOT, "%.3f", ratio(n, d));
    }

    static double ratio(int n, int d) {
        return d == 0 ? 0.0 : (double) n / d;
    }
}
