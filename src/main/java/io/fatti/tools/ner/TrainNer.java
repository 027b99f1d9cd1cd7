package io.fatti.tools.ner;

import io.fatti.entity.EnsembleMembers;
import io.fatti.entity.ItalianNameFeatures;
import io.fatti.entity.ItalianNameFinderFactory;
import io.fatti.entity.NameLexicons;
import io.fatti.entity.NameModel;
import io.fatti.entity.SpanRelabeller;
import io.fatti.entity.WordClusters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the Italian name finder (ORG, PER, LOC) from a BIO corpus and prints its score on a dev corpus.
 *
 * <pre>
 * java -jar target/fatti-cli.jar train-ner \
 *     --train ../shared/eval/kind/WN_train.tsv --dev ../shared/eval/kind/WN_dev.tsv \
 *     --org-list ../shared/eval/kind/gazetteers/it-ORG-wikipedia.txt --out models/entity-kind/it-ner.bin
 * </pre>
 * ({@code train-ner --help} lists every option with its default.)
 * Optional word classes ({@link WordClusters}) from unlabelled text: {@code --unlabelled train,FILE,...} ("train" =
 * the training tokens; a .tsv file's tokens or a .jsonl file's {@code sentences_tokenized}, labels ignored); off by
 * default.
 * Also writes, next to the model, the ensemble members ({@link EnsembleMembers}, {@code it-ner-members.bin};
 * {@code --members} lists them as {@code CODEC:variant;...}, or {@code none}) and the second stage,
 * {@link SpanRelabeller} ({@code it-ner-relabel.bin}; {@code --folds 0} skips it).
 * Deterministic: one training thread, fixed sample order, fixed seed, so the same data gives the same model.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train the name model (main model, ensemble members, relabeller) on "
                + "../shared/eval/kind/WN_train.tsv and print its WN_dev scores.")
public final class TrainNer implements Callable<Integer> {

    /**
     * The ensemble members trained besides the main model, {@code CODEC:variant} separated by ";": they differ from
     * it and from each other in how they tag (BIO, BILOU) and in one feature group ({@link ItalianNameFeatures}).
     */
    static final String DEFAULT_MEMBERS = "BILOU:;BIO:+articles;BIO:-ngrams;BILOU:+articles,-window";

