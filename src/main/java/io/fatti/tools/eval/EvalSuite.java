package io.fatti.tools.eval;

import io.fatti.Fatti;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One block of the scoreboard: runs the extractor over a third-party evaluation set under {@code ../shared/eval}
 * and reports figures. A suite whose data is absent returns no scores (the scoreboard says so).
 */
public interface EvalSuite {

    /** A short stable name, e.g. {@code recognizers/CurrencyModel}. */
    String name();

    /** True when this suite's data is present under {@code evalDir}. */
    boolean available(Path evalDir);

    /** Runs the suite. Called only when {@link #available(Path)} is true. */
    List<Score> run(Path evalDir, Fatti fatti) throws IOException;
}
