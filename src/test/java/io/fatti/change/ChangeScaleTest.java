package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.Growth;
import io.fatti.mention.ValueMention;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text dense with changes is handled in linear time (one pass to attach them all, not one per change): twice the
 * text takes at most three times as long ({@link Growth}).
 */
class ChangeScaleTest {

    private static final Fatti FATTI = Fatti.italian();

    @ParameterizedTest
    @ValueSource(strings = {"+5% ", "ricavi a 3 miliardi di euro (+4%), ",
            "in aumento del 3% a 5 euro rispetto al 2020 su base annua e ", "raddoppiato a 60 milioni, "})
    @Tag("slow")
    void textDenseWithChangesRunsInLinearTime(String unit) {
        Growth.assertLinear(unit, 250_000, n -> Growth.repeat(unit, n), text -> {
            Extraction x = FATTI.extract(text, ArticleContext.undated());
            long changed = x.mentions().stream().filter(m -> m instanceof ValueMention v && v.change() != null)
                    .count();
            assertThat(changed).isGreaterThan(1000);
            assertThat(x.problems()).isEmpty();
        });
    }
}
