package io.fatti.cli;

import io.fatti.tools.ner.TrainNer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code train-ner}: trains the OpenNLP name model on KIND (see {@link TrainNer} for the options). */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the name model (main model, ensemble members, relabeller, and its compiled form for "
                + "fast inference) on ../shared/eval/kind/WN_train.tsv, or on your own BIO-tagged data with --train, "
                + "and print its dev scores. The default output is models/entity-kind/it-ner.bin; a model trained "
                + "on KIND is CC BY-NC 4.0 (not for commercial use). Options: --train FILE --dev FILE "
                + "--org-list FILE|none --out FILE --iterations N --beam N --algorithm NAME --codec BIO|BILOU "
                + "--variant V --members 'CODEC:variant;...'|none --folds N")
public final class TrainNerCommand implements Callable<Integer> {

    /** Every argument, passed on in order to the trainer, which parses and checks them. */
    @Unmatched
    List<String> options = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        TrainNer.main(options.toArray(new String[0]));
        return 0;
    }
}
