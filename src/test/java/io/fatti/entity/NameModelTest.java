package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** The trained model on KIND (skipped when ../shared/eval is absent) and the reproducibility of training. */
class NameModelTest {

    private static final Path EVAL = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));

    /**
     * A regression guard at the level the bundled model and its relabeller reached when trained (0.809, see the README):
     * it fails if a change to the features or lists makes the model worse. Not the target (0.82), which it does not reach.
     */
    @Test
    void bundledModelOnKindDev() throws Exception {
        Path dev = EVAL.resolve(KindNerSuite.DEV);
        assumeThat(Files.exists(dev)).as("KIND dev data present").isTrue();
        NerScore score = EvaluateNer.evaluate(NameModel.fromClasspath(), BioCorpus.read(dev));
        System.out.print(score.report());
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.808);
    }

    @Test
    void sameDataGivesTheSameModelFile() throws Exception {
        Path train = EVAL.resolve("kind/WN_train.tsv");
        assumeThat(Files.exists(train)).as("KIND training data present").isTrue();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(train).subList(0, 300);
        assertThat(train(sentences)).isEqualTo(train(sentences));
    }

    private static byte[] train(List<BioCorpus.Sentence> sentences) throws Exception {
        List<String[]> text = sentences.stream().map(BioCorpus.Sentence::tokens).toList();
        NameLexicons lexicons = NameListSources.gather(null, text);
        WordClusters clusters = WordClusters.learn(text); // the word classes must be deterministic too
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 5);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        List<NameSample> samples = sentences.stream().map(BioCorpus.Sentence::sample).toList();
        var model = NameFinderME.train("it", null, ObjectStreamUtils.createObjectStream(samples), params,
                new ItalianNameFinderFactory(lexicons, clusters, new BioCodec()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReproducibleModelFile.write(model, out);
        return out.toByteArray();
    }
}
