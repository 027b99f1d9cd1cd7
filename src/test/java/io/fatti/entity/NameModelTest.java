package io.fatti.entity;

import io.fatti.tools.eval.KindNerSuite;
import io.fatti.tools.ner.BioCorpus;
import io.fatti.tools.ner.EvaluateNer;
import io.fatti.tools.ner.NameListSources;
import io.fatti.tools.ner.NerScore;
import io.fatti.tools.ner.ReproducibleModelFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained model on KIND (skipped when ../shared/eval is absent) and the reproducibility of training. */
class NameModelTest {

    private static final Path EVAL = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));

    /** The required level, 0.82 exact-match F1 on KIND dev, for the bundled ensemble with its relabeller. */
    @Tag("slow")
    @Test
    void bundledModelOnKindDev() throws Exception {
        Path dev = EVAL.resolve(KindNerSuite.DEV);
        assumeThat(Files.exists(dev)).as("KIND dev data present").isTrue();
        NameModel bundled = NameModel.fromClasspath();
        assertThat(bundled.ensembleSize()).isEqualTo(5);
        NerScore score = EvaluateNer.evaluate(bundled, BioCorpus.read(dev));
        System.out.print(score.report());
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.82);
    }

    @Tag("slow")
    @Test
    void ensembleMembersComeBackAsTrained(@TempDir Path dir) throws Exception {
        Path train = EVAL.resolve("kind/WN_train.tsv");
        assumeThat(Files.exists(train)).as("KIND training data present").isTrue();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(train).subList(0, 300);
        NameLexicons lexicons = listsFor(sentences);
        var main = model(sentences, lexicons, "BIO", "");
        var bilou = model(sentences, lexicons, "BILOU", "+articles");
        var plain = model(sentences, lexicons, "BIO", "-ngrams,-window");
        List<EnsembleMembers.Member> members = List.of(EnsembleMembers.Member.of(bilou, "BILOU", "+articles", 3),
                EnsembleMembers.Member.of(plain, "BIO", "-ngrams,-window", 3));
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        EnsembleMembers.write(members, once);
        EnsembleMembers.write(members, twice);
        assertThat(once.toByteArray()).isEqualTo(twice.toByteArray());

        List<TokenNameFinderModel> read = EnsembleMembers.read(new ByteArrayInputStream(once.toByteArray()),
                lexicons);
        List<BioCorpus.Sentence> probe = BioCorpus.read(train).subList(300, 400);
        for (BioCorpus.Sentence s : probe) {
            assertThat(new NameFinderME(read.get(0)).find(s.tokens()))
                    .containsExactly(new NameFinderME(bilou).find(s.tokens()));
            assertThat(new NameFinderME(read.get(1)).find(s.tokens()))
                    .containsExactly(new NameFinderME(plain).find(s.tokens()));
        }

        Path file = dir.resolve("tiny.bin");
        try (var os = Files.newOutputStream(file)) {
            ReproducibleModelFile.write(main, os);
        }
        Files.write(NameModel.membersFile(file), once.toByteArray());
        NameModel ensemble = NameModel.load(file);
        assertThat(ensemble.ensembleSize()).isEqualTo(3);
        List<opennlp.tools.util.Span[]> found = ensemble.findInDocument(
                probe.stream().map(BioCorpus.Sentence::tokens).toList());
        assertThat(found).hasSize(probe.size());
    }

    @Tag("slow")
    @Test
    void aFeatureVariantTravelsWithTheModel() throws Exception {
        Path train = EVAL.resolve("kind/WN_train.tsv");
        assumeThat(Files.exists(train)).as("KIND training data present").isTrue();
        List<BioCorpus.Sentence> sentences = BioCorpus.read(train).subList(0, 200);
        NameLexicons lexicons = listsFor(sentences);
        var trained = model(sentences, lexicons, "BIO", "+articles");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReproducibleModelFile.write(trained, out);
        var loaded = new TokenNameFinderModel(new ByteArrayInputStream(out.toByteArray()));
        assertThat(loaded.getManifestProperty(ItalianNameFinderFactory.VARIANT)).isEqualTo("+articles");
        for (BioCorpus.Sentence s : BioCorpus.read(train).subList(200, 260)) {
            assertThat(new NameFinderME(loaded).find(s.tokens()))
                    .containsExactly(new NameFinderME(trained).find(s.tokens()));
        }
    }

    @Test
    void unknownFeatureVariantIsRefused() throws Exception {
        NameLexicons lexicons = NameListSources.gather(null, List.of());
        assertThatThrownBy(() -> new ItalianNameFeatures(lexicons, null, "+bigrams"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+bigrams");
    }

    /** The name lists of a small training run: no ORG list, the common words of these sentences. */
    private static NameLexicons listsFor(List<BioCorpus.Sentence> sentences) throws Exception {
        return NameListSources.gather(null, sentences.stream().map(BioCorpus.Sentence::tokens).toList());
    }

    private static TokenNameFinderModel model(List<BioCorpus.Sentence> sentences, NameLexicons lexicons,
            String codec, String variant) throws Exception {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 5);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 3);
        List<NameSample> samples = sentences.stream().map(BioCorpus.Sentence::sample).toList();
        return NameFinderME.train("it", null, ObjectStreamUtils.createObjectStream(samples), params,
                new ItalianNameFinderFactory(lexicons, null, EnsembleMembers.codec(codec), variant));
    }

    @Tag("slow")
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
