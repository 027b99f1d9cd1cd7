package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SpanVoteTest {

    private static Span[] spans(Span... s) {
        return s;
    }

    @Test
    void aNameNeedsMoreThanHalfOfTheFinders() {
        Span xiaomi = new Span(0, 1, "ORG");
        Span rome = new Span(4, 5, "LOC");
        Span[] voted = SpanVote.majority(List.of(
                spans(xiaomi, rome), spans(xiaomi), spans(xiaomi, rome), spans(), spans(rome)));
        assertThat(voted).containsExactly(xiaomi, rome);
        assertThat(SpanVote.majority(List.of(spans(xiaomi), spans(xiaomi), spans(), spans(), spans()))).isEmpty();
    }

    @Test
    void labelAndBoundsMustAgreeExactly() {
        Span[] voted = SpanVote.majority(List.of(
                spans(new Span(0, 2, "ORG")), spans(new Span(0, 2, "LOC")), spans(new Span(0, 1, "ORG"))));
        assertThat(voted).isEmpty();
    }

    @Test
    void halfIsNotAMajority() {
        // four finders: two say "Banca d'Italia" (ORG), two say "Italia" (LOC): neither wins
        Span bank = new Span(0, 3, "ORG");
        Span italy = new Span(2, 3, "LOC");
        assertThat(SpanVote.majority(List.of(spans(bank), spans(bank), spans(italy), spans(italy)))).isEmpty();
        // three of four carry it
        assertThat(SpanVote.majority(List.of(spans(bank), spans(bank), spans(bank), spans(italy))))
                .containsExactly(bank);
    }

    @Test
    void aSingleFinderKeepsWhatItFound() {
        Span a = new Span(3, 5, "PER");
        Span b = new Span(0, 1, "ORG");
        assertThat(SpanVote.majority(List.<Span[]>of(spans(a, b)))).containsExactly(b, a);
    }
}
