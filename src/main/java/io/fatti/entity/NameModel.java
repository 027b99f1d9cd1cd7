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
 * and optionally a {@link SpanRelabeller}. Two ways to run the same model files: OpenNLP's {@link NameFinderME}
 * (the reference, and the training engine; {@link #load}) or the compiled path ({@link CompiledNameModel}, the
 * default at run time; {@link #loadCompiled}, {@link #fromClasspath}), which finds exactly the same names many times
 * faster. Both are thread-safe: the weights are shared and each thread gets its own finders or decoder.
 *
 * <p>The bundled model is trained on KIND (CC BY-NC 4.0: <b>not for commercial use</b>) and lives in its own
 * folder, {@value #DIRECTORY}, which a commercial user can leave out of the classpath (then use the curated-only
 * entity backend, or train a model on data of your own with {@code train-ner}).
 */
public final class NameModel {

    /** Classpath folder of the bundled KIND-trained model (CC BY-NC 4.0): leave it out for commercial use. */
    public static final String DIRECTORY = "models/entity-kind/";
    /** Classpath location of the default model (the OpenNLP reference form). */
    public static final String RESOURCE = DIRECTORY + "it-ner.bin";
    /** Classpath location of the default model's second stage, the {@link SpanRelabeller}. */
    public static final String RELABEL_RESOURCE = DIRECTORY + "it-ner-relabel.bin";
    /** Classpath location of the default model's other ensemble members ({@link EnsembleMembers}). */
    public static final String MEMBERS_RESOURCE = DIRECTORY + "it-ner-members.bin";
    /** Classpath location of the default model compiled for fast inference ({@link CompiledNameModel}). */
    public static final String COMPILED_RESOURCE = DIRECTORY + "it-ner-compiled.bin";

    private final TokenNameFinderModel model;
    private final SpanRelabeller relabeller;
    /** Reference path: per thread, one finder per ensemble member, the main model first; null when compiled. */
    private final ThreadLocal<NameFinderME[]> finders;
    /** Compiled path: the shared weights and each thread's decoder; null for the reference path. */
    private final CompiledNameModel compiled;
    private final ThreadLocal<CompiledDecoder> decoders;
    private final int size;
    private final int beam;

    private NameModel(TokenNameFinderModel model, List<TokenNameFinderModel> members, SpanRelabeller relabeller) {
        this.model = model;
        this.relabeller = relabeller;
        List<TokenNameFinderModel> all = new ArrayList<>();
        all.add(model);
        all.addAll(members);
        this.size = all.size();
        this.beam = 0;
        this.finders = ThreadLocal.withInitial(() -> all.stream().map(NameFinderME::new).toArray(NameFinderME[]::new));
        this.compiled = null;
        this.decoders = null;
    }

    /** The compiled model, with its first {@code members} members and the given beam (0: as trained). */
    private NameModel(CompiledNameModel compiled, SpanRelabeller relabeller, int members, int beam) {
        this(compiled, relabeller, members, beam, true);
    }

    private NameModel(CompiledNameModel compiled, SpanRelabeller relabeller, int members, int beam,
            boolean greedyShortcut) {
        this.model = null;
        this.relabeller = relabeller;
        this.finders = null;
        this.compiled = compiled;
        this.size = members;
        this.beam = beam;
        this.decoders = ThreadLocal.withInitial(() -> new CompiledDecoder(compiled, members, beam, greedyShortcut));
    }

    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model, List.of(), null);
    }

    /**
     * The faster option: the main model alone (no ensemble vote) with greedy decoding (beam 1), keeping the
     * relabeller. Needs the compiled model.
     *
     * @throws IllegalStateException for a model loaded on the OpenNLP reference path
     */
    public NameModel fast() {
        if (compiled == null) {
            throw new IllegalStateException("the fast option runs on the compiled model (NameModel.loadCompiled)");
        }
        NameModel f = fast;
        if (f == null) {
            synchronized (this) {
                f = fast;
                if (f == null) {
                    // the main member's own table: a fifth of the weights, so look-ups stay in the caches
                    f = new NameModel(compiled.firstMembers(1), relabeller, 1, 1);
                    fast = f;
                }
            }
        }
        return f;
    }

    /**
     * The faster option run through the beam search itself (a beam of one) over the whole table, without its
     * shortcuts: what {@link #fast} must find exactly.
     */
    NameModel fastOnTheBeam() {
        if (compiled == null) {
            throw new IllegalStateException("the fast option runs on the compiled model (NameModel.loadCompiled)");
        }
        return new NameModel(compiled, relabeller, 1, 1, false);
    }

    /** The faster option, made once ({@link #fast}). */
    private volatile NameModel fast;

    /** True when this model runs on the compiled path. */
    public boolean isCompiled() {
        return compiled != null;
    }

    /** What loads beside the main model: its relabeller (or null) and its ensemble members' weights. */
    private record Parts(SpanRelabeller relabeller, List<EnsembleMembers.Member> members) {
    }

    /**
     * Loads a model with its relabeller and ensemble members (those streams may be null) for the OpenNLP reference
     * path. The relabeller and the members' weights are read on another thread while the main model and its name
     * lists load here; they then share those lists.
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
        Parts parts = join(side);
        NameLexicons lexicons = m.getArtifact(NameLexicons.ARTIFACT);
        if (lexicons == null && (parts.relabeller() != null || !parts.members().isEmpty())) {
            throw new IOException("the relabeller and ensemble members need the main model's name lists");
        }
        return new NameModel(m, EnsembleMembers.bind(parts.members(), lexicons),
                parts.relabeller() == null ? null : parts.relabeller().withLexicons(lexicons));
    }

    private static <T> T join(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    /** Loads a compiled model and its relabeller (may be null), the relabeller on another thread. */
    private static NameModel loadCompiled(CompiledNameModelSource weights, InputStream relabel) throws IOException {
        CompletableFuture<SpanRelabeller> side = CompletableFuture.supplyAsync(() -> {
            try {
                return relabel == null ? null : SpanRelabeller.read(relabel, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompiledNameModel c = weights.get();
        SpanRelabeller r = join(side);
        return new NameModel(c, r == null ? null : r.withLexicons(c.lexicons), c.size(), 0);
    }

    private interface CompiledNameModelSource {
        CompiledNameModel get() throws IOException;
    }

    /**
     * Loads the compiled form of a model file ({@code x.bin} → {@code x-compiled.bin}, written by
     * {@link #compile}) with its relabeller, memory-mapping the weights.
     */
    public static NameModel loadCompiled(Path modelFile) throws IOException {
        Path file = compiledFile(modelFile);
        if (!Files.exists(file)) {
            throw new IOException(file + " not found: compile it from " + modelFile + " with "
                    + "io.fatti.tools.ner.CompileNameModel");
        }
        try (InputStream rin = open(relabellerFile(modelFile))) {
            return loadCompiled(() -> CompiledNameModel.map(file), rin);
        }
    }

    /**
     * Compiles a model file and its ensemble members for fast inference, writing {@link #compiledFile}.
     *
     * @throws IOException when the model has a feature or part the compiled path cannot run exactly
     */
    public static Path compile(Path modelFile) throws IOException {
        byte[] main = Files.readAllBytes(modelFile);
        Path membersFile = membersFile(modelFile);
        byte[] members = Files.exists(membersFile) ? Files.readAllBytes(membersFile) : new byte[0];
        TokenNameFinderModel m = new TokenNameFinderModel(new java.io.ByteArrayInputStream(main));
        List<EnsembleMembers.Member> extra = members.length == 0 ? List.of()
                : EnsembleMembers.readWeights(new java.io.ByteArrayInputStream(members));
        Path out = compiledFile(modelFile);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CompiledNameModel.compile(m, extra, CompiledNameModel.fingerprint(main, members), bytes);
        Files.write(out, bytes.toByteArray());
        return out;
    }

    /** True when the compiled file next to {@code modelFile} was compiled from the model files as they are now. */
    public static boolean compiledIsCurrent(Path modelFile) throws IOException {
        Path file = compiledFile(modelFile);
        if (!Files.exists(file)) {
            return false;
        }
        Path membersFile = membersFile(modelFile);
        byte[] members = Files.exists(membersFile) ? Files.readAllBytes(membersFile) : new byte[0];
        return CompiledNameModel.map(file).source
                == CompiledNameModel.fingerprint(Files.readAllBytes(modelFile), members);
    }

    /** The compiled file that goes with a model file: {@code x.bin} → {@code x-compiled.bin}. */
    public static Path compiledFile(Path modelFile) {
        return sibling(modelFile, "-compiled.bin");
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
     * The default model from the classpath, compiled ({@value #COMPILED_RESOURCE} with
     * {@value #RELABEL_RESOURCE}), or null when it is not there (the KIND-trained folder left out).
     *
     * @throws ModelDataException naming the resource when the model is there but cannot be read
     */
    public static NameModel fromClasspath() {
        return fromClasspath(NameModel.class.getClassLoader());
    }

    static NameModel fromClasspath(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(COMPILED_RESOURCE);
        if (in == null) {
            return null;
        }
        try (in; InputStream rin = loader.getResourceAsStream(RELABEL_RESOURCE)) {
            return loadCompiled(() -> CompiledNameModel.read(in), rin);
        } catch (IOException | RuntimeException e) {
            throw new ModelDataException(COMPILED_RESOURCE + ": cannot load: " + e.getMessage(), e);
        }
    }

    /**
     * The default model from the classpath, as {@link #fromClasspath}.
     *
     * @throws IllegalStateException naming the missing file and the curated-only alternative when the KIND-trained
     *     model folder ({@value #DIRECTORY}) is not on the classpath
     */
    public static NameModel bundled() {
        NameModel m = fromClasspath();
        if (m == null) {
            throw new IllegalStateException(missingMessage());
        }
        return m;
    }

    static String missingMessage() {
        return COMPILED_RESOURCE + " is not on the classpath: the default entity model (trained on KIND, "
                + "CC BY-NC 4.0, not for commercial use) has been left out. Use the curated-only extractor, "
                + "Fatti.italianCommercial() or EntityBackend.CURATED (--entities curated), or train a model on "
                + "your own data with train-ner (docs/entity-backends.md)";
    }

    /**
     * The default model from the classpath on the OpenNLP reference path.
     *
     * @throws ModelDataException naming the resource when the model is missing or cannot be read
     */
    public static NameModel referenceFromClasspath() {
        ClassLoader loader = NameModel.class.getClassLoader();
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
        List<List<Span[]>> byMember;
        if (compiled != null) {
            byMember = decoders.get().find(sentences);
        } else {
            NameFinderME[] members = finders.get();
            byMember = new ArrayList<>(members.length);
            for (NameFinderME finder : members) {
                byMember.add(pass(finder, sentences));
            }
        }
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Span[] found;
            if (byMember.size() == 1) {
                found = byMember.get(0).get(s);
            } else {
                List<Span[]> votes = new ArrayList<>(byMember.size());
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

    /** The OpenNLP model on the reference path; null on the compiled path. */
    public TokenNameFinderModel model() {
        return model;
    }
}
