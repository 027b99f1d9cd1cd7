package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The array heaps leave candidates in exactly {@link PriorityQueue}'s order, ties included. */
class BeamQueuesTest {

    @Test
    void pollsInPriorityQueueOrderWithManyTies() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            BeamQueues q = new BeamQueues();
            q.reset();
            List<Integer> ids = new ArrayList<>();
            PriorityQueue<Integer> reference = new PriorityQueue<>(
                    (a, b) -> Double.compare(q.score[b], q.score[a]));
            int operations = 1 + random.nextInt(300);
            List<Integer> want = new ArrayList<>();
            List<Integer> got = new ArrayList<>();
            for (int op = 0; op < operations; op++) {
                if (reference.isEmpty() || random.nextInt(3) > 0) {
                    // few distinct scores, so ties are common; -0.0 and 0.0 differ for Double.compare
                    double[] values = {0.0, -0.0, -1.5, -2.25, -1.5, Double.NEGATIVE_INFINITY};
                    int c = q.candidate(-1, op, values[random.nextInt(values.length)]);
                    ids.add(c);
                    reference.add(c);
                    q.offer(0, c);
                } else {
                    want.add(reference.poll());
                    got.add(q.poll(0));
                }
                assertThat(q.size(0)).isEqualTo(reference.size());
                if (!reference.isEmpty()) {
                    assertThat(q.peek(0)).isEqualTo(reference.peek());
                }
            }
            while (!reference.isEmpty()) {
                want.add(reference.poll());
                got.add(q.poll(0));
            }
            assertThat(got).as("round %d", round).isEqualTo(want);
        }
    }

    @Test
    void keepsTwoQueuesApartAndGrows() {
        BeamQueues q = new BeamQueues();
        q.reset();
        for (int i = 0; i < 1_000; i++) {
            q.offer(i % 2, q.candidate(i - 1, i, -i));
        }
        assertThat(q.size(0)).isEqualTo(500);
        assertThat(q.size(1)).isEqualTo(500);
        assertThat(q.poll(0)).isEqualTo(0);
        assertThat(q.poll(1)).isEqualTo(1);
        assertThat(q.before[q.peek(1)]).isEqualTo(2);
        q.clear(0);
        assertThat(q.size(0)).isZero();
    }
}
