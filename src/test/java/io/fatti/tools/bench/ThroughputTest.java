package io.fatti.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fatti.Fatti;
import io.fatti.time.TemporalAnnotator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping (not its figures: no assertion here is about time). */
class ThroughputTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(1.9, Throughput.median(List.of(2.0, 1.9, 1.2)), 1e-9);
        assertEquals(1.5, Throughput.median(List.of(2.0, 1.0)), 1e-9);
    }

    @Test
    void activityCountsTheCollectionsMadeMeanwhile() {
        Throughput.JvmActivity.Mark mark = Throughput.JvmActivity.mark();
        System.gc();
        Throughput.JvmActivity a = mark.since();
        assertTrue(a.collections() >= 1, "a System.gc() in between is counted: " + a);
        assertTrue(a.gcSeconds() >= 0 && a.jitSeconds() >= 0, a.toString());
    }

    @Test
    void scalingRunsEveryThreadCountInEveryRoundAndPrintsTheMedian() throws Exception {
        Fatti fatti = Fatti.withStages(List.of(TemporalAnnotator.italian()));
        List<String> texts = List.of("Il 3 marzo 2021 la società ha chiuso l'anno.", "Ieri, alle 10, nulla.");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Throughput(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .scaling(fatti, texts, 0.001, List.of(1, 2), 2, 0);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(4, out.lines().filter(l -> l.startsWith("throughput")).count(), out);
        assertEquals(2, out.lines().filter(l -> l.contains("allocated")).count(), "one-thread runs count allocation: " + out);
        assertTrue(out.contains("median"), out);
        assertTrue(out.lines().filter(l -> l.contains("meanwhile")).allMatch(l -> l.contains("JIT compiling")), out);
    }
}
