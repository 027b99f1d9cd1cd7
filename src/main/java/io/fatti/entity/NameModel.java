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
    /** Classpath location of the default model's second stage, the {@link SpanRelabeller}. */
    public static final String RELABEL_RESOURCE = "models/entity/it-ner-relabel.bin";

    private final TokenNameFinderModel model;
    private final SpanRelabeller relabeller;
    private final ThreadLocal<NameFinderME> finders;

    private NameModel(TokenNameFinderModel model, SpanRelabeller relabeller) {
        this.model = model;
        this.relabeller = relabeller;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model, null);
    }

    private static SpanRelabeller relabeller(TokenNameFinderModel model, InputStream in) throws IOException {
        NameLexicons lexicons = model.getArtifact(NameLexicons.ARTIFACT);
        return in == null || lexicons == null ? null : SpanRelabeller.read(in, lexicons);
    }

    /** The relabeller file that goes with a model file: {@code x.bin} → {@code x-relabel.bin}. */
    public static Path relabellerFile(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return modelFile.resolveSibling(stem + "-relabel.bin");
    }

    /** The default model from the classpath, or null when it is not there. */
    public static NameModel fromClasspath() {
        InputStream in = NameModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (in; InputStream rin = NameModel.class.getClassLoader().getResourceAsStream(RELABEL_RESOURCE)) {
            TokenNameFinderModel m = new TokenNameFinderModel(in);
            return new NameModel(m, relabeller(m, rin));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot load: " + e.getMessage(), e);
        }
    }

    public static NameModel load(Path file) throws IOException {
        TokenNameFinderModel m;
        try (InputStream in = Files.newInputStream(file)) {
            m = new TokenNameFinderModel(in);
        }
        Path second = relabellerFile(file);
        if (!Files.exists(second)) {
            return new NameModel(m, null);
        }
        try (InputStream in = Files.newInputStream(second)) {
            return new NameModel(m, relabeller(m, in));
        }
    }

    /** Names in one sentence on its own, as token spans typed ORG, PER or LOC. */
    public Span[] find(String[] tokens) {
        return findInDocument(List.<String[]>of(tokens)).get(0);
    }

    /**
     * Names in the sentences of one article, in order: what the model labelled in earlier sentences informs the
     * later ones. Each name's label is then checked by the {@link SpanRelabeller} when the model has one.
     */
    public List<Span[]> findInDocument(List<String[]> sentences) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Span[]> out = new ArrayList<>(sentences.size());
        try {
            for (String[] tokens : sentences) {
                Span[] found = finder.find(tokens);
                if (relabeller != null) {
                    for (int i = 0; i < found.length; i++) {
                        found[i] = relabeller.relabel(tokens, found[i]);
                    }
                }
                out.add(found);
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
