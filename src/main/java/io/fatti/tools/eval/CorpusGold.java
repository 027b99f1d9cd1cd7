package io.fatti.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-checked gold of one corpus article ({@code corpus/gold/NNN_slug.jsonl}): one JSON object per line,
 * either a mention {@code {"type", "text", "occurrence", ...normalised fields}} or a fact {@code {"fact": {...}}}.
 * A mention is located by its exact text and the occurrence number of that text (see {@link #find}); the format
 * is documented in {@code corpus/README.md}.
 */
public record CorpusGold(List<Mention> mentions, List<FactLine> facts) {

    /** The mention types a gold line may have (the {@code type} field of the output contract). */
    public static final Set<String> TYPES =
            Set.of("MONEY", "PERCENT", "QUANTITY", "NUMBER", "ORDINAL", "DATE", "DURATION", "SET", "ENTITY");

    /**
     * A gold mention.
     *
     * @param fields the normalised fields as written (value, currency, unit, noun, qualifier, low, high, timex,
     *               from, to, label, per, modifier, dimensions as comma-separated numbers); JSON null stays null
     * @param where  {@code file:line}, for messages
     */
    public record Mention(String type, String text, int occurrence, Span span, Map<String, String> fields,
                          String where) {
    }

    /**
     * A gold fact. {@code subject} and {@code period} are null when the fact states none.
     *
     * @param change  the change's fields (direction, value, unit, basis, qualifier), or null
     * @param segment the segment ("smartphone", "Italia"), or null when the gold states none
     * @param kind    REPORTED (the default) or TARGET
     * @param periodTimex the period's TIMEX3 value when no mention of the text states it (a period read from
     *                    context: "contro i 2,5 miliardi dello scorso anno" is 2020-Q1), or null
     */
    public record FactLine(String metric, Span subject, Span value, Span period, String qualifier,
                           Map<String, String> change, String segment, String kind, String periodTimex,
                           String where) {
    }

    public CorpusGold {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads a gold file against its article's text.
     *
     * @throws IllegalArgumentException naming file and line for invalid JSON, an unknown type, or a text that does
     *                                  not occur (at that occurrence) in the article
     */
    public static CorpusGold read(Path file, String articleText) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Mention> mentions = new ArrayList<>();
        List<FactLine> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(where + ": invalid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + ": expected a JSON object");
            }
            if (node.has("fact")) {
                facts.add(fact(node.get("fact"), articleText, where));
            } else {
                mentions.add(mention(node, articleText, where));
            }
        }
        return new CorpusGold(mentions, facts);
    }

    private static Mention mention(JsonNode node, String text, String where) {
        String type = required(node, "type", where);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(where + ": unknown type '" + type + "'");
        }
        String surface = required(node, "text", where);
        int occurrence = node.path("occurrence").asInt(1);
        Span span = locate(text, surface, occurrence, where);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (key.equals("type") || key.equals("text") || key.equals("occurrence")) {
                continue;
            }
            fields.put(key, scalar(e.getValue()));
        }
        return new Mention(type, surface, occurrence, span, fields, where);
    }

    private static FactLine fact(JsonNode f, String text, String where) {
        String metric = required(f, "metric", where);
        Span value = locate(text, required(f, "value_text", where), f.path("value_occurrence").asInt(1), where);
        Span subject = optionalSpan(f, "subject", "subject_occurrence", text, where);
        Span period = optionalSpan(f, "period_text", "period_occurrence", text, where);
        Map<String, String> change = null;
        JsonNode c = f.get("change");
        if (c != null && c.isObject()) {
            change = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                change.put(e.getKey(), scalar(e.getValue()));
            }
            if (change.get("direction") == null) {
                throw new IllegalArgumentException(where + ": a change needs a direction");
            }
        }
        String qualifier = f.hasNonNull("qualifier") ? f.get("qualifier").asText() : null;
        String segment = f.hasNonNull("segment") ? f.get("segment").asText() : null;
        String kind = f.hasNonNull("kind") ? f.get("kind").asText() : "REPORTED";
        if (!kind.equals("REPORTED") && !kind.equals("TARGET")) {
            throw new IllegalArgumentException(where + ": kind must be REPORTED or TARGET, was " + kind);
        }
        String periodTimex = f.hasNonNull("period_timex") ? f.get("period_timex").asText() : null;
        return new FactLine(metric, subject, value, period, qualifier, change, segment, kind, periodTimex, where);
    }

    private static Span optionalSpan(JsonNode f, String key, String occurrenceKey, String text, String where) {
        if (!f.hasNonNull(key)) {
            return null;
        }
        return locate(text, f.get(key).asText(), f.path(occurrenceKey).asInt(1), where);
    }

    private static Span locate(String text, String surface, int occurrence, String where) {
        int at = find(text, surface, occurrence);
        if (at < 0) {
            throw new IllegalArgumentException(where + ": '" + surface + "' does not occur "
                    + occurrence + " time(s) in the article");
        }
        return new Span(at, at + surface.length());
    }

    private static String required(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException(where + ": missing '" + key + "'");
        }
        return v.asText();
    }

    private static String scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(",", parts);
        }
        return v.asText();
    }

    /**
     * The offset of the {@code n}-th occurrence (1-based) of {@code s} in {@code text}, or -1. An occurrence is a
     * match that does not continue a word or a number on either side: the character before it is not a letter or
     * digit, nor a '.' or ',' preceded by a digit; likewise after it. So "5%" does not occur inside "25%" or
     * "2,5%", but "Apple" occurs inside "Apple Music" and "2023" inside "terzo trimestre 2023".
     */
    public static int find(String text, String s, int n) {
        if (s.isEmpty() || n < 1) {
            return -1;
        }
        int count = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            if (boundaryBefore(text, i) && boundaryAfter(text, i + s.length())) {
                count++;
                if (count == n) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean boundaryBefore(String t, int i) {
        if (i == 0) {
            return true;
        }
        char c = t.charAt(i - 1);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '.' || c == ',') && i >= 2 && Character.isDigit(t.charAt(i - 2)));
    }

    private static boolean boundaryAfter(String t, int j) {
        if (j >= t.length()) {
            return true;
        }
        char c = t.charAt(j);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '.' || c == ',') && j + 1 < t.length() && Character.isDigit(t.charAt(j + 1)));
    }
}
