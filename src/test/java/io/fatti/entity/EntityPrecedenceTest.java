package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.entity.EntityPrecedence.Candidate;
import io.fatti.mention.Entity.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityPrecedenceTest {

    private static Candidate curated(int from, int to, Label label) {
        return new Candidate(from, to, label, "entity.curated");
    }

    private static Candidate model(int from, int to, Label label) {
        return new Candidate(from, to, label, "entity.model");
    }

    @Test
    void curatedProductBeatsOverlappingModelName() {
        // "Apple Vision Pro": the model says ORG over all three tokens, the list says PRODUCT over "Vision Pro"
        List<Candidate> out = EntityPrecedence.merge(List.of(curated(1, 3, Label.PRODUCT)),
                List.of(model(0, 3, Label.ORG)));
        assertThat(out).containsExactly(curated(1, 3, Label.PRODUCT));
    }

    @Test
    void widerModelNameBeatsCuratedNameInside() {
        // "Banca d'Italia di Milano" style: the model's longer ORG contains a curated ORG
        List<Candidate> out = EntityPrecedence.merge(List.of(curated(0, 1, Label.ORG)),
                List.of(model(0, 3, Label.ORG)));
        assertThat(out).containsExactly(model(0, 3, Label.ORG));
    }

    @Test
    void curatedNameBeatsSameOrShorterOrCrossingModelName() {
        assertThat(EntityPrecedence.merge(List.of(curated(0, 2, Label.ORG)), List.of(model(0, 2, Label.LOC))))
                .containsExactly(curated(0, 2, Label.ORG));
        assertThat(EntityPrecedence.merge(List.of(curated(0, 2, Label.ORG)), List.of(model(1, 3, Label.PER))))
                .containsExactly(curated(0, 2, Label.ORG));
    }

    @Test
    void separateNamesAreAllKeptInOrder() {
        List<Candidate> out = EntityPrecedence.merge(List.of(curated(4, 5, Label.ORG)),
                List.of(model(0, 2, Label.PER), model(6, 7, Label.LOC)));
        assertThat(out).containsExactly(model(0, 2, Label.PER), curated(4, 5, Label.ORG), model(6, 7, Label.LOC));
    }
}
