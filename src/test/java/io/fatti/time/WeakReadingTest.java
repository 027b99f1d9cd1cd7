package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.core.ArticleContext;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.quantity.QuantityAnnotator;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time stage marks a day read from numbers alone as a weak reading (Duckling's latent), which a value stage may
 * take; a date that names its month, weekday or year is a plain claim.
 */
class WeakReadingTest {

    private static final TemporalAnnotator TIME = TemporalAnnotator.italian();

    private static Annotations annotate(String text) {
        Document doc = Fatti.withStages(List.of()).prepare(text, ArticleContext.undated());
        Annotations found = new Annotations();
        TIME.annotate(doc, found);
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Aperto dal 20 al 25.|dal 20 al 25",
        "Chiuso dal 5.|dal 5",
        "Si vota tra il 3 e il 5.|tra il 3 e il 5",
        "Dal tre al cinque.|Dal tre al cinque",
        "Il bando scade il 15/02.|15/02"})
    void aDayReadFromNumbersAloneIsWeak(String text, String reading) {
        Annotations found = annotate(text);
        List<Temporal> dates = found.mentions(Temporal.class);
        assertThat(dates).extracting(Temporal::text).contains(reading);
        Temporal t = dates.stream().filter(d -> d.text().equals(reading)).findFirst().orElseThrow();
        assertThat(found.isWeak(t)).isTrue();
        assertThat(found.weakReadings()).extracting(Annotations.Weak::mention).contains(t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "La fiera si tiene dal 3 al 5 marzo.|dal 3 al 5 marzo",
        "Sciopero lunedì 12 maggio.|lunedì 12 maggio",
        "Il bilancio del 15/02/2021.|15/02/2021"})
    void aDateThatNamesMoreThanTheDayIsNotWeak(String text, String reading) {
        Annotations found = annotate(text);
        Temporal t = found.mentions(Temporal.class).stream().filter(d -> d.text().equals(reading)).findFirst()
                .orElseThrow(() -> new AssertionError(reading + " not read as a date in " + text));
        assertThat(found.isWeak(t)).isFalse();
    }

    @Test
    void aRemovedReadingIsNoLongerWeak() {
        Annotations found = annotate("Chiuso dal 5.");
        Temporal t = found.mentions(Temporal.class).get(0);
        assertThat(found.isWeak(t)).isTrue();
        found.removeAll(List.of(t));
        assertThat(found.isWeak(t)).isFalse();
        assertThat(found.weakReadings()).isEmpty();
    }

    /** The quantity stage takes a weak reading it needs and removes it; a weak reading nobody needs stays a date. */
    @Test
    void aValueTakesTheWeakReadingItNeeds() {
        List<Annotator> stages = new ArrayList<>();
        for (Annotator a : ItalianPipeline.defaultStages(ItalianPipeline.Options.defaults())) {
            stages.add(a);
            if (a instanceof QuantityAnnotator) {
                break;
            }
        }
        Fatti fatti = Fatti.withStages(stages);
        assertThat(fatti.extract("Code tra il 3 e il 5 km.").mentions())
                .noneMatch(m -> m instanceof Temporal)
                .anyMatch(m -> m instanceof Quantity && m.text().equals("tra il 3 e il 5 km"));
        assertThat(fatti.extract("Si vota tra il 3 e il 5.").mentions())
                .anyMatch(m -> m instanceof Temporal && m.text().equals("tra il 3 e il 5"));
    }
}
