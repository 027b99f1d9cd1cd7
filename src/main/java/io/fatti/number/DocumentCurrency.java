package io.fatti.number;

import io.fatti.mention.Money;
import io.fatti.money.CurrencyLexicon;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Rule {@code money.document-currency}: a bare scaled amount in a money context ("il debito scende a 60 miliardi",
 * "5 miliardi di vendite") takes the currency of its sentence or of the article. Immutable.
 */
final class DocumentCurrency {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final NumberReader reader;
    private final CurrencyLexicon currencies;

    DocumentCurrency(NumberReader reader, CurrencyLexicon currencies) {
        this.reader = reader;
        this.currencies = currencies;
    }

    /**
     * The currency of a bare scaled amount in a money context: a money word ("debito", "ricavi", "investe") within
     * the ten tokens before it in the same sentence, or "di" + a money word after it ("5 miliardi di vendite"); and
     * no counted noun after it. The currency is the sentence's, else the article's dominant one, else the euro
     * ({@link ArticleCurrency}).
     */
    Currency of(Document doc, Operand o, int first, ArticleCurrency money) {
        if (money.isEmpty()) {
            return null; // a weak cue ("il valore è un miliardo"): only an article that names a currency gives one
        }
        List<Token> t = doc.tokens();
        NumberMatch n = o.number;
        BigDecimal scale = n.scaled() ? reader.scaleMultiplier(t.get(n.last())) : null;
        if (scale == null || scale.compareTo(MILLION) < 0) {
            return null;
        }
        boolean cue = false;
        int k = o.last + 1;
        if (k + 1 < t.size() && (t.get(k).is("di") || t.get(k).is("d'"))) {
            if (!currencies.isMoneyCue(t.get(k + 1))) {
                return null; // "500 milioni di utenti"
            }
            cue = true;
        }
        for (int j = first - 1; j >= 0 && j >= first - 10 && !cue && doc.sameSentence(j, first); j--) {
            cue = currencies.isMoneyCue(t.get(j));
        }
        if (!cue) {
            return null;
        }
        return money.of(first);
    }
}
