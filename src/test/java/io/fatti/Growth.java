package io.fatti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A linear-time check that holds on a loaded machine: it compares the time of one piece of work on an input and on
 * an input twice as long, within one test, instead of asserting a wall-clock limit. Doubling the input may at most
 * triple the time (a quadratic cost quadruples it): after a warm-up, one run of each size, repeated up to five times
 * until the fastest runs of each size meet the bound. The time is the CPU time of the calling thread (extraction runs
 * on it), so other processes competing for the cores do not count; wall-clock time where the JVM cannot measure it.
 */
public final class Growth {

    private static final int ROUNDS = 5;
    /** Times below this are noise: a doubling from 2 ms to 7 ms says nothing. */
    private static final long FLOOR_NANOS = 50_000_000L;
    /** Only against a hang: far beyond what any check takes here alone (under a minute), even on a loaded machine. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(15);

    private Growth() {
    }

    /**
     * Asserts that {@code work} on {@code input.apply(2 * size)} takes at most three times as long as on
     * {@code input.apply(size)}. {@code work} may assert on what it computes; it runs on both inputs.
     */
    public static void assertLinear(String what, int size, IntFunction<String> input, Consumer<String> work) {
        assertTimeoutPreemptively(HANG_GUARD, () -> check(what, size, input, work), what);
    }

    private static void check(String what, int size, IntFunction<String> input, Consumer<String> work) {
        String small = input.apply(size);
        String large = input.apply(2 * size);
        work.accept(input.apply(size / 2)); // warm-up: class loading and the JIT
        long bestSmall = Long.MAX_VALUE;
        long bestLarge = Long.MAX_VALUE;
        for (int r = 0; r < ROUNDS; r++) {
            bestSmall = Math.min(bestSmall, time(work, small));
            bestLarge = Math.min(bestLarge, time(work, large));
            if (bestLarge <= 3 * Math.max(bestSmall, FLOOR_NANOS)) {
                return;
            }
        }
        assertThat(bestLarge)
                .as("%s: %d chars took %d ms, %d chars %d ms (best of %d runs)", what, small.length(),
                        bestSmall / 1_000_000, large.length(), bestLarge / 1_000_000, ROUNDS)
                .isLessThanOrEqualTo(3 * Math.max(bestSmall, FLOOR_NANOS));
    }

    /** {@code unit} repeated until the text is at least {@code length} characters long. */
    public static String repeat(String unit, int length) {
        return unit.repeat((length + unit.length() - 1) / unit.length());
    }

    private static long time(Consumer<String> work, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        work.accept(text);
        return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    }
}
