package io.fatti.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fatti.Extraction;
import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import java.math.BigDecimal;

/**
 * Writes an extraction as one line of the command-line contract (see DESIGN.md):
 * {@code {"id", "date", "mentions": [...], "facts": [...]}}. Numbers are plain decimal strings, never exponents.
 */
public final class ExtractionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    public static ObjectNode article(String id, Extraction x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("date", x.context().isoValue());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : x.mentions()) {
            mentions.add(mention(m));
        }
        ArrayNode facts = o.putArray("facts");
        for (Fact f : x.facts()) {
            facts.add(fact(f));
        }
        return o;
    }

    /** One line of JSONL, without the line break. */
    public static String line(String id, Extraction x) {
        return article(id, x).toString();
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", m.type().name());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("text", m.text());
        o.put("rule", m.rule());
        if (m instanceof Money money) {
            amount(o, money.amount());
            o.put("currency", money.currency() == null ? null : money.currency().getCurrencyCode());
            if (money.per() != null) {
                o.put("per", money.per().name());
            }
        } else if (m instanceof Percentage p) {
            amount(o, p.amount());
        } else if (m instanceof Quantity q) {
            amount(o, q.amount());
            o.put("unit", q.unit());
            o.put("noun", q.noun());
            if (q.per() != null) {
                o.put("per", q.per().name());
            }
            if (!q.dimensions().isEmpty()) {
                ArrayNode dims = o.putArray("dimensions");
                q.dimensions().forEach(d -> dims.add(plain(d)));
            }
        } else if (m instanceof NumberMention n) {
            amount(o, n.amount());
        } else if (m instanceof Temporal t) {
            o.put("timex", t.timex());
            o.put("from", t.from() == null ? null : t.from().toString());
            o.put("to", t.to() == null ? null : t.to().toString());
            o.put("grain", t.grain() == null ? null : t.grain().name());
            o.put("modifier", t.modifier() == null ? null : t.modifier().name());
            if (t.fiscal()) {
                o.put("fiscal", true);
            }
        } else if (m instanceof Entity e) {
            o.put("label", e.label().name());
        }
        if (m instanceof ValueMention v && v.change() != null) {
            o.set("change", change(v.change()));
        }
        return o;
    }

    private static void amount(ObjectNode o, Amount a) {
        if (a.isRange()) {
            o.put("low", plain(a.low()));
            o.put("high", plain(a.high()));
        } else {
            o.put("value", plain(a.value()));
        }
        o.put("qualifier", a.qualifier() == null ? null : a.qualifier().name());
    }

    public static ObjectNode change(Change c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("direction", c.direction().name());
        o.put("value", c.value() == null ? null : plain(c.value()));
        o.put("unit", c.unit() == null ? null : c.unit().name());
        o.put("basis", c.basis() == null ? null : c.basis().name());
        if (c.reference() != null) {
            o.put("reference", c.reference());
        }
        if (c.qualifier() != null) {
            o.put("qualifier", c.qualifier().name());
        }
        return o;
    }

    public static ObjectNode fact(Fact f) {
        ObjectNode o = JSON.createObjectNode();
        if (f.subject() == null) {
            o.putNull("subject");
        } else {
            ObjectNode s = o.putObject("subject");
            s.put("text", f.subject().text());
            s.put("start", f.subject().start());
            s.put("end", f.subject().end());
        }
        o.put("metric", f.metric());
        o.put("segment", f.segment());
        o.set("value", mention(f.value()));
        JsonNode period = f.period() == null ? JSON.nullNode() : mention(f.period());
        o.set("period", period);
        o.set("change", f.change() == null ? JSON.nullNode() : change(f.change()));
        o.put("qualifier", f.qualifier() == null ? null : f.qualifier().name());
        o.put("kind", f.kind().name());
        ObjectNode sentence = o.putObject("sentence");
        sentence.put("start", f.sentence().start());
        sentence.put("end", f.sentence().end());
        o.put("rule", f.rule());
        return o;
    }

    /** 12220000000, 8.2, 0: no exponent, no trailing zeros. */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.signum() == 0 ? "0" : s.toPlainString();
    }
}
