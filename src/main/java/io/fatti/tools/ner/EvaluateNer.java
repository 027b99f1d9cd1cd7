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

/**
 * Prints entity-level exact-match P/R/F1 (conlleval style) per label and overall of the name model on a BIO corpus,
 * tokens as given.
 *
 * <pre>java -cp target/fatti-cli.jar io.fatti.tools.ner.EvaluateNer [--dev ../shared/eval/kind/WN_dev.tsv] [--model file]
 *     [--errors file] [--pipeline]</pre>
 * {@code --pipeline} also scores the whole extractor on the same sentences rebuilt as articles
 * ({@link PipelineNerEvaluation}), and then {@code --errors} lists the pipeline's errors.
 * {@code --errors} writes one line per missed ("-") or spurious ("+") name with its sentence, for error analysis.
 */
public final class EvaluateNer {

    private EvaluateNer() {
    }

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

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));
        Path dev = eval.resolve("kind/WN_dev.tsv");
        Path modelFile = null;
        Path errorFile = null;
        boolean pipeline = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--pipeline")) {
                pipeline = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + ": missing value");
            }
            switch (args[i]) {
                case "--dev" -> dev = Path.of(args[i + 1]);
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--errors" -> errorFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        requireFile("--dev", dev);
        if (modelFile != null) {
            requireFile("--model", modelFile);
        }
        long t0 = System.nanoTime();
        NameModel model = modelFile == null ? NameModel.fromClasspath() : NameModel.load(modelFile);
        if (model == null) {
            throw new IllegalStateException(NameModel.RESOURCE + " is not on the classpath");
        }
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
    }
}
