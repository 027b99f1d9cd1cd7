package io.fatti.tools.eval;

import io.fatti.entity.NameModel;
import io.fatti.tools.ner.BioCorpus;
import io.fatti.tools.ner.EvaluateNer;
import io.fatti.tools.ner.NerScore;
import io.fatti.Fatti;
import io.fatti.tools.eval.EvalSuite;
import io.fatti.tools.eval.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scoreboard block {@code kind/WN_dev}: the bundled name model on KIND's Wikinews dev set, tokens as given,
 * entity-level exact match (conlleval style), overall and per label.
 */
public final class KindNerSuite implements EvalSuite {

    public static final String DEV = "kind/WN_dev.tsv";

    @Override
    public String name() {
        return "kind/WN_dev";
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.exists(evalDir.resolve(DEV)) && NameModel.class.getClassLoader()
                .getResource(NameModel.RESOURCE) != null;
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        NameModel model = NameModel.fromClasspath();
        NerScore score = EvaluateNer.evaluate(model, BioCorpus.read(evalDir.resolve(DEV)));
        List<Score> out = new ArrayList<>();
        int[] t = score.total();
        String detail = t[2] + "/" + t[1] + "/" + t[0];
        out.add(new Score(name(), "precision", score.precision(), t[2] + "/" + t[1]));
        out.add(new Score(name(), "recall", score.recall(), t[2] + "/" + t[0]));
        out.add(new Score(name(), "f1", score.f1(), detail));
        for (Map.Entry<String, int[]> e : score.byLabel().entrySet()) {
            int[] c = e.getValue();
            out.add(new Score(name(), "f1-" + e.getKey(), NerScore.f1(c), c[2] + "/" + c[1] + "/" + c[0]));
        }
        return out;
    }
}
