package io.fatti.tools.eval;

import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Entity;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares a predicted mention with a gold line: normalised fields, and the change a gold fact states. */
final class GoldComparison {

    private GoldComparison() {
    }

    /** The normalised fields the gold may state, compared when the gold line has them. */
    private static final List<String> COMPARED = List.of("value", "low", "high", "currency", "unit", "noun",
            "qualifier", "per", "dimensions", "timex", "from", "to", "fiscal", "label");

    private static final List<String> NUMERIC = List.of("value", "low", "high");

    /** Differences between a gold mention's stated fields and the predicted mention's; empty when it is right. */
    static List<String> valueErrors(CorpusGold.Mention g, Mention p) {
        Map<String, String> got = fieldsOf(p);
        List<String> errors = new ArrayList<>();
        for (String key : COMPARED) {
            // A qualifier the gold does not state means "no qualifier": a hedge invented by the extractor is wrong.
            if (!g.fields().containsKey(key) && !key.equals("qualifier")) {
                continue;
            }
            String want = g.fields().get(key);
            String have = got.get(key);
            boolean same;
            if (NUMERIC.contains(key)) {
                same = sameNumber(want, have);
            } else if (key.equals("dimensions")) {
                same = sameNumbers(want, have);
            } else if (key.equals("noun")) {
                same = want == null ? have == null : have != null && head(want).equalsIgnoreCase(head(have));
            } else {
                same = Objects.equals(want, have);
            }
            if (!same) {
                errors.add(key + " gold " + want + " got " + have);
            }
        }
        return errors;
    }

    /** The contract fields of a predicted mention, as strings. */
    static Map<String, String> fieldsOf(Mention m) {
        Map<String, String> f = new HashMap<>();
        if (m instanceof ValueMention v && v.amount() != null) {
            Amount a = v.amount();
            f.put("value", plain(a.value()));
            f.put("low", plain(a.low()));
            f.put("high", plain(a.high()));
            f.put("qualifier", a.qualifier() == null ? null : a.qualifier().name());
        }
        if (m instanceof Money money) {
            f.put("currency", money.currency() == null ? null : money.currency().getCurrencyCode());
            f.put("per", money.per() == null ? null : money.per().name());
        }
        if (m instanceof Quantity q) {
            f.put("unit", q.unit());
            f.put("noun", q.noun());
            f.put("per", q.per() == null ? null : q.per().name());
            List<String> dims = new ArrayList<>();
            q.dimensions().forEach(d -> dims.add(plain(d)));
            f.put("dimensions", dims.isEmpty() ? null : String.join(",", dims));
        }
        if (m instanceof Temporal t) {
            f.put("timex", t.timex());
            f.put("from", t.from() == null ? null : t.from().toString());
            f.put("to", t.to() == null ? null : t.to().toString());
            f.put("modifier", t.modifier() == null ? null : t.modifier().name());
            f.put("fiscal", Boolean.toString(t.fiscal()));
        }
        if (m instanceof Entity e) {
            f.put("label", e.label() == null ? null : e.label().name());
        }
        return f;
    }

    static String changeError(Map<String, String> want, Mention p) {
        if (!(p instanceof ValueMention v)) {
            return p == null ? "value not found at its span" : "value found as " + p.type();
        }
        Change c = v.change();
        if (c == null) {
            return "no change attached";
        }
        List<String> errors = new ArrayList<>();
        if (!want.get("direction").equals(c.direction().name())) {
            errors.add("direction gold " + want.get("direction") + " got " + c.direction());
        }
        if (want.get("value") != null && !sameNumber(want.get("value"), plain(c.value()))) {
            errors.add("size gold " + want.get("value") + " got " + plain(c.value()));
        }
        if (want.get("unit") != null && !want.get("unit").equals(c.unit() == null ? null : c.unit().name())) {
            errors.add("unit gold " + want.get("unit") + " got " + c.unit());
        }
        if (want.containsKey("basis")) {
            String basis = c.basis() == null ? null : c.basis().name();
            if (!Objects.equals(want.get("basis"), basis)) {
                errors.add("basis gold " + want.get("basis") + " got " + basis);
            }
        }
        return errors.isEmpty() ? null : String.join("; ", errors);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    /** Equal as numbers, within a relative 1e-6 (gold writes 2/3 as 0.6666666667). */
    static boolean sameNumber(String want, String have) {
        if (want == null || have == null) {
            return want == null && have == null;
        }
        try {
            BigDecimal a = new BigDecimal(want);
            BigDecimal b = new BigDecimal(have);
            BigDecimal tolerance = a.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"));
            return a.subtract(b).abs().compareTo(tolerance) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameNumbers(String want, String have) {
        if (want == null || have == null) {
            return want == null && have == null;
        }
        String[] a = want.split(",");
        String[] b = have.split(",");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!sameNumber(a[i].strip(), b[i].strip())) {
                return false;
            }
        }
        return true;
    }

    private static String head(String noun) {
        String s = noun.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
