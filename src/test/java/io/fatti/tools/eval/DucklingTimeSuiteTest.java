package io.fatti.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fatti.Fatti;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints the Duckling time figures and holds the floors reached (skipped when the shared data is absent). */
class DucklingTimeSuiteTest {

    @Test
    void reachesTheFloors() throws Exception {
        String dir = System.getProperty("fatti.eval.dir", "../shared/eval");
        Path evalDir = Path.of(dir);
        DucklingTimeSuite suite = new DucklingTimeSuite();
        assumeTrue(suite.available(evalDir), "no Duckling data at " + evalDir);
        boolean misses = Boolean.getBoolean("fatti.eval.misses");
        List<DucklingTimeSuite.Row> rows = suite.rows(evalDir, Fatti.italian(), r -> {
            if (misses && !r.correct()) {
                System.out.println("MISS\t" + r.text() + "\texpected " + r.expected() + "\tgot " + r.got());
            }
        });
        List<Score> scores = DucklingTimeSuite.score(rows);
        scores.forEach(s -> System.out.printf("%s %s %.3f (%s)%n", s.suite(), s.metric(), s.value(), s.detail()));
        // Floors reached (issue 3 targets: 0.85 overall, 0.95 day-or-coarser); raise them, never lower them.
        assertThat(scores.get(0).value()).as("accuracy").isGreaterThanOrEqualTo(0.955);
        assertThat(scores.get(1).value()).as("accuracy on day-or-coarser rows").isGreaterThanOrEqualTo(0.955);
    }
}
