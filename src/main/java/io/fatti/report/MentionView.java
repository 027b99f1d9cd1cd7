package io.fatti.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One mention as the report shows it, read from its JSON form (so the page shows exactly what {@code extract}
 * writes): its anchor id, type, span and the normalised fields that a hover reveals.
 */
public record MentionView(String id, String type, int start, int end, String text, List<Field> fields) {

    /** A name and a value shown in a mention's tooltip. */
    public record Field(String name, String value) {
    }

    static MentionView of(String id, JsonNode m) {
        List<Field> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals("type") || k.equals("start") || k.equals("end") || k.equals("text") || e.getValue().isNull()) {
                continue;
            }
            fields.add(new Field(k, describe(e.getValue())));
        }
        return new MentionView(id, m.path("type").asText(), m.path("start").asInt(-1), m.path("end").asInt(-1),
                m.path("text").asText(), fields);
    }

    /** A change reads "UP 8.2 PERCENT YOY"; other objects their fields in order. */
    static String describe(JsonNode v) {
        if (!v.isContainerNode()) {
            return v.asText();
        }
        List<String> parts = new ArrayList<>();
        v.forEach(x -> {
            if (!x.isNull()) {
                parts.add(describe(x));
            }
        });
        return String.join(" ", parts);
    }
}
