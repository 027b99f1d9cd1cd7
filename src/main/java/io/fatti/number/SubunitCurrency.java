package io.fatti.number;

import io.fatti.mention.Money;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Rule {@code money.subunit-context-currency}: "cent" and "centesimi" without a currency name are cents of the
 * currency of their sentence or article ("un utile di 66 milioni di dollari, pari a 15 cent per azione" → 0.15 USD),
 * the euro's only when nothing says otherwise. A subunit with a named currency ("centesimi di dollaro") or of one
 * currency only ("pence") keeps it. Stateless.
 */
final class SubunitCurrency {

    private SubunitCurrency() {
    }

    /** Retypes the bare subunit amounts among the money found in {@code doc}. */
    static void retype(Document doc, ValueClaims found) {
        List<Money> bare = new ArrayList<>();
        List<Money> named = new ArrayList<>();
        for (Money m : found.mentions(Money.class)) {
            (isBareSubunit(m) ? bare : named).add(m);
        }
        if (bare.isEmpty() || named.isEmpty()) {
            return;
        }
        ArticleCurrency context = new ArticleCurrency(doc, named);
        java.util.Map<Money, Money> retyped = new java.util.IdentityHashMap<>();
        for (Money m : bare) {
            int[] r = doc.tokensWithin(m.span());
            if (r == null || !m.currency().equals(ArticleCurrency.EURO)) {
                continue;
            }
            Currency c = context.inSentence(r[0]);
            if (c == null) {
                c = context.dominant(r[0]);
            }
            if (c != null && !c.equals(m.currency()) && c.getDefaultFractionDigits() == 2) {
                retyped.put(m, new Money(m.span(), m.text(), "money.subunit-context-currency", m.amount(), c,
                        m.per(), m.change()));
            }
        }
        found.replaceAll(retyped); // one pass: a long text may hold many cents
    }

    /** "15 cent", "50 centesimi": a subunit read without a currency name. */
    static boolean isBareSubunit(Money m) {
        String s = m.text().toLowerCase(java.util.Locale.ROOT);
        return m.rule().equals("money.subunit") && m.currency() != null && !s.contains(" di ") && !s.contains(" d'")
                && (s.endsWith("cent") || s.endsWith("centesimi") || s.endsWith("centesimo"));
    }
}
