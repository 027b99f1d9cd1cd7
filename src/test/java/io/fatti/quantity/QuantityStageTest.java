package io.fatti.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.core.Span;
import io.fatti.mention.Mention;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How the quantity stage works with the stages around it. */
class QuantityStageTest {

    /** Stands in for the time stage: every "N anni" is a duration, and its tokens are claimed. */
    private static final Annotator DURATIONS = new Annotator() {
        @Override
        public String name() {
            return "test-durations";
        }

        @Override
        public void annotate(Document doc, Annotations found) {
            for (int i = 0; i + 1 < doc.size(); i++) {
                if (doc.token(i).is(io.fatti.text.Token.Kind.NUMBER) && doc.token(i + 1).is("anni")) {
                    Span s = doc.tokenSpan(i, i + 1);
                    found.add(new Temporal(s, doc.original(s), "test.duration", Temporal.Kind.DURATION, "P"
                            + doc.token(i).text() + "Y", null, null, Temporal.Grain.YEAR, null, false), i, i + 1);
                }
            }
        }
    };

    @Test
    void anAgeContextTurnsTheTimeStagesDurationIntoAnAge() {
        Fatti fatti = Fatti.withStages(List.of(DURATIONS, QuantityAnnotator.italian()));
        List<Mention> found = fatti.extract("Il fondatore ha 45 anni e guida l'azienda da 20 anni.").mentions();
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.text()).isEqualTo("45 anni");
            assertThat(q.unit()).isEqualTo("year-person");
            assertThat(q.rule()).isEqualTo("quantity.age");
        });
        assertThat(found.get(1)).isInstanceOfSatisfying(Temporal.class,
                t -> assertThat(t.text()).isEqualTo("20 anni"));
    }

    /** Stands in for the time stage reading "al mese" as a recurring set. */
    private static final Annotator SETS = new Annotator() {
        @Override
        public String name() {
            return "test-sets";
        }

        @Override
        public void annotate(Document doc, Annotations found) {
            for (int i = 0; i + 1 < doc.size(); i++) {
                if (doc.token(i).is("al") && doc.token(i + 1).is("mese")) {
                    Span s = doc.tokenSpan(i, i + 1);
                    found.add(new Temporal(s, doc.original(s), "test.set", Temporal.Kind.SET, "XXXX-XX", null, null,
                            Temporal.Grain.MONTH, null, false), i, i + 1);
                }
            }
        }
    };

    @Test
    void aRateAfterAQuantityIsTheQuantitysEvenWhenTheTimeStageReadItAsASet() {
        Fatti fatti = Fatti.withStages(List.of(SETS, QuantityAnnotator.italian()));
        List<Mention> found = fatti.extract("Il traffico vale 5,2 exabyte al mese, e al mese si aggiunge altro.")
                .mentions();
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).isInstanceOfSatisfying(Quantity.class, q -> {
            assertThat(q.text()).isEqualTo("5,2 exabyte al mese");
            assertThat(q.per()).isEqualTo(io.fatti.mention.RatePeriod.MONTH);
        });
        assertThat(found.get(1)).isInstanceOf(Temporal.class);
    }

    @Test
    void aQuantityWinsOverThePlainNumberAndMoneyStaysMoney() {
        List<Mention> found = Fatti.italian()
                .extract("Ha venduto 43,9 milioni di unità e incassato 12,22 miliardi di dollari.").mentions();
        assertThat(found).extracting(Mention::type).extracting(Enum::name).containsExactly("QUANTITY", "MONEY");
    }

    @Test
    void videoResolutionNamesAreNoValuesForAnyStage() {
        List<Mention> found = Fatti.italian().extract("Registra video in 4K e in 1080p, il monitor è 8K.").mentions();
        assertThat(found).noneMatch(m -> m instanceof io.fatti.mention.ValueMention);
    }

    /**
     * Repetitions that make every age, rate, range and quotation rule fire grow linearly: twice the text takes at most
     * three times as long (best of a few runs; {@link io.fatti.Growth}). The stages up to this one run (the time
     * stage's durations, sets and weak dates are what this stage takes over).
     */
    @Tag("slow")
    @Test
    void longRunsOfQuantityPatternsRunInLinearTime() {
        List<io.fatti.pipeline.Annotator> stages = new java.util.ArrayList<>();
        for (io.fatti.pipeline.Annotator a : io.fatti.ItalianPipeline.defaultStages(
                io.fatti.ItalianPipeline.Options.defaults())) {
            stages.add(a);
            if (a instanceof QuantityAnnotator) {
                break;
            }
        }
        Fatti fatti = Fatti.withStages(stages);
        for (String unit : List.of(" Rossi, 54 anni,", " ha 45 anni", " 5 GB al mese", " tra 1 e 2 GB", " 6,7\"",
                " da 15 a 10 milioni di utenti", " 2.778 x 1.284 pixel")) {
            io.fatti.Growth.assertLinear(unit, 100_000, n -> io.fatti.Growth.repeat(unit, n), text -> {
                for (Mention m : fatti.extract(text).mentions()) {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                }
            });
        }
    }
}
