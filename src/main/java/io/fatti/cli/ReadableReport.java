package io.fatti.cli;

import io.fatti.Extraction;
import io.fatti.json.ExtractionJson;
import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;

/** A human-readable rendering of an extraction, one line per fact and per mention, for the terminal. */
final class ReadableReport {

    private ReadableReport() {
    }

    static String render(String id, Extraction x) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(id).append(x.context().isDated() ? " (" + x.context().isoValue() + ")" : "")
                .append(": ").append(x.mentions().size()).append(" mentions, ").append(x.facts().size())
                .append(" facts\n");
        for (Fact f : x.facts()) {
            sb.append("  FACT   ").append(f.subject() == null ? "?" : f.subject().text()).append(" | ")
                    .append(f.metric()).append(" | ").append(value(f.value()))
                    .append(f.period() == null ? "" : " | " + f.period().timex())
                    .append(f.change() == null ? "" : " | " + change(f.change())).append('\n');
        }
        for (Mention m : x.mentions()) {
            sb.append(String.format("  %-8s %-40s %s%n", m.type(), '"' + m.text().replace('\n', ' ') + '"',
                    describe(m)));
        }
        return sb.toString();
    }

    private static String describe(Mention m) {
        if (m instanceof ValueMention v) {
            String s = value(v);
            return v.change() == null ? s : s + "  change " + change(v.change());
        }
        if (m instanceof Temporal t) {
            return t.timex() + (t.from() == null ? "" : "  " + t.from() + ".." + t.to())
                    + (t.modifier() == null ? "" : "  " + t.modifier());
        }
        return ((Entity) m).label().name();
    }

    private static String value(ValueMention v) {
        Amount a = v.amount();
        String n = a.isRange() ? ExtractionJson.plain(a.low()) + ".." + ExtractionJson.plain(a.high())
                : ExtractionJson.plain(a.value());
        if (v instanceof Money money && money.currency() != null) {
            n += " " + money.currency().getCurrencyCode();
        } else if (v instanceof Quantity q) {
            n += " " + (q.unit() != null ? q.unit() : q.noun());
        } else if (v.type() == io.fatti.mention.MentionType.PERCENT) {
            n += "%";
        }
        return a.qualifier() == null ? n : a.qualifier() + " " + n;
    }

    private static String change(Change c) {
        return c.direction() + (c.value() == null ? "" : " " + ExtractionJson.plain(c.value()) + " " + c.unit())
                + (c.basis() == null ? "" : " " + c.basis());
    }
}
