package io.fatti.change;

import io.fatti.core.Span;
import io.fatti.mention.Mention;
import io.fatti.mention.NumberMention;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The value mentions of a document laid over its tokens: which value (if any) covers each token, and the first and
 * last token of each value. Mentions hold original-text spans; tokens hold normalised offsets, so tokens are mapped
 * to the original once. Also marks the tokens covered by other mentions (dates) so look-backs can step over them.
 */
final class ValueIndex {

    final List<ValueMention> values;
    final int[] first;
    final int[] last;
    /** valueAt[token] = index into {@link #values}, or -1. */
    private final int[] valueAt;
    /** otherAt[token] = index of the non-value mention covering it (a date), or -1; equal indices = same mention. */
    private final int[] otherAt;

    ValueIndex(Document doc, List<ValueMention> mentions, List<? extends Mention> others) {
        int n = doc.size();
        int[] tokStart = new int[n];
        int[] tokEnd = new int[n];
        for (int i = 0; i < n; i++) {
            Span s = doc.tokenSpan(i, i);
            tokStart[i] = s.start();
            tokEnd[i] = s.end();
        }
        List<ValueMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        this.values = List.copyOf(sorted);
        this.first = new int[values.size()];
        this.last = new int[values.size()];
        this.valueAt = new int[n];
        Arrays.fill(valueAt, -1);
        for (int v = 0; v < values.size(); v++) {
            int[] r = tokens(values.get(v).span(), tokStart, tokEnd);
            first[v] = r[0];
            last[v] = r[1];
            for (int t = r[0]; t <= r[1] && t >= 0; t++) {
                if (valueAt[t] < 0) {
                    valueAt[t] = v;
                }
            }
        }
        this.otherAt = new int[n];
        Arrays.fill(otherAt, -1);
        for (int m = 0; m < others.size(); m++) {
            int[] r = tokens(others.get(m).span(), tokStart, tokEnd);
            for (int t = r[0]; t <= r[1] && t >= 0; t++) {
                otherAt[t] = m;
            }
        }
    }

    /** First and last token overlapping {@code span}, or {-1, -2} when none does. Binary search: O(log n). */
    private static int[] tokens(Span span, int[] tokStart, int[] tokEnd) {
        int lo = 0;
        int hi = tokStart.length;
        while (lo < hi) { // first token ending after span.start
            int mid = (lo + hi) >>> 1;
            if (tokEnd[mid] <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = lo;
        int to = from - 1;
        while (to + 1 < tokStart.length && tokStart[to + 1] < span.end()) {
            to++;
        }
        return from <= to ? new int[] {from, to} : new int[] {-1, -2};
    }

    /** The value covering token {@code i}, or -1. */
    int valueAt(int i) {
        return i >= 0 && i < valueAt.length ? valueAt[i] : -1;
    }

    /** The value that starts exactly at token {@code i}, or -1. */
    int valueStartingAt(int i) {
        int v = valueAt(i);
        return v >= 0 && first[v] == i ? v : -1;
    }

    /** The non-value mention (a date) covering token {@code i}, or -1. */
    int otherAt(int i) {
        return i >= 0 && i < otherAt.length ? otherAt[i] : -1;
    }

    ValueMention get(int v) {
        return values.get(v);
    }

    boolean isOrdinal(int v) {
        return values.get(v) instanceof NumberMention n && n.ordinal();
    }
}
