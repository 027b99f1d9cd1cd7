package io.fatti.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained Italian name finder. The model is shared; OpenNLP's {@link NameFinderME} keeps per-sentence state, so
 * each thread gets its own finder over the shared model.
 */
public final class NameModel {

    /** Classpath location of the default model. */
    public static final String RESOURCE = "models/entity/it-ner.bin";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The default model from the classpath, or null when it is not there. */
    public static NameModel fromClasspath() {
        InputStream in = NameModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (in) {
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot load: " + e.getMessage(), e);
        }
    }

    public static NameModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameModel(new TokenNameFinderModel(in));
        }
    }

    /** Names in one sentence on its own, as token spans typed ORG, PER or LOC. */
    public Span[] find(String[] tokens) {
        return findInDocument(List.<String[]>of(tokens)).get(0);
    }

    /**
     * Names in the sentences of one article, in order: what the model labelled in earlier sentences informs the
     * later ones.
     */
    public List<Span[]> findInDocument(List<String[]> sentences) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Span[]> out = new ArrayList<>(sentences.size());
        try {
            for (String[] tokens : sentences) {
                out.add(finder.find(tokens));
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
    }

    public TokenNameFinderModel model() {
        return model;
    }
}
