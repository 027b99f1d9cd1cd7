package io.fatti.entity;

import io.fatti.tools.ner.BioCorpus;
import io.fatti.tools.ner.NerScore;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer.Entry entry(String label, String name) {
        return new Gazetteer.Entry(label, Gazetteer.tokenize(name), "test", false);
    }

    @Test
    void longestNameWinsAndMatchesDoNotOverlap() {
        Gazetteer g = new Gazetteer.Builder()
                .add(entry("ORG", "Samsung"))
                .add(entry("ORG", "Samsung Electronics"))
                .add(entry("LOC", "Corea del Sud"))
                .build();
        String[] s = {"Samsung", "Electronics", "in", "Corea", "del", "Sud", "e", "Samsung", "."};
        assertThat(g.find(s)).extracting(Gazetteer.Match::from, Gazetteer.Match::to, Gazetteer.Match::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2, "ORG"),
                        org.assertj.core.groups.Tuple.tuple(3, 6, "LOC"),
                        org.assertj.core.groups.Tuple.tuple(7, 8, "ORG"));
    }

    @Test
    void namesAreCaseSensitiveAndNeedEveryToken() {
        Gazetteer g = new Gazetteer.Builder().add(entry("ORG", "Corte dei conti")).add(entry("ORG", "Apple")).build();
        assertThat(g.find(new String[] {"apple", "Corte", "dei"})).isEmpty();
    }

    @Test
    void listNamesAreSplitLikeTheTokenizers() {
        assertThat(Gazetteer.tokenize("Valle d'Aosta")).containsExactly("Valle", "d'", "Aosta");
        assertThat(Gazetteer.tokenize("Gruppo Radar dell ' Aeronautica")).containsExactly("Gruppo", "Radar", "dell'",
                "Aeronautica");
        assertThat(Gazetteer.tokenize("Apple (Italia)")).containsExactly("Apple", "(", "Italia", ")");
    }

    @Test
    void bioChunksAreReadAsConllevalDoes() {
        String[] tags = {"B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"};
        assertThat(BioCorpus.chunks(tags)).extracting(sp -> sp.getStart() + "-" + sp.getEnd() + sp.getType())
                .containsExactly("0-2PER", "3-5LOC", "5-6LOC", "6-7ORG");
    }

    @Test
    void exactMatchScore() {
        NerScore s = new NerScore();
        var gold = List.of(new opennlp.tools.util.Span(0, 2, "PER"), new opennlp.tools.util.Span(4, 5, "LOC"));
        var found = List.of(new opennlp.tools.util.Span(0, 2, "PER"), new opennlp.tools.util.Span(4, 6, "LOC"),
                new opennlp.tools.util.Span(7, 8, "ORG"));
        s.add(gold, found);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.4);
    }

    @Test
    void articulatedPrepositionsMapToTheirBareForm() {
        assertThat(ItalianPrepositions.bare("nell'")).isEqualTo("in");
        assertThat(ItalianPrepositions.bare("dell'")).isEqualTo("di");
        assertThat(ItalianPrepositions.bare("sulla")).isEqualTo("su");
        assertThat(ItalianPrepositions.bare("agli")).isEqualTo("a");
        assertThat(ItalianPrepositions.bare("casa")).isNull();
        assertThat(ItalianPrepositions.article("nella")).isEqualTo("la");
        assertThat(ItalianPrepositions.article("dell'")).isEqualTo("l'");
        assertThat(ItalianPrepositions.article("agli")).isEqualTo("gli");
        assertThat(ItalianPrepositions.article("il")).isEqualTo("il");
        assertThat(ItalianPrepositions.article("una")).isEqualTo("un");
        assertThat(ItalianPrepositions.article("in")).isNull();
    }
}
