package io.fatti.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML page of extraction results: for each article its text with every mention highlighted by
 * type (hover or focus shows the normalised value, unit, TIMEX3 value, qualifier, change and rule) and a table of
 * its facts linked to their evidence; for several articles also an index and small inline-SVG charts. The page
 * loads nothing from the network and runs no script: its Content-Security-Policy forbids scripts, and every piece of
 * article text goes through the template's HTML escaping.
 */
public final class HtmlReport {

    private static final DefaultMustacheFactory TEMPLATES = new DefaultMustacheFactory("io/fatti/report");

    /** The mention types in legend order, each with its colour class. */
    public static final List<String> TYPES = List.of("ENTITY", "MONEY", "PERCENT", "QUANTITY", "NUMBER", "ORDINAL",
            "DATE", "DURATION", "SET");

    private final List<ArticleView> articles = new ArrayList<>();
    private final String title;
    private final String series;

    /**
     * @param title  the page title
     * @param series "subject:metric" of the value to chart over time, or null to chart the subject and metric with
     *               the most dated values
     */
    public HtmlReport(String title, String series) {
        if (title == null) {
            throw new IllegalArgumentException("title is null");
        }
        this.title = title;
        this.series = series;
    }

    /** Adds an article: its text and its JSON line as {@code ExtractionJson.article} writes it. */
    public void add(String text, JsonNode article) {
        if (text == null || article == null) {
            throw new IllegalArgumentException("text and article are required");
        }
        articles.add(ArticleView.of(articles.size() + 1, text, article));
    }

    public int size() {
        return articles.size();
    }

    /** Writes the page. */
    public void write(Writer out) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", title);
        scope.put("types", TYPES);
        scope.put("articles", articles);
        scope.put("corpus", articles.size() > 1);
        scope.put("totalFacts", articles.stream().mapToInt(ArticleView::factCount).sum());
        scope.put("totalMentions", articles.stream().mapToInt(ArticleView::mentionCount).sum());
        scope.put("metricChart", Charts.bars("Facts per metric", top(count(f -> f.metric()), 12)));
        scope.put("subjectChart", Charts.bars("Most frequent subjects", top(count(f -> f.subject()), 12)));
        scope.put("lineChart", line());
        Mustache page = TEMPLATES.compile("report.mustache");
        try {
            page.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Integer> count(java.util.function.Function<ArticleView.FactView, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleView a : articles) {
            for (ArticleView.FactView f : a.facts()) {
                String k = key.apply(f);
                if (k != null && !k.isEmpty()) {
                    counts.merge(k, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Charts.Count> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> new Charts.Count(e.getKey(), e.getValue())).toList();
    }

    /** The chosen (or the best-covered) subject, metric and unit, as dated points. */
    private Charts.Line line() {
        Map<String, List<Charts.Point>> bySeries = new TreeMap<>();
        for (ArticleView a : articles) {
            for (ArticleView.FactView f : a.facts()) {
                if (f.subject().isEmpty() || f.periodFrom().isEmpty()) {
                    continue;
                }
                String[] valueAndUnit = f.value().split(" ", 2);
                try {
                    BigDecimal v = new BigDecimal(valueAndUnit[0]);
                    LocalDate d = LocalDate.parse(f.periodFrom());
                    String unit = valueAndUnit.length > 1 ? valueAndUnit[1] : "";
                    String key = f.subject() + ":" + f.metric() + (f.segment().isEmpty() ? "" : " (" + f.segment() + ")")
                            + " " + unit;
                    bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(new Charts.Point(d, v, f.value()));
                } catch (NumberFormatException | DateTimeParseException e) {
                    // ranges and undated values are not charted
                }
            }
        }
        String best = null;
        for (Map.Entry<String, List<Charts.Point>> e : bySeries.entrySet()) {
            if (series != null && !e.getKey().startsWith(series)) {
                continue;
            }
            long dates = e.getValue().stream().map(Charts.Point::date).distinct().count();
            if (dates >= 2 && (best == null || dates > bySeries.get(best).stream().map(Charts.Point::date).distinct().count())) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        List<Charts.Point> points = new ArrayList<>(bySeries.get(best));
        points.sort(Comparator.comparing(Charts.Point::date));
        return Charts.line(best.trim(), points);
    }
}
