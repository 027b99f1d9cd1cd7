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
    private Sentence sentence;
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
            sentence = new Sentence(tokens, lexicons);
            cachedFeatures = new String[tokens.length][];
        }
        // The beam search asks for the same token once per candidate sequence; only the previous label differs, so
        // everything else is computed once per token and the previous label is filled into its marked places.
        String[] fixed = cachedFeatures[index];
        if (fixed == null) {
            Strings computed = new Strings(articles, ngrams, window);
            wordFeatures(computed, sentence, index);
            contextFeatures(computed, sentence, index);
            docFeatures(computed, sentence, index, labelledBefore.get(tokens[index]));
            listFeatures(computed, sentence, index);
            fixed = computed.features.toArray(new String[0]);
            cachedFeatures[index] = fixed;
        }
        String po = index > 0 && previousOutcomes != null && index - 1 < previousOutcomes.length
                ? previousOutcomes[index - 1] : FIRST_PREVIOUS_LABEL;
        for (String f : fixed) {
            features.add(f.startsWith(PREVIOUS_LABEL) ? "po,g=" + po + "," + f.substring(PREVIOUS_LABEL.length()) : f);
        }
    }

    /** The previous label of a sentence's first token in {@link FeatureSink#withPreviousLabel} features. */
    static final String FIRST_PREVIOUS_LABEL = "<s>";

    /** Marks a feature that pairs the previous label with what follows the mark. */
    private static final String PREVIOUS_LABEL = "\u0000po,";

    /** Builds each feature as a string, leaving out the groups the variant leaves out. */
    private static final class Strings implements FeatureSink {
        final List<String> features = new java.util.ArrayList<>();
        private final StringBuilder b = new StringBuilder();
        private final boolean articles;
        private final boolean ngrams;
        private final boolean window;

        Strings(boolean articles, boolean ngrams, boolean window) {
            this.articles = articles;
            this.ngrams = ngrams;
            this.window = window;
        }

        @Override
        public FeatureSink start(String piece) {
            b.setLength(0);
            b.append(piece);
            return this;
        }

        @Override
        public FeatureSink put(String piece) {
            b.append(piece);
            return this;
        }

        @Override
        public FeatureSink put(String piece, int from, int to) {
            b.append(piece, from, to);
            return this;
        }

        @Override
        public FeatureSink put(char c) {
            b.append(c);
            return this;
        }

        @Override
        public void end() {
            features.add(b.toString());
        }

        @Override
        public void withPreviousLabel(String tag) {
            features.add(PREVIOUS_LABEL + tag);
        }

        @Override
        public boolean openGroup(Group group) {
            return switch (group) {
                case NGRAMS -> ngrams;
                case WINDOW -> window;
                case ARTICLES -> articles;
            };
        }

        @Override
        public void closeGroup() {
        }
    }

    /**
     * One sentence as the features read it: its tokens, their lower-case forms and shapes, the name-list tags
     * covering each token, and what the lists say of each word alone. Computed once per sentence.
     */
    static final class Sentence {
        final String[] tokens;
        final String[] lower;
        final String[] shape;
        /** Per token: the list features ("ORG-wiki:B" ...) of the names covering it, or null. */
        final String[][] listTags;
        /** Per token: a capitalised word usually written in lower case ("Governo" at a sentence start). */
        final boolean[] common;
        /** Per token: the lists it occurs in as part of a longer name ({@link NameLexicons#partOf}). */
        final String[][] partOf;
        /**
         * Per token: the compiled path's memo of the features of its word alone ({@link WordFeature}), shared by
         * every token of the same word; null on the reference path.
         */
        final int[][] memo;
        /** Per token: the compiled path's number for its word type; null on the reference path. */
        final int[] words;

        Sentence(String[] tokens, NameLexicons lexicons) {
            this.tokens = tokens;
            int n = tokens.length;
            lower = new String[n];
            shape = new String[n];
            common = new boolean[n];
            partOf = new String[n][];
            for (int i = 0; i < n; i++) {
                lower[i] = lower(tokens[i]);
                shape[i] = shape(tokens[i]);
                common[i] = isCommon(tokens[i], lower[i], lexicons);
                partOf[i] = lexicons.partOf(tokens[i]);
            }
            listTags = listTags(tokens, lexicons, null);
            memo = null;
            words = null;
        }

        /**
         * A sentence whose per-word parts were computed before (once per word type): {@code starts} holds, per
         * token, a bit for each name list ({@link NameLexicons#bySource} order) in which a name may start with it.
         */
        Sentence(String[] tokens, String[] lower, String[] shape, boolean[] common, String[][] partOf, int[] starts,
                int[][] memo, int[] words, NameLexicons lexicons) {
            this.tokens = tokens;
            this.lower = lower;
            this.shape = shape;
            this.common = common;
            this.partOf = partOf;
            this.memo = memo;
            this.words = words;
            this.listTags = listTags(tokens, lexicons, starts);
        }

        int size() {
            return tokens.length;
        }
    }

    /** A capitalised word that is usually written in lower case: a sentence start, or a name made of words. */
    static boolean isCommon(String word, String lower, NameLexicons lexicons) {
        return !lower.equals(word) && lexicons.isCommonWord(lower);
    }

    /**
     * The features that read one word of the sentence alone: a prefix and a value of that word (its lower-case
     * form, shape, bare preposition or article), whatever the token they describe. The compiled path looks each up
     * once per word type ({@link Sentence#memo}).
     */
    enum WordFeature {
        DL("dl="), DR("dr="), W_2("w-2="), W_1("w-1="), W1("w1="), W2("w2="), SH_1("sh-1="), SH1("sh1="),
        P_1("p-1="), P1("p1="), A_1("a-1="), BOS_SH("bos,sh="), SUF3_SH("suf3,sh=");

        final String prefix;

        WordFeature(String prefix) {
            this.prefix = prefix;
        }

        /** The value of word {@code j} this feature appends to its prefix, or null for no feature. */
        String value(Sentence s, int j) {
            String lw = s.lower[j];
            return switch (this) {
                case SH_1, SH1, BOS_SH -> s.shape[j];
                case SUF3_SH -> lw.length() > 3 ? lw.substring(lw.length() - 3) + "," + s.shape[j] : null;
                case P_1, P1 -> ItalianPrepositions.bare(lw);
                case A_1 -> articleOf(lw);
                default -> lw;
            };
        }
    }

    /**
     * The features that read two words of the sentence: a prefix, the first word's lower-case form, a comma and the
     * second word's lower-case form (or shape); a place before the sentence reads "&lt;s&gt;", one after it
     * "&lt;/s&gt;". The compiled path looks each up once per pair of word types.
     */
    enum PairFeature {
        W_1_W("w-1,w="), W_W1("w,w+1="), W_1_SH("w-1,sh="), W_1_W1("w-1,w+1="), W_2_W_1("w-2,w-1=");

        final String prefix;

        PairFeature(String prefix) {
            this.prefix = prefix;
        }

        /** The first word's part: word {@code j}'s lower-case form, or a sentence boundary. */
        static String first(Sentence s, int j) {
            return j < 0 ? "<s>" : j >= s.size() ? "</s>" : s.lower[j];
        }

        /** The second word's part. */
        String second(Sentence s, int k) {
            return this == W_1_SH ? s.shape[k] : first(s, k);
        }
    }

    /** The article a word is or contains ("nella" → "la"), "none" for a bare preposition, else "other". */
    static String articleOf(String lower) {
        String article = ItalianPrepositions.article(lower);
        return article != null ? article : ItalianPrepositions.bare(lower) != null ? "none" : "other";
    }

    private static final String[] PRE = {"", "", "pre2=", "pre3=", "pre4="};
    private static final String[] SUF = {"", "", "suf2=", "suf3=", "suf4="};
    private static final String[] WORD_AT = {"w-2=", "w-1=", "", "w1=", "w2="};
    private static final WordFeature[] WORD_OF = {WordFeature.W_2, WordFeature.W_1, null, WordFeature.W1,
        WordFeature.W2};
    private static final WordFeature[] SHAPE_OF = {null, WordFeature.SH_1, null, WordFeature.SH1, null};
    private static final WordFeature[] PREP_OF = {null, WordFeature.P_1, null, WordFeature.P1, null};

    /**
     * The features of the word alone, which come first: the word, its shapes, affixes and inner n-grams. Depend on
     * nothing but the token's text, so the compiled path computes them once per word.
     */
    static void wordFeatures(FeatureSink out, Sentence s, int index) {
        String w = s.tokens[index];
        String lw = s.lower[index];
        out.add("w=", lw);
        out.add("sh=", s.shape[index]);
        out.add("ls=", longShape(w));
        if (!lw.equals(w)) {
            out.add("wc=", w);
        }
        int n = lw.length();
        for (int k = 2; k <= 4 && k < n; k++) {
            out.start(PRE[k]).put(lw, 0, k).end();
            out.start(SUF[k]).put(lw, n - k, n).end();
        }
        if (n <= 20 && out.openGroup(FeatureSink.Group.NGRAMS)) {
            // inner character n-grams, as CRF taggers use: unseen names share pieces ("-ski", "berg", "shi")
            String marked = "<" + lw + ">";
            for (int k = 3; k <= 5; k++) {
                for (int a = 0; a + k <= marked.length(); a++) {
                    out.start("ng=").put(marked, a, a + k).end();
                }
            }
        }
        out.closeGroup();
    }

    /** The features of the words around the token, its place in the sentence and the lists it is part of. */
    void contextFeatures(FeatureSink out, Sentence s, int index) {
        String[] tokens = s.tokens;
        String w = tokens[index];
        String lw = s.lower[index];
        String shape = s.shape[index];
        int n = lw.length();
        // the words nearby, position-free ("disjunctive"): "ministro ... X" or "X ... ha dichiarato"
        if (out.openGroup(FeatureSink.Group.WINDOW)) {
            for (int d = 1; d <= 4; d++) {
                if (index - d >= 0) {
                    out.add(WordFeature.DL, s, index - d);
                }
                if (index + d < tokens.length) {
                    out.add(WordFeature.DR, s, index + d);
                }
            }
        }
        out.closeGroup();
        if (index == 0) {
            out.add("bos");
            out.add(WordFeature.BOS_SH, s, index);
        }
        if (index == tokens.length - 1) {
            out.add("eos");
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            if (j < 0 || j >= tokens.length) {
                out.add(WORD_AT[d + 2], j < 0 ? "<s>" : "</s>");
                continue;
            }
            out.add(WORD_OF[d + 2], s, j);
            if (Math.abs(d) == 1) {
                out.add(SHAPE_OF[d + 2], s, j);
                out.add(PREP_OF[d + 2], s, j); // none when the word is no preposition
                if (d == -1 && out.openGroup(FeatureSink.Group.ARTICLES)) {
                    out.add(WordFeature.A_1, s, j);
                    out.start("a-1,sh=").put(WordFeature.A_1.value(s, j)).put(',').put(shape).end();
                }
                out.closeGroup();
            }
        }
        out.add(PairFeature.W_1_W, s, index - 1, index);
        out.add(PairFeature.W_W1, s, index, index + 1);
        out.add(PairFeature.W_1_SH, s, index - 1, index);
        out.add(PairFeature.W_1_W1, s, index - 1, index + 1); // the frame around the word: "a _ ," "il _ di"
        out.add(PairFeature.W_2_W_1, s, index - 2, index - 1);
        out.add(WordFeature.SUF3_SH, s, index); // none for a word of three letters or fewer
        String prevShape = index > 0 ? s.shape[index - 1] : "<s>";
        String nextShape = index + 1 < tokens.length ? s.shape[index + 1] : "</s>";
        out.start("sh-1,sh,sh+1=").put(prevShape).put(',').put(shape).put(',').put(nextShape).end();
        if (clusters != null) {
            addClusterFeatures(out, tokens, index, shape);
        }
        if (s.common[index]) {
            // A capitalised word that is usually written in lower case: a sentence start, or a name made of words.
            out.add("common");
            out.add(index == 0 ? "common,bos" : "common,inside");
        }
        for (String list : s.partOf[index]) {
            out.add("part=", list);
        }
    }

    /** Document memory: the label the same word got earlier in the article ({@code before}, or null for none). */
    static void docFeatures(FeatureSink out, Sentence s, int index, String before) {
        if (before != null) {
            out.add("doc=", before);
            out.start("doc=").put(before).put(",sh=").put(s.shape[index]).end();
        }
    }

    /** The name lists covering the token and its neighbours. */
    static void listFeatures(FeatureSink out, Sentence s, int index) {
        String[] tags = s.listTags[index];
        String prev = index > 0 ? s.lower[index - 1] : "<s>";
        String shape = s.shape[index];
        if (tags != null) {
            for (String t : tags) {
                // with the previous label: a first name right after a place starts a new name ("Arcore Silvio")
                out.withPreviousLabel(t);
                out.add("g=", t);
                out.start("g=").put(t).put(",sh=").put(shape).end();
                out.start("g=").put(t).put(",w-1=").put(prev).end();
            }
        }
        if (index > 0 && s.listTags[index - 1] != null) {
            for (String t : s.listTags[index - 1]) {
                out.add("g-1=", t);
            }
        }
        if (index + 1 < s.size() && s.listTags[index + 1] != null) {
            for (String t : s.listTags[index + 1]) {
                out.add("g+1=", t);
            }
        }
    }

    /** The word's classes (every granularity, alone and with its shape) and its neighbours' middle-sized classes. */
    private void addClusterFeatures(FeatureSink out, String[] tokens, int index, String shape) {
        int[] c = clusters.classesOf(tokens[index]);
        if (c != null) {
            for (int g = 0; g < c.length; g++) {
                out.add("c" + g + "=" + c[g]);
                out.add("c" + g + ",sh=" + c[g] + "," + shape);
            }
        } else {
            out.add("c=none");
        }
        for (int d = -1; d <= 1; d += 2) {
            int j = index + d;
            if (j >= 0 && j < tokens.length) {
                int[] cj = clusters.classesOf(tokens[j]);
                out.add("c1" + (d < 0 ? "-1=" : "+1=") + (cj == null ? "none" : Integer.toString(cj[1])));
            }
        }
    }

    /** True when the features use word classes ({@link WordClusters}). */
    boolean usesClusters() {
        return clusters != null;
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

    /**
     * The list tags of each token: per list, its longest names left to right, not overlapping (as
     * {@link Gazetteer#find}). {@code starts} (or null) skips the tokens no name of a list starts with.
     */
    private static String[][] listTags(String[] tokens, NameLexicons lexicons, int[] starts) {
        String[][] tags = new String[tokens.length][];
        int bit = 1;
        for (Map.Entry<String, Gazetteer> e : lexicons.bySource().entrySet()) {
            Gazetteer g = e.getValue();
            int i = 0;
            while (i < tokens.length) {
                Gazetteer.Match m = starts != null && (starts[i] & bit) == 0 ? null : g.longestAt(tokens, i);
                if (m == null) {
                    i++;
                    continue;
                }
                for (int k = m.from(); k < m.to(); k++) {
                    String position = m.length() == 1 ? "U" : k == m.from() ? "B" : "I";
                    String tag = m.label() + "-" + e.getKey() + ":" + position;
                    String[] old = tags[k];
                    if (old == null) {
                        tags[k] = new String[] {tag};
                    } else {
                        String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = tag;
                        tags[k] = grown;
                    }
                }
                i = m.to();
            }
            bit <<= 1;
        }
        return tags;
    }

    /**
     * Per list ({@link NameLexicons#bySource} order), a bit when a name of that list may start with {@code token};
     * -1 (every list) when there are more lists than bits.
     */
    static int listStarts(String token, NameLexicons lexicons) {
        Map<String, Gazetteer> lists = lexicons.bySource();
        if (lists.size() > 31) {
            return -1;
        }
        int bits = 0;
        int bit = 1;
        for (Gazetteer g : lists.values()) {
            if (g.mayStart(token)) {
                bits |= bit;
            }
            bit <<= 1;
        }
        return bits;
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
