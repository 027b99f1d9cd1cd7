package io.fatti.tools.eval;

import java.nio.file.Path;

/** The arguments of the corpus scorers run alone: {@code [--details] [corpusDir]} (default {@code corpus}). */
record CorpusToolArgs(boolean details, Path dir) {

    static CorpusToolArgs parse(String[] args) {
        boolean details = false;
        Path dir = Path.of("corpus");
        for (String a : args) {
            if (a.equals("--details")) {
                details = true;
            } else {
                dir = Path.of(a);
            }
        }
        return new CorpusToolArgs(details, dir);
    }

    /** True, after saying so, when the corpus folder lacks articles/ or gold/. */
    boolean missing(EvalSuite suite) {
        if (suite.available(dir)) {
            return false;
        }
        System.out.println("corpus: no articles/ and gold/ under " + dir.toAbsolutePath());
        return true;
    }
}