    /**
     * Tokenised sentences of unlabelled text: the tokens of a BIO file (labels ignored), or the
     * {@code sentences_tokenized} of a JSON-lines article file (MEANTIME's layout).
     */
    static List<String[]> unlabelledSentences(Path file) throws IOException {
        if (!file.toString().endsWith(".jsonl")) {
            return BioCorpus.read(file).stream().map(BioCorpus.Sentence::tokens).toList();
        }
        List<String[]> out = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            for (com.fasterxml.jackson.databind.JsonNode s : json.readTree(line).path("sentences_tokenized")) {
                String[] tokens = s.asText().strip().split(" +");
                if (tokens.length > 0 && !tokens[0].isEmpty()) {
                    out.add(tokens);
                }
            }
        }
        return out;
    }

    @Option(names = "--train", paramLabel = "FILE",
            defaultValue = "${sys:fatti.eval.dir:-../shared/eval}/kind/WN_train.tsv",
            description = "BIO training corpus, token<TAB>tag (default: ${DEFAULT-VALUE})")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE",
            defaultValue = "${sys:fatti.eval.dir:-../shared/eval}/kind/WN_dev.tsv",
            description = "BIO dev corpus scored after training; skipped when absent (default: ${DEFAULT-VALUE})")
    Path dev;

    @Option(names = "--org-list", paramLabel = "FILE|none",
            defaultValue = "${sys:fatti.eval.dir:-../shared/eval}/kind/gazetteers/it-ORG-wikipedia.txt",
            description = "ORG<TAB>name list feeding the list features, or none (default: ${DEFAULT-VALUE})")
    String orgList;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/entity-kind/it-ner.bin",
            description = "model file; the members and the relabeller are written next to it "
                    + "(default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "PERCEPTRON",
            description = "OpenNLP training algorithm (default: ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "training iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "0",
            description = "feature count cutoff (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--codec", paramLabel = "BIO|BILOU", defaultValue = "BIO",
            description = "tag codec of the main model (default: ${DEFAULT-VALUE})")
    String codec;

    // decoding only: the perceptron learns the same weights; 3 scores as 10 on dev, faster
    @Option(names = "--beam", paramLabel = "N", defaultValue = "3",
            description = "beam size when decoding (default: ${DEFAULT-VALUE})")
    int beam;

    // none by default: word classes learned from the text at hand did not help on dev (models/README.md)
    @Option(names = "--unlabelled", paramLabel = "SOURCES", defaultValue = "none",
            description = "word classes from unlabelled text: train (the training tokens), .tsv or .jsonl files, "
                    + "comma-separated, or none (default: ${DEFAULT-VALUE})")
    String unlabelled;

    @Option(names = "--members", paramLabel = "CODEC:variant;...|none", defaultValue = DEFAULT_MEMBERS,
            description = "ensemble members trained besides the main model (default: ${DEFAULT-VALUE})")
    String members;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "2",
            description = "folds for the relabeller's training data; below 2 skips the relabeller "
                    + "(default: ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--variant", paramLabel = "V", defaultValue = "",
            description = "feature variant of the main model, e.g. +articles,-window (default: none)")
    String variant;

    /** {@code java -cp target/fatti-cli.jar io.fatti.tools.ner.TrainNer [options]}: as {@code fatti train-ner}. */
    public static void main(String[] args) {
        System.exit(ToolMain.run(new TrainNer(), args));
    }

    /** Trains and writes the models, then prints the dev scores. */
    @Override
    public Integer call() throws IOException {
        Path orgList = this.orgList.equals("none") ? null : Path.of(this.orgList);
        // check the codecs and feature variants before hours of training, not after
        MemberSpec mainSpec = MemberSpec.checked(codec, variant);
        List<MemberSpec> memberSpecs = MemberSpec.parse(members);
        EvaluateNer.requireFile("--train", train);
        if (orgList != null) {
            EvaluateNer.requireFile("--org-list", orgList);
        }
        long t0 = System.nanoTime();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(train);
        NameLexicons lexicons = NameListSources.gather(orgList,
                sentences.stream().map(BioCorpus.Sentence::tokens).toList());
        System.out.printf(Locale.ROOT, "train: %d sentences; name lists: %d names%n",
                sentences.size(), lexicons.entries().size());
        WordClusters clusters = null;
        if (!unlabelled.equals("none")) {
            long tc = System.nanoTime();
            List<String[]> text = new ArrayList<>();
            for (String source : unlabelled.split(",")) {
                text.addAll(source.equals("train") ? sentences.stream().map(BioCorpus.Sentence::tokens).toList()
                        : unlabelledSentences(Path.of(source)));
            }
            clusters = WordClusters.learn(text);
            System.out.printf(Locale.ROOT, "word classes: %d words from %d sentences in %.1f s%n",
                    clusters.size(), text.size(), (System.nanoTime() - tc) / 1e9);
        }
        TrainingParameters params = params(algorithm, iterations, cutoff, beam);
        TokenNameFinderModel model = train(sentences, params, lexicons, clusters, mainSpec);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            ReproducibleModelFile.write(model, os);
        }
        System.out.printf(Locale.ROOT, "trained %s %s%s beam %d (%d iterations, cutoff %d) in %.1f s -> %s (%d bytes)%n",
                algorithm, codec, variant.isBlank() ? "" : " " + variant.strip(), beam, iterations, cutoff,
                (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        Path membersFile = NameModel.membersFile(out);
        if (memberSpecs.isEmpty()) {
            Files.deleteIfExists(membersFile);
        } else {
            List<EnsembleMembers.Member> trained = new ArrayList<>();
            for (MemberSpec spec : memberSpecs) {
                long tm = System.nanoTime();
                trained.add(EnsembleMembers.Member.of(train(sentences, params, lexicons, clusters, spec),
                        spec.codec(), spec.variant(), beam));
                System.out.printf(Locale.ROOT, "member %s in %.1f s%n", spec, (System.nanoTime() - tm) / 1e9);
            }
            try (OutputStream os = Files.newOutputStream(membersFile)) {
                EnsembleMembers.write(trained, os);
            }
            System.out.printf(Locale.ROOT, "%d members -> %s (%d bytes)%n", trained.size(), membersFile,
                    Files.size(membersFile));
        }
        Path relabelFile = NameModel.relabellerFile(out);
        if (folds < 2) {
            Files.deleteIfExists(relabelFile);
        } else {
            // The relabeller learns from the main model's kind of output on text it never saw: each fold of the
            // articles is labelled by a model trained on the other folds.
            long tr = System.nanoTime();
            List<List<BioCorpus.Sentence>> docs = EvaluateNer.documents(sentences);
            List<SpanRelabeller.Example> examples = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                List<BioCorpus.Sentence> learn = new ArrayList<>();
                for (int d = 0; d < docs.size(); d++) {
                    if (d % folds != f) {
                        learn.addAll(docs.get(d));
                    }
                }
                NameModel part = NameModel.of(train(learn, params, lexicons, clusters, mainSpec));
                for (int d = f; d < docs.size(); d += folds) {
                    List<BioCorpus.Sentence> doc = docs.get(d);
                    examples.addAll(relabelExamples(doc,
                            part.findInDocument(doc.stream().map(BioCorpus.Sentence::tokens).toList())));
                }
            }
            SpanRelabeller relabeller = SpanRelabeller.train(examples, lexicons, 0.0, 200);
            try (OutputStream os = Files.newOutputStream(relabelFile)) {
                relabeller.write(os);
            }
            System.out.printf(Locale.ROOT, "relabeller from %d names (%d folds) in %.1f s -> %s (%d bytes)%n",
                    examples.size(), folds, (System.nanoTime() - tr) / 1e9, relabelFile, Files.size(relabelFile));
        }
        compile(out, clusters != null);
        if (dev != null && Files.exists(dev)) {
            NameModel loaded = NameModel.load(out);
            System.out.print(EvaluateNer.evaluate(loaded, BioCorpus.read(dev)).report());
        }
        return 0;
    }

    /**
     * Writes the compiled form the runtime loads ({@link CompileNameModel}); a model with word classes runs on the
     * OpenNLP path only, so it gets none (and a stale compiled file is removed).
     */
    private static void compile(Path out, boolean clusters) throws IOException {
        if (clusters) {
            Files.deleteIfExists(NameModel.compiledFile(out));
            System.out.println("not compiled: the compiled path does not compute word-class features; load this "
                    + "model with NameModel.load (OpenNLP reference path)");
            return;
        }
        long t = System.nanoTime();
        Path compiled = NameModel.compile(out);
        System.out.printf(Locale.ROOT, "compiled for fast inference in %.1f s -> %s (%d bytes)%n",
                (System.nanoTime() - t) / 1e9, compiled, Files.size(compiled));
    }

    /** How one model of the ensemble tags and which feature variant it uses; written {@code CODEC:variant}. */
    record MemberSpec(String codec, String variant) {

        /** @throws IllegalArgumentException for an unknown codec or feature variant */
        static MemberSpec checked(String codec, String variant) {
            EnsembleMembers.codec(codec);
            ItalianNameFeatures.variantGroups(variant);
            return new MemberSpec(codec, variant);
        }

        /** The members of {@code --members}: "CODEC:variant" separated by ";", or "none" for no members. */
        static List<MemberSpec> parse(String members) {
            List<MemberSpec> out = new ArrayList<>();
            if (!members.equals("none")) {
                for (String spec : members.split(";")) {
                    String[] cv = spec.split(":", 2);
                    out.add(checked(cv[0], cv.length > 1 ? cv[1] : ""));
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return codec + ":" + variant;
        }
    }

    private static TokenNameFinderModel train(List<BioCorpus.Sentence> sentences, TrainingParameters params,
            NameLexicons lexicons, WordClusters clusters, MemberSpec spec) throws IOException {
        return NameFinderME.train("it", null,
                ObjectStreamUtils.createObjectStream(sentences.stream().map(BioCorpus.Sentence::sample).toList()),
                params, new ItalianNameFinderFactory(lexicons, clusters, EnsembleMembers.codec(spec.codec()),
                        spec.variant()));
    }

    /** The gold names of an article, each with the label the first pass gave the same span ("none" if missed). */
    static List<SpanRelabeller.Example> relabelExamples(List<BioCorpus.Sentence> doc,
            List<opennlp.tools.util.Span[]> found) {
        List<SpanRelabeller.Example> out = new ArrayList<>();
        for (int k = 0; k < doc.size(); k++) {
            java.util.Map<String, String> predicted = new java.util.HashMap<>();
            for (opennlp.tools.util.Span f : found.get(k)) {
                predicted.put(f.getStart() + ":" + f.getEnd(), f.getType());
            }
            for (opennlp.tools.util.Span g : doc.get(k).names()) {
                out.add(new SpanRelabeller.Example(doc.get(k).tokens(), g,
                        predicted.getOrDefault(g.getStart() + ":" + g.getEnd(), "none")));
            }
        }
        return out;
    }

    private static TrainingParameters params(String algorithm, int iterations, int cutoff, int beam) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
        return params;
    }
}
