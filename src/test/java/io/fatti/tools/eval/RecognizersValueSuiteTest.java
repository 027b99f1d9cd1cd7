package io.fatti.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fatti.Fatti;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the Recognizers-Text number, percent, currency and number-range specs, prints the figures and holds them
 * to the floors reached so far (skipped when ../shared/eval is absent).
 */
class RecognizersValueSuiteTest {

    /** suite/metric → floor: the best figures reached, never lowered. */
    private static final Map<String, Double> FLOORS = Map.of(
            "recognizers/NumberModel recall", 0.93,
            "recognizers/NumberModel precision", 0.99,
            "recognizers/PercentModel recall", 1.0,
            "recognizers/PercentModel precision", 1.0,
            "recognizers/CurrencyModel recall", 1.0,
            "recognizers/CurrencyModel precision", 1.0,
            "recognizers/NumberRangeModel recall", 0.94,
            "recognizers/NumberRangeModel precision", 1.0);

    @Test
    void figuresStayAtOrAboveTheirFloors() throws IOException {
        Path dir = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));
        List<EvalSuite> suites = RecognizersValueSuite.all();
        assumeTrue(suites.get(0).available(dir), "evaluation data absent under " + dir);
        Fatti fatti = Fatti.italian();
        for (EvalSuite suite : suites) {
            for (Score s : suite.run(dir, fatti)) {
                System.out.printf(Locale.ROOT, "%-32s %-10s %.3f %s%n", s.suite(), s.metric(), s.value(), s.detail());
                Double floor = FLOORS.get(s.suite() + " " + s.metric());
                assertThat(floor).as("a floor for " + s.suite() + " " + s.metric()).isNotNull();
                assertThat(s.value()).as(s.suite() + " " + s.metric() + " " + s.detail())
                        .isGreaterThanOrEqualTo(floor - 1e-9);
            }
        }
    }
}
