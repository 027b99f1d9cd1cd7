package io.fatti.entity;

import java.util.Arrays;

/**
 * One thread's memo of the features that read two words ({@link ItalianNameFeatures.PairFeature}): per feature and
 * pair of word-type numbers, the model's feature found for it (-1: none). Open addressing over {@code long} keys;
 * grows to a bound, then starts again empty, so it never holds more than a few megabytes.
 */
final class PairMemo {

    static final int ABSENT = -2;
    private static final int MAX_CAPACITY = 1 << 19;
    /** Word-type numbers must fit in this many bits. */
    static final int WORD_BITS = 29;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    /** The key of feature {@code kind} over word types {@code a} and {@code b} (each below 2^29); never 0. */
    static long key(int kind, int a, int b) {
        return ((long) (kind + 1) << (2 * WORD_BITS)) | ((long) a << WORD_BITS) | b;
    }

    int get(long key) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return ABSENT;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            if (keys.length < MAX_CAPACITY) {
                grow();
            } else {
                clear();
            }
        }
        insert(key, value);
    }

    void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int index(long key, int mask) {
        return (int) CompiledNameModel.Hash.mix(key) & mask;
    }
}
