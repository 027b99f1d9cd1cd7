package io.fatti.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a batch on stderr: a progress bar (articles, MB read, MB/s, ETA) when stderr is a terminal, a plain
 * line every {@link Plain#INTERVAL_NANOS} otherwise (logs stay readable), or nothing with {@code --quiet}.
 */
interface Progress extends AutoCloseable {

    /** {@code articles} written so far, {@code bytes} of input read so far. Called often: implementations throttle. */
    void update(long articles, long bytes);

    @Override
    void close();

    static Progress none() {
        return new Progress() {
            @Override
            public void update(long articles, long bytes) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar when a console is attached, plain lines otherwise. {@code totalBytes} is -1 when unknown. */
    static Progress forStderr(PrintStream err, long totalBytes) {
        return System.console() != null ? new Bar(err, totalBytes) : new Plain(err, totalBytes);
    }

    /** The progressbar library's bar, counting MB of input. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(PrintStream err, long totalBytes) {
            bar = new ProgressBarBuilder()
                    .setTaskName("extract")
                    .setInitialMax(totalBytes)
                    .setUnit(" MB", 1_000_000)
                    .showSpeed(new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .build();
        }

        @Override
        public void update(long articles, long bytes) {
            bar.stepTo(bytes);
            bar.setExtraMessage(articles + " articles");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line every 10 s: articles, MB, rate and, when the size is known, percentage and ETA. */
    final class Plain implements Progress {
        static final long INTERVAL_NANOS = 10_000_000_000L;

        private final PrintStream err;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private long last = start;

        Plain(PrintStream err, long totalBytes) {
            this.err = err;
            this.totalBytes = totalBytes;
        }

        @Override
        public void update(long articles, long bytes) {
            long now = System.nanoTime();
            if (now - last < INTERVAL_NANOS) {
                return;
            }
            last = now;
            double seconds = (now - start) / 1e9;
            double rate = bytes / 1e6 / seconds;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "fatti: %d articles, %.1f MB read, %.2f MB/s, %.0f articles/s", articles, bytes / 1e6, rate,
                    articles / seconds));
            if (totalBytes > 0 && bytes > 0) {
                long eta = (long) ((totalBytes - bytes) / (bytes / seconds));
                line.append(String.format(Locale.ROOT, ", %.0f%%, ETA %d:%02d:%02d", 100.0 * bytes / totalBytes,
                        eta / 3600, eta / 60 % 60, eta % 60));
            }
            err.println(line);
        }

        @Override
        public void close() {
        }
    }
}
