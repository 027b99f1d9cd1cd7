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

    /** Used by OpenNLP when it loads a model. */
    public ItalianNameFinderFactory() {
        super();
    }

    /** Used for training, with the lists the model will carry. */
    public ItalianNameFinderFactory(NameLexicons lexicons, SequenceCodec<String> codec) {
        super(null, new HashMap<>(), codec);
        this.trainingLexicons = lexicons;
        getResources().put(NameLexicons.ARTIFACT, lexicons);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new ItalianNameFeatures(lexicons());
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
        return map;
    }

    @Override
    public void validateArtifactMap() throws InvalidFormatException {
        if (artifactProvider != null && !(artifactProvider.getArtifact(NameLexicons.ARTIFACT) instanceof NameLexicons)) {
            throw new InvalidFormatException("model has no " + NameLexicons.ARTIFACT);
        }
    }
}
