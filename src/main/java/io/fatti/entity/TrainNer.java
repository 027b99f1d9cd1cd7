package io.fatti.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Italian name finder (ORG, PER, LOC) from a BIO corpus and prints its score on a dev corpus.
 *
 * <pre>
 * java -cp target/fatti-cli.jar io.fatti.entity.TrainNer \
 *     --train ../shared/eval/kind/WN_train.tsv --dev ../shared/eval/kind/WN_dev.tsv \
 *     --org-list ../shared/eval/kind/gazetteers/it-ORG-wikipedia.txt --out models/entity/it-ner.bin
 * </pre>
 * Optional word classes ({@link WordClusters}) from unlabelled text: {@code --unlabelled train,FILE,...} ("train" =
 * the training tokens; a .tsv file's tokens or a .jsonl file's {@code sentences_tokenized}, labels ignored); off by
 * default.
 * Also writes the second stage, {@link SpanRelabeller}, next to the model ({@code it-ner-relabel.bin}).
 * Deterministic: one training thread, fixed sample order, fixed seed, so the same data gives the same model.
 */
public final class TrainNer {

    private TrainNer() {
    }

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

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));
        Path train = eval.resolve("kind/WN_train.tsv");
        Path dev = eval.resolve("kind/WN_dev.tsv");
        Path orgList = eval.resolve("kind/gazetteers/it-ORG-wikipedia.txt");
        Path out = Path.of("models/entity/it-ner.bin");
        String algorithm = "PERCEPTRON";
        int iterations = 100;
        int cutoff = 0;
        String codec = "BIO";
        int beam = 10;
        String unlabelled = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--train" -> train = Path.of(args[i + 1]);
                case "--dev" -> dev = Path.of(args[i + 1]);
                case "--org-list" -> orgList = args[i + 1].equals("none") ? null : Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--algorithm" -> algorithm = args[i + 1];
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[i + 1]);
                case "--codec" -> codec = args[i + 1];
                case "--beam" -> beam = Integer.parseInt(args[i + 1]);
                case "--unlabelled" -> unlabelled = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (unlabelled == null) {
            // No word classes by default: learned from the text at hand they did not help on dev (README).
            unlabelled = "none";
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
        ObjectStream<NameSample> samples = ObjectStreamUtils.createObjectStream(
                sentences.stream().map(BioCorpus.Sentence::sample).toList());
        ItalianNameFinderFactory factory = new ItalianNameFinderFactory(lexicons, clusters,
                codec.equals("BILOU") ? new BilouCodec() : new BioCodec());
        TokenNameFinderModel model = NameFinderME.train("it", null, samples, params, factory);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            ReproducibleModelFile.write(model, os);
        }
        System.out.printf(Locale.ROOT, "trained %s %s beam %d (%d iterations, cutoff %d) in %.1f s -> %s (%d bytes)%n",
                algorithm, codec, beam, iterations, cutoff, (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        // Second stage: two-fold, each half labelled by a model trained on the other half.
        long tr = System.nanoTime();
        List<List<BioCorpus.Sentence>> docs = EvaluateNer.documents(sentences);
        List<BioCorpus.Sentence> even = new ArrayList<>();
        List<BioCorpus.Sentence> odd = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (i % 2 == 0 ? even : odd).addAll(docs.get(i));
        }
        List<SpanRelabeller.Example> examples = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            List<BioCorpus.Sentence> learn = f == 0 ? odd : even;
            List<BioCorpus.Sentence> label = f == 0 ? even : odd;
            NameModel half = NameModel.of(NameFinderME.train("it", null,
                    ObjectStreamUtils.createObjectStream(learn.stream().map(BioCorpus.Sentence::sample).toList()),
                    params(algorithm, iterations, cutoff, beam), new ItalianNameFinderFactory(lexicons, clusters,
                    codec.equals("BILOU") ? new BilouCodec() : new BioCodec())));
            examples.addAll(relabelExamples(half, label));
        }
        SpanRelabeller relabeller = SpanRelabeller.train(examples, lexicons, 0.0, 200);
        Path second = NameModel.relabellerFile(out);
        try (OutputStream os = Files.newOutputStream(second)) {
            relabeller.write(os);
        }
        System.out.printf(Locale.ROOT, "relabeller from %d names in %.1f s -> %s (%d bytes)%n",
                examples.size(), (System.nanoTime() - tr) / 1e9, second, Files.size(second));
        if (dev != null && Files.exists(dev)) {
            NameModel loaded = NameModel.load(out);
            System.out.print(EvaluateNer.evaluate(loaded, BioCorpus.read(dev)).report());
        }
    }

    /** The gold names of {@code part}, each with the label {@code ner} gave the same span ("none" if it missed it). */
    static List<SpanRelabeller.Example> relabelExamples(NameModel ner, List<BioCorpus.Sentence> part) {
        List<SpanRelabeller.Example> out = new ArrayList<>();
        for (List<BioCorpus.Sentence> doc : EvaluateNer.documents(part)) {
            List<opennlp.tools.util.Span[]> found = ner.findInDocument(
                    doc.stream().map(BioCorpus.Sentence::tokens).toList());
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
