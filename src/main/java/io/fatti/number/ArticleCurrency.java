package io.fatti.number;

import io.fatti.mention.Money;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The currency a bare amount takes from its context: the currency written in its own sentence (the nearest money
 * mention before it, else after it), else the article's dominant currency (the most frequent among its money
 * mentions of a million or more, else among all; a tie goes to the nearest before), else the euro, the currency
 * Italian news reports in when it names none. Built once per article over its money mentions, then each question
 * takes logarithmic time. Immutable.
 */
final class ArticleCurrency {

    static final Currency EURO = Currency.getInstance("EUR");

    private final Document doc;
    private final List<Money> money = new ArrayList<>();
    private final int[] starts;
    private final int[] sentences;
    /** For each money mention, the latest currency up to it that is among the most frequent; null before any. */
    private final Currency[] lastDominant;
    private final Currency firstDominant;
    private final boolean tie;

    /** Over the money mentions of {@code doc}, in any order; those without a currency are left out. */
    ArticleCurrency(Document doc, List<Money> found) {
        this.doc = doc;
        for (Money m : found) {
            if (m.currency() != null && doc.tokensWithin(m.span()) != null) {
                money.add(m);
            }
        }
        money.sort((a, b) -> a.span().compareTo(b.span()));
        int n = money.size();
        starts = new int[n];
        sentences = new int[n];
        boolean anyLarge = money.stream().anyMatch(ArticleCurrency::isLarge);
        Map<Currency, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Money m = money.get(i);
            starts[i] = m.start();
            sentences[i] = doc.sentenceOf(doc.tokensWithin(m.span())[0]);
            if (!anyLarge || isLarge(m)) {
                counts.merge(m.currency(), 1, Integer::sum);
            }
        }
        int best = 0;
        int atBest = 0;
        for (int c : counts.values()) {
            if (c > best) {
                best = c;
                atBest = 1;
            } else if (c == best) {
                atBest++;
            }
        }
        tie = atBest > 1;
        lastDominant = new Currency[n];
        Currency first = null;
        for (int i = 0; i < n; i++) {
            Currency c = money.get(i).currency();
            boolean dominant = counts.getOrDefault(c, 0) == best;
            lastDominant[i] = dominant ? c : i > 0 ? lastDominant[i - 1] : null;
            if (dominant && first == null) {
                first = c;
            }
        }
        firstDominant = first;
    }

    /**
     * A business figure (a million or more): the article's dominant currency is counted over these when it has any,
     * so the consumer prices of a US company's Italian plans ("7,99 euro al mese") do not outvote its results in
     * dollars ("13,9 miliardi di dollari").
     */
    private static boolean isLarge(Money m) {
        java.math.BigDecimal v = m.amount().value() != null ? m.amount().value() : m.amount().low();
        return v != null && v.compareTo(MILLION) >= 0;
    }

    private static final java.math.BigDecimal MILLION = java.math.BigDecimal.valueOf(1_000_000);

    /** The money mention with a currency that starts at character {@code offset}, or null; logarithmic. */
    Money startingAt(int offset) {
        int i = firstAtOrAfter(offset);
        return i < starts.length && starts[i] == offset ? money.get(i) : null;
    }

    /** True when the article has no money with a currency. */
    boolean isEmpty() {
        return money.isEmpty();
    }

    /** The currency for a bare amount whose first token is {@code first}. */
    Currency of(int first) {
        Currency sentence = inSentence(first);
        if (sentence != null) {
            return sentence;
        }
        Currency dominant = dominant(first);
        return dominant != null ? dominant : EURO;
    }

    /** The currency of the nearest money mention in the sentence of token {@code first}, before it first; or null. */
    Currency inSentence(int first) {
        int at = doc.tokenSpan(first, first).start();
        int sentence = doc.sentenceOf(first);
        int i = firstAtOrAfter(at);
        if (i > 0 && sentences[i - 1] == sentence) {
            return money.get(i - 1).currency();
        }
        while (i < starts.length && starts[i] == at) {
            i++; // the amount itself
        }
        return i < starts.length && sentences[i] == sentence ? money.get(i).currency() : null;
    }

    /** The most frequent currency of the article; a tie goes to the one mentioned nearest before {@code first}. */
    Currency dominant(int first) {
        if (money.isEmpty()) {
            return null;
        }
        if (!tie) {
            return firstDominant;
        }
        int i = firstAtOrAfter(doc.tokenSpan(first, first).start());
        Currency before = i > 0 ? lastDominant[i - 1] : null;
        return before != null ? before : firstDominant;
    }

    private int firstAtOrAfter(int at) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
