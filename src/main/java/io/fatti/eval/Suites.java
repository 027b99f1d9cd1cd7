package io.fatti.eval;

import java.util.List;

/** The scoreboard's suites, in the order they are printed. Register a new suite here. */
public final class Suites {

    private Suites() {
    }

    public static List<EvalSuite> all() {
        return List.of(
        );
    }
}
