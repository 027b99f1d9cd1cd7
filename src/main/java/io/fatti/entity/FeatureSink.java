package io.fatti.entity;

/**
 * Where {@link ItalianNameFeatures} writes a token's features, one feature at a time, piece by piece: the OpenNLP
 * reference path builds each feature as a string ({@link #start} … {@link #end}), the compiled path
 * ({@link CompiledNameModel}) hashes the same characters without building a string. One generator feeding both
 * keeps the two paths exactly the same.
 */
interface FeatureSink {

    /** The feature groups a model variant can add or drop ({@link ItalianNameFeatures#VARIANTS}). */
    enum Group {
        /** Inner character n-grams ({@code -ngrams} drops them). */
        NGRAMS,
        /** Position-free words nearby ({@code -window} drops them). */
        WINDOW,
        /** The article before the word ({@code +articles} adds them). */
        ARTICLES
    }

    /** Starts a feature with its first piece. */
    FeatureSink start(String piece);

    FeatureSink put(String piece);

    /** Appends {@code piece.substring(from, to)}. */
    FeatureSink put(String piece, int from, int to);

    FeatureSink put(char c);

    /** Ends the feature started last. */
    void end();

    /** A whole feature in one piece. */
    default void add(String feature) {
        start(feature).end();
    }

    /** A feature of two pieces. */
    default void add(String a, String b) {
        start(a).put(b).end();
    }

    /**
     * A feature of word {@code j} alone ({@code feature}'s prefix and its value of that word; none when the value is
     * null); the compiled path looks it up once per word type.
     */
    default void add(ItalianNameFeatures.WordFeature feature, ItalianNameFeatures.Sentence s, int j) {
        String value = feature.value(s, j);
        if (value != null) {
            start(feature.prefix).put(value).end();
        }
    }

    /** A feature of words {@code j} and {@code k} ({@link ItalianNameFeatures.PairFeature}). */
    default void add(ItalianNameFeatures.PairFeature feature, ItalianNameFeatures.Sentence s, int j, int k) {
        start(feature.prefix).put(ItalianNameFeatures.PairFeature.first(s, j)).put(',').put(feature.second(s, k))
                .end();
    }

    /** A name-list feature paired with the previous token's label: {@code "po,g=" + label + "," + tag}. */
    void withPreviousLabel(String tag);

    /** Opens a variant group; false when this sink leaves the group out. Closed by {@link #closeGroup()}. */
    boolean openGroup(Group group);

    void closeGroup();
}
