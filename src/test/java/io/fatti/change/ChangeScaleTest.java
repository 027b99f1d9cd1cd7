package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.ValueMention;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A megabyte dense with changes is handled in linear time (one pass to attach them all, not one per change). */
class ChangeScaleTest {

    private static final Fatti FATTI = Fatti.italian();

    @ParameterizedTest
    @ValueSource(strings = {"+5% ", "ricavi a 3 miliardi di euro (+4%), ",
            "in aumento del 3% a 5 euro rispetto al 2020 su base annua e ", "raddoppiato a 60 milioni, "})
    void aMegabyteOfChangesRunsInBoundedTime(String unit) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        String text = sb.toString();
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> FATTI.extract(text, ArticleContext.undated()));
        long changed = x.mentions().stream().filter(m -> m instanceof ValueMention v && v.change() != null).count();
        assertThat(changed).isGreaterThan(1000);
        assertThat(x.problems()).isEmpty();
    }
}
