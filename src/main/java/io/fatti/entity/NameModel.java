package io.fatti.entity;

import io.fatti.lexicon.ModelDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained Italian name finder: a main model, optionally ensemble members that vote with it ({@link SpanVote}),
 * and optionally a {@link SpanRelabeller}. The models are shared; OpenNLP's {@link NameFinderME} keeps per-sentence
 * state, so each thread gets its own finders over the shared models.
 */
public final class NameModel {

    /** Classpath location of the default model. */
    public static final String RESOURCE = "models/entity/it-ner.bin";
    /** Classpath location of the default model's second stage, the {@link SpanRelabeller}. */
    public static final String RELABEL_RESOURCE = "models/entity/it-ner-relabel.bin";
    /** Classpath location of the default model's other ensemble members ({@link EnsembleMembers}). */
    public static final String MEMBERS_RESOURCE = "models/entity/it-ner-members.bin";

    private final TokenNameFinderModel model;
    private final SpanRelabeller relabeller;
    /** Per thread, one finder per ensemble member, the main model first. */
    private final ThreadLocal<NameFinderME[]> finders;
    private final int size;

    private NameModel(TokenNameFinderModel model, List<TokenNameFinderModel> members, SpanRelabeller relabeller) {
        this.model = model;
        this.relabeller = relabeller;
        List<TokenNameFinderModel> all = new ArrayList<>();
        all.add(model);
        all.addAll(members);
        this.size = all.size();
        this.finders = ThreadLocal.withInitial(() -> all.stream().map(NameFinderME::new).toArray(NameFinderME[]::new));
    }

    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model, List.of(), null);
    }

    /** What loads beside the main model: its relabeller (or null) and its ensemble members' weights. */
    private record Parts(SpanRelabeller relabeller, List<EnsembleMembers.Member> members) {
    }

    /**
     * Loads a model with its relabeller and ensemble members (those streams may be null). The relabeller and the
     * members' weights are read on another thread while the main model and its name lists load here; they then
     * share those lists. Keeps construction under a second with five members.
     */
    private static NameModel load(InputStream main, InputStream relabel, InputStream members) throws IOException {
        CompletableFuture<Parts> side = CompletableFuture.supplyAsync(() -> {
            try {
                return new Parts(relabel == null ? null : SpanRelabeller.read(relabel, null),
                        members == null ? List.of() : EnsembleMembers.readWeights(members));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        TokenNameFinderModel m = new TokenNameFinderModel(main);
        Parts parts;
        try {
            parts = side.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
        NameLexicons lexicons = m.getArtifact(NameLexicons.ARTIFACT);
        if (lexicons == null && (parts.relabeller() != null || !parts.members().isEmpty())) {
            throw new IOException("the relabeller and ensemble members need the main model's name lists");
        }
        return new NameModel(m, EnsembleMembers.bind(parts.members(), lexicons),
                parts.relabeller() == null ? null : parts.relabeller().withLexicons(lexicons));
    }

    /** The ensemble-members file that goes with a model file: {@code x.bin} → {@code x-members.bin}. */
    public static Path membersFile(Path modelFile) {
        return sibling(modelFile, "-members.bin");
    }

    /** The relabeller file that goes with a model file: {@code x.bin} → {@code x-relabel.bin}. */
    public static Path relabellerFile(Path modelFile) {
        return sibling(modelFile, "-relabel.bin");
    }

    private static Path sibling(Path modelFile, String suffix) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return modelFile.resolveSibling(stem + suffix);
    }

    /**
     * The default model from the classpath, with its relabeller and ensemble members when they are there.
     *
     * @throws ModelDataException naming the resource when the model is missing or cannot be read
     */
    public static NameModel fromClasspath() {
        return fromClasspath(NameModel.class.getClassLoader());
    }

    static NameModel fromClasspath(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ModelDataException(RESOURCE + ": not found on the classpath");
        }
        try (in; InputStream rin = loader.getResourceAsStream(RELABEL_RESOURCE);
                InputStream min = loader.getResourceAsStream(MEMBERS_RESOURCE)) {
            return load(in, rin, min);
        } catch (IOException | RuntimeException e) {
            throw new ModelDataException(RESOURCE + ": cannot load: " + e, e);
        }
    }

    /**
     * Loads a model file with the relabeller and members files beside it, when there.
     *
     * @throws IOException naming the file when it is missing or cannot be read as a model
     */
    public static NameModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); InputStream rin = open(relabellerFile(file));
                InputStream min = open(membersFile(file))) {
            return load(in, rin, min);
        } catch (java.nio.file.NoSuchFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": cannot load the name model: " + e, e);
        }
    }

    /** The file's stream, or null when there is no such file. */
    private static InputStream open(Path file) throws IOException {
        return Files.exists(file) ? Files.newInputStream(file) : null;
    }

    /** Names in one sentence on its own, as token spans typed ORG, PER or LOC. */
    public Span[] find(String[] tokens) {
        return findInDocument(List.<String[]>of(tokens)).get(0);
    }

    /**
     * Names in the sentences of one article, in order: what the model labelled in earlier sentences informs the
     * later ones. With ensemble members, each member reads the article and a name needs a majority of them
     * ({@link SpanVote}). Each name's label is then checked by the {@link SpanRelabeller} when the model has one.
     */
    public List<Span[]> findInDocument(List<String[]> sentences) {
        NameFinderME[] members = finders.get();
        List<List<Span[]>> byMember = new ArrayList<>(members.length);
        for (NameFinderME finder : members) {
            byMember.add(pass(finder, sentences));
        }
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Span[] found;
            if (members.length == 1) {
                found = byMember.get(0).get(s);
            } else {
                List<Span[]> votes = new ArrayList<>(members.length);
                for (List<Span[]> m : byMember) {
                    votes.add(m.get(s));
                }
                found = SpanVote.majority(votes);
            }
            if (relabeller != null) {
                for (int i = 0; i < found.length; i++) {
                    found[i] = relabeller.relabel(sentences.get(s), found[i]);
                }
            }
            out.add(found);
        }
        return out;
    }

    /** One finder over the article's sentences, its document memory cleared before and after. */
    private static List<Span[]> pass(NameFinderME finder, List<String[]> sentences) {
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

    /** How many name finders vote: 1 for a single model. */
    public int ensembleSize() {
        return size;
    }

    public TokenNameFinderModel model() {
        return model;
    }
}
