package io.fatti.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features for recognising Italian names, one token at a time: the word, its shape, affixes and inner character
 * n-grams; the words around it, by position and position-free (an articulated preposition also as its bare
 * preposition: "nel" → "in", "dell'" → "di", "sulla" → "su", so "in Roma" and "nella Roma" share evidence); where it
 * sits in the sentence; whether a name list covers it (whole, or as part of a longer name); whether it is usually a
 * lower-case word; the word classes of the word and its neighbours, learned from unlabelled text
 * ({@link WordClusters}, when the model carries them); and document memory, the label the same word got earlier in
 * the article (OpenNLP's adaptive data). OpenNLP adds the previous labels. One instance per name finder (it caches the current sentence's list
 * matches and the article's memory), so not thread-safe; the lists themselves are shared.
 */
public final class ItalianNameFeatures implements AdaptiveFeatureGenerator {

    private final NameLexicons lexicons;
    /** Document memory: the label each capitalised word last received in this article (OpenNLP's adaptive data). */
    private final java.util.HashMap<String, String> labelledBefore = new java.util.HashMap<>();
    private String[] cachedSentence;
    /** Per token: the list features ("ORG-wiki:B" ...) of the names covering it, or null. */
    private String[][] listTags;
    /** Per token of the current sentence: its features with the previous label left open, or null until asked. */
    private String[][] cachedFeatures;

    public ItalianNameFeatures(NameLexicons lexicons) {
        this(lexicons, null);
    }

    /** @param clusters word classes learned from unlabelled text, or null for none */
    public ItalianNameFeatures(NameLexicons lexicons, WordClusters clusters) {
        this(lexicons, clusters, "");
    }

    /**
     * @param variant the feature groups changed from the default, comma-separated: {@code +articles} adds the
     *     article before the word ("la", "nella" → "la"), {@code -ngrams} drops inner character n-grams,
     *     {@code -window} drops the position-free words nearby. Members of an ensemble differ this way.
     */
    public ItalianNameFeatures(NameLexicons lexicons, WordClusters clusters, String variant) {
        this.lexicons = lexicons;
        this.clusters = clusters;
        java.util.Set<String> v = variantGroups(variant);
        this.articles = v.contains("+articles");
        this.ngrams = !v.contains("-ngrams");
        this.window = !v.contains("-window");
    }

    static final java.util.Set<String> VARIANTS = java.util.Set.of("+articles", "-ngrams", "-window");

    /**
     * The feature groups a variant names ("" for the default features).
     *
     * @throws IllegalArgumentException for a group not in {@link #VARIANTS}, or one named twice
     */
    public static java.util.Set<String> variantGroups(String variant) {
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (String x : variant.isBlank() ? new String[0] : variant.strip().split(" *, *")) {
            if (!VARIANTS.contains(x)) {
                throw new IllegalArgumentException("unknown feature variant " + x + " (known: " + VARIANTS + ")");
            }
            if (!groups.add(x)) {
                throw new IllegalArgumentException("feature variant " + x + " named twice");
            }
        }
        return groups;
    }

    private final boolean articles;
    private final boolean ngrams;
    private final boolean window;

    private final WordClusters clusters;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedSentence) {
            cachedSentence = tokens;
            listTags = listTags(tokens);
            cachedFeatures = new String[tokens.length][];
        }
        // The beam search asks for the same token once per candidate sequence; only the previous label differs, so
        // everything else is computed once per token and the previous label is filled into its marked places.
        String[] fixed = cachedFeatures[index];
        if (fixed == null) {
            List<String> computed = new java.util.ArrayList<>();
            fixedFeatures(computed, tokens, index);
            fixed = computed.toArray(new String[0]);
            cachedFeatures[index] = fixed;
        }
        String po = index > 0 && previousOutcomes != null && index - 1 < previousOutcomes.length
                ? previousOutcomes[index - 1] : "<s>";
        for (String f : fixed) {
            features.add(f.startsWith(PREVIOUS_LABEL) ? "po,g=" + po + "," + f.substring(PREVIOUS_LABEL.length()) : f);
        }
    }

    /** Marks a feature that pairs the previous label with what follows the mark. */
    private static final String PREVIOUS_LABEL = "\u0000po,";

    /** Every feature of token {@code index}, with {@link #PREVIOUS_LABEL} marks where the previous label goes. */
    private void fixedFeatures(List<String> features, String[] tokens, int index) {
        String w = tokens[index];
        String lw = lower(w);
        String shape = shape(w);
        features.add("w=" + lw);
        features.add("sh=" + shape);
        features.add("ls=" + longShape(w));
        if (!lw.equals(w)) {
            features.add("wc=" + w);
        }
        int n = lw.length();
        for (int k = 2; k <= 4 && k < n; k++) {
            features.add("pre" + k + "=" + lw.substring(0, k));
            features.add("suf" + k + "=" + lw.substring(n - k));
        }
        if (ngrams && n <= 20) {
            // inner character n-grams, as CRF taggers use: unseen names share pieces ("-ski", "berg", "shi")
            String marked = "<" + lw + ">";
            for (int k = 3; k <= 5; k++) {
                for (int a = 0; a + k <= marked.length(); a++) {
                    features.add("ng=" + marked.substring(a, a + k));
                }
            }
        }
        // the words nearby, position-free ("disjunctive"): "ministro ... X" or "X ... ha dichiarato"
        for (int d = 1; d <= 4 && window; d++) {
            if (index - d >= 0) {
                features.add("dl=" + lower(tokens[index - d]));
            }
            if (index + d < tokens.length) {
                features.add("dr=" + lower(tokens[index + d]));
            }
        }
        if (index == 0) {
            features.add("bos");
            features.add("bos,sh=" + shape);
        }
        if (index == tokens.length - 1) {
            features.add("eos");
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            String lwj = j < 0 ? "<s>" : j >= tokens.length ? "</s>" : lower(tokens[j]);
            features.add("w" + d + "=" + lwj);
            if (j >= 0 && j < tokens.length && Math.abs(d) == 1) {
                features.add("sh" + d + "=" + shape(tokens[j]));
                String prep = ItalianPrepositions.bare(lwj);
                if (prep != null) {
                    features.add("p" + d + "=" + prep);
                }
                if (d == -1 && articles) {
                    String article = ItalianPrepositions.article(lwj);
                    String a = article != null ? article : prep != null ? "none" : "other";
                    features.add("a-1=" + a);
                    features.add("a-1,sh=" + a + "," + shape);
                }
            }
        }
        String prev = index > 0 ? lower(tokens[index - 1]) : "<s>";
        String next = index + 1 < tokens.length ? lower(tokens[index + 1]) : "</s>";
        features.add("w-1,w=" + prev + "," + lw);
        features.add("w,w+1=" + lw + "," + next);
        features.add("w-1,sh=" + prev + "," + shape);
        features.add("w-1,w+1=" + prev + "," + next); // the frame around the word: "a _ ," "il _ di"
        String prev2 = index > 1 ? lower(tokens[index - 2]) : "<s>";
        features.add("w-2,w-1=" + prev2 + "," + prev);
        if (n > 3) {
            features.add("suf3,sh=" + lw.substring(n - 3) + "," + shape);
        }
        String prevShape = index > 0 ? shape(tokens[index - 1]) : "<s>";
        String nextShape = index + 1 < tokens.length ? shape(tokens[index + 1]) : "</s>";
        features.add("sh-1,sh,sh+1=" + prevShape + "," + shape + "," + nextShape);
        if (clusters != null) {
            addClusterFeatures(features, tokens, index, shape);
        }
        if (!lw.equals(w) && lexicons.isCommonWord(lw)) {
            // A capitalised word that is usually written in lower case: a sentence start, or a name made of words.
            features.add("common");
            features.add(index == 0 ? "common,bos" : "common,inside");
        }
        for (String list : lexicons.partOf(w)) {
            features.add("part=" + list);
        }
        String before = labelledBefore.get(w);
        if (before != null) {
            features.add("doc=" + before);
            features.add("doc=" + before + ",sh=" + shape);
        }
        String[] tags = listTags[index];
        if (tags != null) {
            for (String t : tags) {
                // with the previous label: a first name right after a place starts a new name ("Arcore Silvio")
                features.add(PREVIOUS_LABEL + t);
                features.add("g=" + t);
                features.add("g=" + t + ",sh=" + shape);
                features.add("g=" + t + ",w-1=" + prev);
            }
        }
        if (index > 0 && listTags[index - 1] != null) {
            for (String t : listTags[index - 1]) {
                features.add("g-1=" + t);
            }
        }
        if (index + 1 < tokens.length && listTags[index + 1] != null) {
            for (String t : listTags[index + 1]) {
                features.add("g+1=" + t);
            }
        }
    }

    /** The word's classes (every granularity, alone and with its shape) and its neighbours' middle-sized classes. */
    private void addClusterFeatures(List<String> features, String[] tokens, int index, String shape) {
        int[] c = clusters.classesOf(tokens[index]);
        if (c != null) {
            for (int g = 0; g < c.length; g++) {
                features.add("c" + g + "=" + c[g]);
                features.add("c" + g + ",sh=" + c[g] + "," + shape);
            }
        } else {
            features.add("c=none");
        }
        for (int d = -1; d <= 1; d += 2) {
            int j = index + d;
            if (j >= 0 && j < tokens.length) {
                int[] cj = clusters.classesOf(tokens[j]);
                features.add("c1" + (d < 0 ? "-1=" : "+1=") + (cj == null ? "none" : Integer.toString(cj[1])));
            }
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        cachedSentence = null; // document memory changes: cached features are stale
        for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
            String w = tokens[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                String o = outcomes[i];
                int dash = o.lastIndexOf('-');
                labelledBefore.put(w, dash > 0 ? o.substring(0, dash) : o);
            }
        }
    }

    @Override
    public void clearAdaptiveData() {
        labelledBefore.clear();
        cachedSentence = null; // document memory changed: cached features are stale
    }

    private String[][] listTags(String[] tokens) {
        String[][] tags = new String[tokens.length][];
        for (Map.Entry<String, Gazetteer> e : lexicons.bySource().entrySet()) {
            for (Gazetteer.Match m : e.getValue().find(tokens)) {
                for (int i = m.from(); i < m.to(); i++) {
                    String position = m.length() == 1 ? "U" : i == m.from() ? "B" : "I";
                    String tag = m.label() + "-" + e.getKey() + ":" + position;
                    String[] old = tags[i];
                    if (old == null) {
                        tags[i] = new String[] {tag};
                    } else {
                        String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = tag;
                        tags[i] = grown;
                    }
                }
            }
        }
        return tags;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** Collapsed word shape: "Xiaomi" → "Xx", "iPhone" → "xXx", "S23" → "Xd", "12,5" → "d,d". */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 6; i++) {
            char c = classOf(w.charAt(i));
            if (c != last) {
                sb.append(c);
                last = c;
            }
        }
        return sb.toString();
    }

    /** Shape keeping lengths up to 4 of each run: "USA" → "XXX", "Roma" → "Xxxx". */
    static String longShape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length() && sb.length() < 10; i++) {
            char c = classOf(w.charAt(i));
            run = c == last ? run + 1 : 1;
            last = c;
            if (run <= 4) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static char classOf(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLowerCase(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        return c == '\u2019' ? '\'' : c;
    }
}
