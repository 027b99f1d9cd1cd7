package io.fatti.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small charts as inline SVG geometry (the templates draw them; nothing is fetched from the network): horizontal
 * bars for counts, and a line of one value over time.
 */
public final class Charts {

    private Charts() {
    }

    /** A horizontal bar chart; {@code height} is the SVG's height. */
    public record Bars(String title, int width, int height, List<Bar> bars) {
        public boolean empty() {
            return bars.isEmpty();
        }
    }

    /** One bar: its label, value, and geometry. */
    public record Bar(String label, int value, int y, int width, int textY) {
    }

    /** A line chart of one subject's metric over time. */
    public record Line(String title, int width, int height, String points, List<Dot> dots, String firstLabel,
                       String lastLabel, String maxLabel) {
    }

    /** One point of a line: its position and what it shows. */
    public record Dot(int cx, int cy, String label) {
    }

    /** A labelled count. */
    public record Count(String label, int value) {
    }

    /** A dated value. */
    public record Point(LocalDate date, BigDecimal value, String label) {
    }

    static final int LABEL_WIDTH = 180;
    static final int BAR_AREA = 300;
    static final int ROW = 22;

    public static Bars bars(String title, List<Count> counts) {
        int max = counts.stream().mapToInt(Count::value).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            int w = Math.max(1, (int) Math.round((double) c.value() * BAR_AREA / Math.max(1, max)));
            bars.add(new Bar(c.label(), c.value(), i * ROW + 4, w, i * ROW + 18));
        }
        return new Bars(title, LABEL_WIDTH + BAR_AREA + 60, counts.size() * ROW + 8, bars);
    }

    /** Points sorted by date; at least two are needed for a line, else null. */
    public static Line line(String title, List<Point> points) {
        if (points.size() < 2) {
            return null;
        }
        int width = 540;
        int height = 200;
        int pad = 30;
        long d0 = points.get(0).date().toEpochDay();
        long d1 = points.get(points.size() - 1).date().toEpochDay();
        BigDecimal max = points.stream().map(Point::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal min = points.stream().map(Point::value).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
                .min(BigDecimal.ZERO);
        double span = Math.max(1e-9, max.subtract(min).doubleValue());
        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (Point p : points) {
            double fx = d1 == d0 ? 0.5 : (double) (p.date().toEpochDay() - d0) / (d1 - d0);
            double fy = (p.value().subtract(min).doubleValue()) / span;
            int cx = pad + (int) Math.round(fx * (width - 2 * pad));
            int cy = height - pad - (int) Math.round(fy * (height - 2 * pad));
            if (path.length() > 0) {
                path.append(' ');
            }
            path.append(cx).append(',').append(cy);
            dots.add(new Dot(cx, cy, p.date() + ": " + p.label()));
        }
        return new Line(title, width, height, path.toString(), dots, points.get(0).date().toString(),
                points.get(points.size() - 1).date().toString(), String.format(Locale.ROOT, "max %s",
                max.stripTrailingZeros().toPlainString()));
    }
}
