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

    private NameLexicons trainingLexicons;
    private WordClusters trainingClusters;

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
        super(null, new HashMap<>(), codec);
        this.trainingLexicons = lexicons;
        this.trainingClusters = clusters;
        getResources().put(NameLexicons.ARTIFACT, lexicons);
        if (clusters != null) {
            getResources().put(WordClusters.ARTIFACT, clusters);
        }
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ItalianNameFeatures(lexicons(), clusters());
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
