package io.fatti.tools.eval;

import io.fatti.Fatti;
import io.fatti.tools.ner.BioCorpus;
import io.fatti.tools.ner.NerScore;
import io.fatti.tools.ner.PipelineNerEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scoreboard block {@code kind/WN_dev-pipeline}: the whole extractor, not the name model alone, on KIND's Wikinews
 * dev set rebuilt as articles ({@link PipelineNerEvaluation}); entity-level exact match, every ENTITY mention
 * counted (a PRODUCT is an error against a corpus that labels none), plus the figure with PRODUCT mentions set aside.
 */
public final class KindPipelineSuite implements EvalSuite {

    @Override
    public String name() {
        return "kind/WN_dev-pipeline";
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.exists(evalDir.resolve(KindNerSuite.DEV));
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        PipelineNerEvaluation.Scores scores = PipelineNerEvaluation.evaluate(fatti,
                BioCorpus.read(evalDir.resolve(KindNerSuite.DEV)));
        NerScore all = scores.all();
        List<Score> out = new ArrayList<>();
        int[] t = all.total();
        out.add(new Score(name(), "precision", all.precision(), t[2] + "/" + t[1]));
        out.add(new Score(name(), "recall", all.recall(), t[2] + "/" + t[0]));
        out.add(new Score(name(), "f1", all.f1(), t[2] + "/" + t[1] + "/" + t[0]));
        int[] k = scores.corpusLabels().total();
        out.add(new Score(name(), "f1-without-PRODUCT", scores.corpusLabels().f1(), k[2] + "/" + k[1] + "/" + k[0]));
        for (Map.Entry<String, int[]> e : all.byLabel().entrySet()) {
            int[] c = e.getValue();
            out.add(new Score(name(), "f1-" + e.getKey(), NerScore.f1(c), c[2] + "/" + c[1] + "/" + c[0]));
        }
        return out;
    }
}
