package io.fatti.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Word classes learned from unlabelled text: words that occur between the same neighbours fall in the same class
 * ("Torino", "Bologna", "Firenze"; "ministro", "presidente", "segretario"), so a name never seen in the labelled
 * data still shares evidence with the names that were. Each word (lower case, seen at least twice) is described by
 * counts of its left and right neighbours among the most frequent words; spherical k-means with a fixed seed groups
 * those vectors at a few granularities. Opt-in ({@code TrainNer --unlabelled}): with the text at hand (KIND train +
 * MEANTIME) they did not raise WN_dev F1; they only helped when dev's own text was among the unlabelled text, a
 * gain that new articles at run time would not see (see the README). Deterministic: one thread, fixed seed, sorted vocabulary. The classes travel
 * inside the trained model, like {@link NameLexicons}.
 */
public final class WordClusters {

    /** Name of this artifact inside the OpenNLP model file; the extension selects {@link Serializer}. */
    public static final String ARTIFACT = "fatti-words.clusters";
    static final String EXTENSION = "clusters";

    static final int[] GRANULARITIES = {64, 256, 1024};
    private static final int CONTEXT_WORDS = 400;
    /** Words seen once stay unclassed, so training also teaches the model what an unclassed (unseen) word looks like. */
    private static final int MIN_COUNT = 2;
    private static final int ITERATIONS = 12;
    private static final long SEED = 20231;

    private final Map<String, int[]> classes;

    public WordClusters(Map<String, int[]> classes) {
        this.classes = classes;
    }

    /** The word's class at each granularity, or null when the word was too rare to be classed. */
    public int[] classesOf(String word) {
        return classes.get(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return classes.size();
    }

    /** Learns the classes from tokenised sentences. */
    public static WordClusters learn(List<String[]> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= MIN_COUNT) {
                vocab.add(w);
            }
        });
        vocab.sort(null);
        // the context words: the most frequent ones, ties by spelling
        List<String> byFreq = new ArrayList<>(vocab);
        byFreq.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> contextIndex = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXT_WORDS, byFreq.size()); i++) {
            contextIndex.put(byFreq.get(i), i);
        }
        Map<String, Integer> wordIndex = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            wordIndex.put(vocab.get(i), i);
        }
        // dimensions: left neighbour (C+2: context words, other, sentence start), then right neighbour
        int half = CONTEXT_WORDS + 2;
        int dims = 2 * half;
        List<TreeMap<Integer, Float>> rows = new ArrayList<>(vocab.size());
        for (int i = 0; i < vocab.size(); i++) {
            rows.add(new TreeMap<>());
        }
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer wi = wordIndex.get(s[i].toLowerCase(Locale.ROOT));
                if (wi == null) {
                    continue;
                }
                int left = i == 0 ? CONTEXT_WORDS + 1
                        : contextIndex.getOrDefault(s[i - 1].toLowerCase(Locale.ROOT), CONTEXT_WORDS);
                int right = i + 1 == s.length ? CONTEXT_WORDS + 1
                        : contextIndex.getOrDefault(s[i + 1].toLowerCase(Locale.ROOT), CONTEXT_WORDS);
                rows.get(wi).merge(left, 1f, Float::sum);
                rows.get(wi).merge(half + right, 1f, Float::sum);
            }
        }
        // sparse rows, square-root damped and unit length
        int[][] idx = new int[vocab.size()][];
        float[][] val = new float[vocab.size()][];
        for (int i = 0; i < vocab.size(); i++) {
            TreeMap<Integer, Float> r = rows.get(i);
            idx[i] = new int[r.size()];
            val[i] = new float[r.size()];
            double norm = 0;
            int k = 0;
            for (Map.Entry<Integer, Float> e : r.entrySet()) {
                idx[i][k] = e.getKey();
                val[i][k] = (float) Math.sqrt(e.getValue());
                norm += val[i][k] * val[i][k];
                k++;
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < k; j++) {
                val[i][j] *= inv;
            }
        }
        int[][] assigned = new int[GRANULARITIES.length][];
        for (int g = 0; g < GRANULARITIES.length; g++) {
            assigned[g] = kMeans(idx, val, dims, Math.min(GRANULARITIES[g], vocab.size()), new Random(SEED + g));
        }
        Map<String, int[]> classes = new HashMap<>(vocab.size() * 2);
        for (int i = 0; i < vocab.size(); i++) {
            int[] c = new int[GRANULARITIES.length];
            for (int g = 0; g < GRANULARITIES.length; g++) {
                c[g] = assigned[g][i];
            }
            classes.put(vocab.get(i), c);
        }
        return new WordClusters(classes);
    }

    /** Spherical k-means (cosine similarity) over sparse unit rows; centroids start at distinct random rows. */
    private static int[] kMeans(int[][] idx, float[][] val, int dims, int k, Random random) {
        int n = idx.length;
        float[][] centroids = new float[k][dims];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int c = 0; c < k; c++) {
            int r = order[c];
            for (int j = 0; j < idx[r].length; j++) {
                centroids[c][idx[r][j]] = val[r][j];
            }
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        // transposed centroids make the sparse-row dot products cache friendly
        float[][] byDim = new float[dims][k];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int c = 0; c < k; c++) {
                for (int d = 0; d < dims; d++) {
                    byDim[d][c] = centroids[c][d];
                }
            }
            float[] score = new float[k];
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                Arrays.fill(score, 0f);
                for (int j = 0; j < idx[i].length; j++) {
                    float v = val[i][j];
                    float[] col = byDim[idx[i][j]];
                    for (int c = 0; c < k; c++) {
                        score[c] += v * col[c];
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (score[c] > score[best]) {
                        best = c;
                    }
                }
                if (assign[i] != best) {
                    assign[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (float[] c : centroids) {
                Arrays.fill(c, 0f);
            }
            for (int i = 0; i < n; i++) {
                float[] c = centroids[assign[i]];
                for (int j = 0; j < idx[i].length; j++) {
                    c[idx[i][j]] += val[i][j];
                }
            }
            for (float[] c : centroids) {
                double norm = 0;
                for (float x : c) {
                    norm += x * x;
                }
                if (norm > 0) {
                    float inv = (float) (1 / Math.sqrt(norm));
                    for (int d = 0; d < dims; d++) {
                        c[d] *= inv;
                    }
                }
            }
        }
        return assign;
    }

    /** Lines of {@code word<TAB>class class class}, sorted by word. */
    public void write(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Map.Entry<String, int[]> e : new TreeMap<>(classes).entrySet()) {
            w.write(e.getKey());
            w.write('\t');
            int[] c = e.getValue();
            for (int g = 0; g < c.length; g++) {
                if (g > 0) {
                    w.write(' ');
                }
                w.write(Integer.toString(c[g]));
            }
            w.write('\n');
        }
        w.flush();
    }

    public static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> classes = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            String[] parts = line.substring(tab + 1).split(" ");
            int[] c = new int[parts.length];
            for (int g = 0; g < parts.length; g++) {
                c[g] = Integer.parseInt(parts[g]);
            }
            classes.put(line.substring(0, tab), c);
        }
        return new WordClusters(classes);
    }

    /** Reads and writes the classes inside an OpenNLP model file. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
