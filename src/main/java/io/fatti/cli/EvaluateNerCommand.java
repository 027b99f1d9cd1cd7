package io.fatti.cli;

import io.fatti.tools.ner.EvaluateNer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code evaluate-ner}: entity-level P/R/F1 of the name model on KIND dev (see {@link EvaluateNer}). */
@Command(name = "evaluate-ner", mixinStandardHelpOptions = true,
        description = "Print P/R/F1 per label of the bundled name model on ../shared/eval/kind/WN_dev.tsv. "
                + "Options: --dev FILE --model FILE --errors FILE (missed and spurious names, one a line) "
                + "--pipeline (also the whole extractor on the sentences rebuilt as articles)")
public final class EvaluateNerCommand implements Callable<Integer> {

    /** Every argument, passed on in order to the evaluator, which parses and checks them. */
    @Unmatched
    List<String> options = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        EvaluateNer.main(options.toArray(new String[0]));
        return 0;
    }
}
