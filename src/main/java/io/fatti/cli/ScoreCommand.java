package io.fatti.cli;

import io.fatti.Fatti;
import io.fatti.tools.eval.Scoreboard;
import io.fatti.tools.eval.Suites;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code score}: the scoreboard over the shared evaluation data, with optional floor checks. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score the extractor on the evaluation data in ../shared/eval and check the floors.")
public final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--eval", defaultValue = "../shared/eval", description = "evaluation data (default: ${DEFAULT-VALUE})")
    Path eval;

    @Option(names = "--floors", description = "floors file (suite<TAB>metric<TAB>floor); exit 1 when a figure is below")
    Path floors;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Fatti fatti = Fatti.italian();
        Map<String, Double> floorMap = Scoreboard.readFloors(floors);
        Scoreboard.Result r = new Scoreboard(Suites.all()).run(eval, fatti, floorMap, System.out);
        System.out.printf(java.util.Locale.ROOT, "scoreboard: %d figures, %d suites skipped, %d below floor, %.1f s%n",
                r.scores().size(), r.skipped().size(), r.belowFloor().size(), (System.nanoTime() - t0) / 1e9);
        for (String b : r.belowFloor()) {
            System.out.println("BELOW FLOOR: " + b);
        }
        return r.belowFloor().isEmpty() ? 0 : 1;
    }
}
