package io.fatti.entity;

import java.util.Arrays;

/**
 * The beam search's candidate sequences without an object or a list copy per candidate: a candidate is an index into
 * parallel arrays (its score, last outcome and the candidate it extends), and the beam's two queues are binary heaps
 * of those indices. The heaps sift exactly as {@link java.util.PriorityQueue} does, ordered as OpenNLP orders its
 * sequences (higher score first, by {@link Double#compare}), so equal scores leave the queue in the same order as
 * from OpenNLP's {@code BeamSearch} and the same sequences survive. One per thread; reused sentence after sentence.
 */
final class BeamQueues {

    /** Per candidate: its score, its last outcome, and the candidate before it (-1: none). */
    double[] score = new double[256];
    int[] outcome = new int[256];
    int[] before = new int[256];
    private int candidates;
    private final int[][] heaps = {new int[64], new int[64]};
    private final int[] sizes = new int[2];

    /** Forgets every candidate and empties both queues. */
    void reset() {
        candidates = 0;
        sizes[0] = 0;
        sizes[1] = 0;
    }

    /** A new candidate extending {@code previous} (-1: none) by {@code last}; returns its index. */
    int candidate(int previous, int last, double value) {
        if (candidates == score.length) {
            int n = candidates * 2;
            score = Arrays.copyOf(score, n);
            outcome = Arrays.copyOf(outcome, n);
            before = Arrays.copyOf(before, n);
        }
        score[candidates] = value;
        outcome[candidates] = last;
        before[candidates] = previous;
        return candidates++;
    }

    int size(int queue) {
        return sizes[queue];
    }

    void clear(int queue) {
        sizes[queue] = 0;
    }

    /** The candidate that comes first, without removing it. */
    int peek(int queue) {
        return heaps[queue][0];
    }

    /** OpenNLP's order: {@code Double.compare(b.score, a.score)}, the higher score first. */
    private int compare(int a, int b) {
        return Double.compare(score[b], score[a]);
    }

    /** Adds a candidate: {@code PriorityQueue.offer}'s sift-up. */
    void offer(int queue, int x) {
        int[] es = heaps[queue];
        int k = sizes[queue];
        if (k == es.length) {
            es = Arrays.copyOf(es, k * 2);
            heaps[queue] = es;
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int e = es[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            es[k] = e;
            k = parent;
        }
        es[k] = x;
        sizes[queue]++;
    }

    /** Removes and returns the first candidate: {@code PriorityQueue.poll}'s sift-down of the last element. */
    int poll(int queue) {
        int[] es = heaps[queue];
        int result = es[0];
        int n = --sizes[queue];
        int x = es[n];
        if (n > 0) {
            int k = 0;
            int half = n >>> 1;
            while (k < half) {
                int child = (k << 1) + 1;
                int c = es[child];
                int right = child + 1;
                if (right < n && compare(c, es[right]) > 0) {
                    c = es[child = right];
                }
                if (compare(x, c) <= 0) {
                    break;
                }
                es[k] = c;
                k = child;
            }
            es[k] = x;
        }
        return result;
    }
}
