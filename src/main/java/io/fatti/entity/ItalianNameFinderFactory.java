package io.fatti.entity;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Plugs {@link ItalianNameFeatures} into OpenNLP's name finder. The model file records this class as its factory,
 * so loading the model rebuilds the same features; the name lists travel inside the model as {@link NameLexicons}.
 */
public class ItalianNameFinderFactory extends TokenNameFinderFactory {

    /** Manifest key of the feature variant ({@link ItalianNameFeatures}); absent means the default features. */
    static final String VARIANT = "fatti-feature-variant";

    private NameLexicons trainingLexicons;
    private WordClusters trainingClusters;
    private String trainingVariant = "";

    /** Used by OpenNLP when it loads a model. */
    public ItalianNameFinderFactory() {
        super();
    }

    /** Used for training, with the lists the model will carry. */
    public ItalianNameFinderFactory(NameLexicons lexicons, SequenceCodec<String> codec) {
        this(lexicons, null, codec);
    }

    /** Used for training, with the lists and the word classes (or null) the model will carry. */
    public ItalianNameFinderFactory(NameLexicons lexicons, WordClusters clusters, SequenceCodec<String> codec) {
        this(lexicons, clusters, codec, "");
    }

    /** Used for training an ensemble member with a feature variant ({@link ItalianNameFeatures}). */
    public ItalianNameFinderFactory(NameLexicons lexicons, WordClusters clusters, SequenceCodec<String> codec,
            String variant) {
        super(null, new HashMap<>(), codec);
        this.trainingVariant = variant;
        this.trainingLexicons = lexicons;
        this.trainingClusters = clusters;
        getResources().put(NameLexicons.ARTIFACT, lexicons);
        if (clusters != null) {
            getResources().put(WordClusters.ARTIFACT, clusters);
        }
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ItalianNameFeatures(lexicons(), clusters(), variant());
    }

    private String variant() {
        if (artifactProvider != null) {
            String fromModel = artifactProvider.getManifestProperty(VARIANT);
            return fromModel == null ? "" : fromModel;
        }
        return trainingVariant;
    }

    @Override
    public Map<String, String> createManifestEntries() {
        Map<String, String> entries = new HashMap<>(super.createManifestEntries());
        if (!trainingVariant.isEmpty()) {
            entries.put(VARIANT, trainingVariant);
        }
        return entries;
    }

    /** The word classes the model carries; null for a model trained without them. */
    private WordClusters clusters() {
        if (artifactProvider != null) {
            Object fromModel = artifactProvider.getArtifact(WordClusters.ARTIFACT);
            if (fromModel instanceof WordClusters c) {
                return c;
            }
        }
        return trainingClusters;
    }

    private NameLexicons lexicons() {
        if (artifactProvider != null) {
            NameLexicons fromModel = artifactProvider.getArtifact(NameLexicons.ARTIFACT);
            if (fromModel != null) {
                return fromModel;
            }
        }
        return trainingLexicons;
    }

    @Override
    public Map<String, ArtifactSerializer<?>> createArtifactSerializersMap() {
        Map<String, ArtifactSerializer<?>> map = super.createArtifactSerializersMap();
        map.put(NameLexicons.EXTENSION, new NameLexicons.Serializer());
        map.put(WordClusters.EXTENSION, new WordClusters.Serializer());
        return map;
    }

    @Override
    public void validateArtifactMap() throws InvalidFormatException {
        if (artifactProvider != null && !(artifactProvider.getArtifact(NameLexicons.ARTIFACT) instanceof NameLexicons)) {
            throw new InvalidFormatException("model has no " + NameLexicons.ARTIFACT);
        }
    }
}
