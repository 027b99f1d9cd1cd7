package io.fatti.tools.eval;

import java.util.ArrayList;
import java.util.List;

/** The scoreboard's suites, in the order they are printed. Register a new suite with one {@code add} line. */
public final class Suites {

    private Suites() {
    }

    public static List<EvalSuite> all() {
        List<EvalSuite> suites = new ArrayList<>();
        suites.addAll(RecognizersValueSuite.all());
        suites.addAll(RecognizersUnitSuite.all());
        suites.add(new DucklingTimeSuite());
        suites.add(new CorpusScore());
        suites.add(CorpusScore.original());
        suites.add(new NewsContextSuite());
        suites.add(new FactScore());
        suites.add(new io.fatti.tools.eval.KindNerSuite());
        suites.add(new KindPipelineSuite());
        return suites;
    }
}
