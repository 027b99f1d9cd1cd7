package io.fatti.change;

import io.fatti.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.Qualifier;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately small stand-in for the value stages, so the change stage can be tested on its own: digits with an
 * optional scale word, then "%", a currency or a counted noun. Not the real number reader.
 */
final class HandValues implements Annotator {

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "mila", new BigDecimal("1000"), "milione", new BigDecimal("1000000"),
            "milioni", new BigDecimal("1000000"), "miliardo", new BigDecimal("1000000000"),
            "miliardi", new BigDecimal("1000000000"));
    private static final Map<String, String> CURRENCIES = Map.of("euro", "EUR", "dollari", "USD", "€", "EUR");
    private static final Set<String> NOUNS = Set.of("utenti", "unità", "abbonati", "smartphone", "dipendenti",
            "clienti", "telefoni", "posti", "veicoli", "auto", "visitatori", "download", "tablet", "pc");
    private static final Map<String, Qualifier> QUALIFIERS = Map.of("circa", Qualifier.APPROX,
            "quasi", Qualifier.APPROX, "oltre", Qualifier.MORE_THAN, "almeno", Qualifier.AT_LEAST);

    @Override
    public String name() {
        return "hand-values";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        List<Token> t = doc.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).is(Token.Kind.NUMBER) || found.isClaimed(i)) {
                continue;
            }
            int from = i;
            boolean negative = false;
            if (i > 0 && (t.get(i - 1).text().equals("+") || t.get(i - 1).text().equals("-")) && doc.glued(i)) {
                negative = t.get(i - 1).text().equals("-");
            }
            Qualifier q = i > 0 ? QUALIFIERS.get(t.get(i - 1).lower()) : null;
            if (q != null) {
                from = i - 1;
            }
            BigDecimal value = new BigDecimal(t.get(i).text().replace(".", "").replace(',', '.'));
            if (negative) {
                value = value.negate();
            }
            int to = i;
            boolean scaled = false;
            if (to + 1 < t.size() && SCALES.containsKey(t.get(to + 1).lower())) {
                value = value.multiply(SCALES.get(t.get(to + 1).lower()));
                to++;
                scaled = true;
            }
            String next = to + 1 < t.size() ? t.get(to + 1).lower() : "";
            String afterDi = next.equals("di") && to + 2 < t.size() ? t.get(to + 2).lower() : "";
            ValueMention m;
            if (next.equals("%")) {
                to++;
                m = new Percentage(span(doc, from, to), text(doc, from, to), "hand.percent", amount(value, q), null);
            } else if (CURRENCIES.containsKey(next) || CURRENCIES.containsKey(afterDi)) {
                to += CURRENCIES.containsKey(next) ? 1 : 2;
                Currency c = Currency.getInstance(CURRENCIES.get(t.get(to).lower()));
                m = new Money(span(doc, from, to), text(doc, from, to), "hand.money", amount(value, q), c, null, null);
            } else if (NOUNS.contains(next) || NOUNS.contains(afterDi)) {
                to += NOUNS.contains(next) ? 1 : 2;
                m = new Quantity(span(doc, from, to), text(doc, from, to), "hand.count", amount(value, q), null,
                        t.get(to).text(), null, null, null);
            } else if (!scaled && t.get(i).text().matches("(19|20)\\d\\d")) {
                continue; // a year
            } else {
                m = new NumberMention(span(doc, from, to), text(doc, from, to), "hand.number", amount(value, q),
                        false, null);
            }
            found.add(m, from, to);
            i = to;
        }
    }

    private static Amount amount(BigDecimal v, Qualifier q) {
        return Amount.of(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(), q);
    }

    private static Span span(Document doc, int from, int to) {
        return doc.tokenSpan(from, to);
    }

    private static String text(Document doc, int from, int to) {
        return doc.original(doc.tokenSpan(from, to));
    }
}
