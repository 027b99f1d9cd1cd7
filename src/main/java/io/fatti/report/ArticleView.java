package io.fatti.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article as the report shows it: its text cut into highlighted pieces, its mentions and its facts, each fact
 * pointing back to the value it was read from.
 *
 * @param anchor the HTML id prefix of this article ("a3")
 */
public record ArticleView(String anchor, String id, String date, List<Markup.Piece> pieces, List<MentionView> mentions,
                   List<FactView> facts, List<TypeCount> counts) {

    /** How many mentions of one type an article has. */
    public record TypeCount(String type, int count) {
    }

    /** A fact as a table row; {@code evidence} is the anchor of its value in the text. */
    public record FactView(String subject, String metric, String segment, String value, String period, String change,
                    String qualifier, String kind, String rule, String evidence, String periodFrom) {
    }

    /**
     * Builds the view of one article from its text and its JSON line (as {@code ExtractionJson.article} writes it).
     *
     * @param number the article's position in the report, for unique anchors
     */
    static ArticleView of(int number, String text, JsonNode article) {
        String anchor = "a" + number;
        List<MentionView> mentions = new ArrayList<>();
        Map<String, String> idBySpan = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int k = 0;
        for (JsonNode m : article.path("mentions")) {
            MentionView v = MentionView.of(anchor + "-m" + (++k), m);
            mentions.add(v);
            idBySpan.putIfAbsent(v.start() + ":" + v.end(), v.id());
            counts.merge(v.type(), 1, Integer::sum);
        }
        List<FactView> facts = new ArrayList<>();
        for (JsonNode f : article.path("facts")) {
            facts.add(fact(f, idBySpan));
        }
        List<TypeCount> typeCounts = new ArrayList<>();
        counts.forEach((t, n) -> typeCounts.add(new TypeCount(t, n)));
        return new ArticleView(anchor, article.path("id").asText(), article.path("date").asText(""),
                Markup.pieces(text, mentions), mentions, facts, typeCounts);
    }

    private static FactView fact(JsonNode f, Map<String, String> idBySpan) {
        JsonNode value = f.path("value");
        JsonNode period = f.path("period");
        String evidence = idBySpan.get(value.path("start").asInt(-1) + ":" + value.path("end").asInt(-1));
        return new FactView(text(f.path("subject").path("text")), text(f.path("metric")), text(f.path("segment")),
                valueText(value), periodText(period), f.path("change").isObject() ? MentionView.describe(f.path("change")) : "",
                text(f.path("qualifier")), text(f.path("kind")), text(f.path("rule")), evidence,
                text(period.path("from")));
    }

    /** "12220000000 USD", "8.2 %", "43900000 smartphone", "10-12 ..." for ranges. */
    static String valueText(JsonNode v) {
        String amount = v.hasNonNull("value") ? v.get("value").asText()
                : v.hasNonNull("low") ? v.path("low").asText() + "–" + v.path("high").asText() : v.path("text").asText();
        String unit = v.hasNonNull("currency") ? v.get("currency").asText()
                : "PERCENT".equals(v.path("type").asText()) ? "%"
                : v.hasNonNull("unit") ? v.get("unit").asText()
                : v.hasNonNull("noun") ? v.get("noun").asText() : "";
        return unit.isEmpty() ? amount : amount + " " + unit;
    }

    private static String periodText(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) {
            return "";
        }
        String timex = p.path("timex").asText("");
        String from = p.path("from").asText("");
        String to = p.path("to").asText("");
        if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
            return timex.isEmpty() ? from + "/" + to : timex + " (" + from + "/" + to + ")";
        }
        return timex.isEmpty() ? from : timex;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "" : n.asText();
    }

    public boolean hasFacts() {
        return !facts.isEmpty();
    }

    public int factCount() {
        return facts.size();
    }

    public int mentionCount() {
        return mentions.size();
    }
}
