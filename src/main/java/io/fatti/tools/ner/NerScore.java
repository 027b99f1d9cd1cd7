package io.fatti.tools.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Entity-level exact-match precision, recall and F1, overall and per label, as conlleval counts them: a predicted
 * name is correct only when its start, end and type all equal a gold name's.
 */
public final class NerScore {

    private final TreeMap<String, int[]> byLabel = new TreeMap<>(); // {gold, predicted, correct}

    /** Adds one sentence's gold and predicted names. */
    public void add(List<Span> gold, List<Span> predicted) {
        Set<Span> goldSet = new HashSet<>(gold);
        for (Span g : gold) {
            counts(g.getType())[0]++;
        }
        for (Span p : predicted) {
            int[] c = counts(p.getType());
            c[1]++;
            if (goldSet.contains(p)) {
                c[2]++;
            }
        }
    }

    private int[] counts(String label) {
        return byLabel.computeIfAbsent(label, k -> new int[3]);
    }

    public int[] total() {
        int[] t = new int[3];
        for (int[] c : byLabel.values()) {
            for (int i = 0; i < 3; i++) {
                t[i] += c[i];
            }
        }
        return t;
    }

    public double precision() {
        return precision(total());
    }

    public double recall() {
        return recall(total());
    }

    public double f1() {
        return f1(total());
    }

    public TreeMap<String, int[]> byLabel() {
        return byLabel;
    }

    static double precision(int[] c) {
        return c[1] == 0 ? 0 : (double) c[2] / c[1];
    }

    static double recall(int[] c) {
        return c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    public static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A small table: one line per label and one for all. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %6s%n",
                "label", "gold", "pred", "right", "P", "R", "F1"));
        for (var e : byLabel.entrySet()) {
            line(sb, e.getKey(), e.getValue());
        }
        line(sb, "ALL", total());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, int[] c) {
        sb.append(String.format(Locale.ROOT, "%-8s %6d %6d %6d %6.4f %6.4f %6.4f%n",
                label, c[0], c[1], c[2], precision(c), recall(c), f1(c)));
    }
}
