package io.fatti.tools.ner;

import io.fatti.entity.DocumentConsistency;
import io.fatti.entity.EntityPrecedence;
import io.fatti.entity.NameModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import opennlp.tools.util.Span;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints entity-level exact-match P/R/F1 (conlleval style) per label and overall of the name model on a BIO corpus,
 * tokens as given.
 *
 * <pre>java -jar target/fatti-cli.jar evaluate-ner [--dev ../shared/eval/kind/WN_dev.tsv] [--model FILE] [--errors FILE]
 *     [--pipeline]</pre>
 * {@code --pipeline} also scores the whole extractor on the same sentences rebuilt as articles
 * ({@link PipelineNerEvaluation}), and then {@code --errors} lists the pipeline's errors.
 * {@code --errors} writes one line per missed ("-") or spurious ("+") name with its sentence, for error analysis.
 */
@Command(name = "evaluate-ner", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print P/R/F1 per label of the bundled name model on ../shared/eval/kind/WN_dev.tsv.")
public final class EvaluateNer implements Callable<Integer> {

    public static NerScore evaluate(NameModel model, List<BioCorpus.Sentence> sentences) {
        return evaluate(model, sentences, true);
    }

    /**
     * Scores the model over the corpus, article by article; with {@code consistency}, also the names that
     * {@link DocumentConsistency} spreads through each article, as the pipeline does.
     */
    public static NerScore evaluate(NameModel model, List<BioCorpus.Sentence> sentences, boolean consistency) {
        return evaluate(model, sentences, consistency, null);
    }

    /** As above; when {@code errors} is not null, also lists each sentence's missed and spurious names there. */
    static NerScore evaluate(NameModel model, List<BioCorpus.Sentence> sentences, boolean consistency,
            StringBuilder errors) {
        NerScore score = new NerScore();
        for (List<BioCorpus.Sentence> doc : documents(sentences)) {
            List<Span[]> found = model.findInDocument(doc.stream().map(BioCorpus.Sentence::tokens).toList());
            List<List<Span>> predicted = new ArrayList<>();
            for (Span[] f : found) {
                predicted.add(new ArrayList<>(Arrays.asList(f)));
            }
            if (consistency) {
                spread(doc, predicted);
            }
            for (int i = 0; i < doc.size(); i++) {
                score.add(doc.get(i).names(), predicted.get(i));
                if (errors != null) {
                    listErrors(doc.get(i), predicted.get(i), errors);
                }
            }
        }
        return score;
    }

    /** One line per wrong name: "-" gold name missed, "+" spurious prediction, each with its sentence. */
    static void listErrors(BioCorpus.Sentence s, List<Span> predicted, StringBuilder out) {
        List<Span> gold = s.names();
        String[] t = s.tokens();
        listMissing('-', gold, predicted, t, out);
        listMissing('+', predicted, gold, t, out);
    }

    /** The names of {@code names} that {@code other} lacks, each on a line marked {@code sign}. */
    private static void listMissing(char sign, List<Span> names, List<Span> other, String[] t, StringBuilder out) {
        for (Span n : names) {
            if (!other.contains(n)) {
                out.append(sign).append('\t').append(n.getType()).append('\t')
                        .append(String.join(" ", Arrays.copyOfRange(t, n.getStart(), n.getEnd()))).append('\t')
                        .append(String.join(" ", t)).append('\n');
            }
        }
    }

    /** Adds the names document consistency finds, over the article's tokens joined with a separator. */
    private static void spread(List<BioCorpus.Sentence> doc, List<List<Span>> predicted) {
        List<String> all = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // token index -> {sentence, position}
        List<EntityPrecedence.Candidate> chosen = new ArrayList<>();
        for (int s = 0; s < doc.size(); s++) {
            int offset = all.size();
            for (Span p : predicted.get(s)) {
                chosen.add(new EntityPrecedence.Candidate(offset + p.getStart(), offset + p.getEnd(),
                        io.fatti.mention.Entity.Label.valueOf(p.getType()), "entity.model"));
            }
            String[] tokens = doc.get(s).tokens();
            for (int i = 0; i < tokens.length; i++) {
                all.add(tokens[i]);
                where.add(new int[] {s, i});
            }
            all.add("\u0000");
            where.add(new int[] {s, tokens.length});
        }
        for (EntityPrecedence.Candidate c : DocumentConsistency.spread(all.toArray(new String[0]), chosen)) {
            int[] a = where.get(c.from());
            predicted.get(a[0]).add(new Span(a[1], a[1] + (c.to() - c.from()), c.label().name()));
        }
    }

    /** @throws IllegalArgumentException naming the option when its file does not exist */
    static void requireFile(String option, Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": no such file: " + file);
        }
    }

    /** Sentences grouped into articles (each starts at a sentence marked as a document start). */
    static List<List<BioCorpus.Sentence>> documents(List<BioCorpus.Sentence> sentences) {
        List<List<BioCorpus.Sentence>> docs = new ArrayList<>();
        for (BioCorpus.Sentence s : sentences) {
            if (docs.isEmpty() || s.documentStart()) {
                docs.add(new ArrayList<>());
            }
            docs.get(docs.size() - 1).add(s);
        }
        return docs;
    }

    @Option(names = "--dev", paramLabel = "FILE",
            defaultValue = "${sys:fatti.eval.dir:-../shared/eval}/kind/WN_dev.tsv",
            description = "BIO corpus to score, token<TAB>tag (default: ${DEFAULT-VALUE})")
    Path dev;

    @Option(names = "--model", paramLabel = "FILE",
            description = "name model file (default: the bundled models/entity-kind/it-ner.bin)")
    Path modelFile;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write the missed (-) and spurious (+) names there, one a line with its sentence")
    Path errorFile;

    @Option(names = "--decoder", paramLabel = "compiled|fast|reference", defaultValue = "compiled",
            description = "compiled: the runtime default; fast: the main model alone, greedy; reference: OpenNLP, "
                    + "same names as compiled, slower (default: ${DEFAULT-VALUE})")
    String decoder;

    @Option(names = "--pipeline",
            description = "also score the whole extractor on the sentences rebuilt as articles (then --errors lists "
                    + "the pipeline's errors)")
    boolean pipeline;

    /** {@code java -cp target/fatti-cli.jar io.fatti.tools.ner.EvaluateNer [options]}: as {@code fatti evaluate-ner}. */
    public static void main(String[] args) {
        System.exit(ToolMain.run(new EvaluateNer(), args));
    }

    /** Scores the model on the dev corpus and prints the report. */
    @Override
    public Integer call() throws IOException {
        requireFile("--dev", dev);
        if (modelFile != null) {
            requireFile("--model", modelFile);
        }
        long t0 = System.nanoTime();
        NameModel model = switch (decoder) {
            // compiled (the runtime default), fast (main model alone, greedy), reference (OpenNLP)
            case "compiled" -> modelFile == null ? NameModel.bundled() : NameModel.loadCompiled(modelFile);
            case "fast" -> (modelFile == null ? NameModel.bundled() : NameModel.loadCompiled(modelFile)).fast();
            case "reference" -> modelFile == null ? NameModel.referenceFromClasspath() : NameModel.load(modelFile);
            default -> throw new IllegalArgumentException("--decoder: compiled, fast or reference, not " + decoder);
        };
        if (model == null) {
            throw new IllegalStateException(NameModel.RESOURCE + " is not on the classpath");
        }
        System.out.printf(Locale.ROOT, "decoder: %s%n", decoder);
        long t1 = System.nanoTime();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(dev);
        NerScore plain = evaluate(model, sentences, false);
        StringBuilder errors = errorFile == null ? null : new StringBuilder();
        NerScore score = evaluate(model, sentences, true, pipeline ? null : errors);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "model alone (no document consistency): F1 %.4f%n", plain.f1());
        long tokens = sentences.stream().mapToLong(s -> s.tokens().length).sum();
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d tokens; model loaded in %.2f s; %.0f tokens/s%n",
                dev, sentences.size(), tokens, (t1 - t0) / 1e9, 2 * tokens / ((t2 - t1) / 1e9));
        System.out.print(score.report());
        if (pipeline) {
            PipelineNerEvaluation.Scores full = PipelineNerEvaluation.evaluate(io.fatti.Fatti.italian(), sentences,
                    errors);
            System.out.printf(Locale.ROOT, "%nfull pipeline (Fatti.extract on %d articles rebuilt as text):%n",
                    documents(sentences).size());
            System.out.print(full.all().report());
            System.out.printf(Locale.ROOT, "model alone F1 %.4f; pipeline F1 %.4f (every mention), %.4f (PRODUCT "
                    + "mentions set aside: the corpus labels no products)%n", score.f1(), full.all().f1(),
                    full.corpusLabels().f1());
        }
        if (errorFile != null) {
            java.nio.file.Files.writeString(errorFile, errors);
        }
        return 0;
    }
}
