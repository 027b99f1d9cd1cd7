package io.fatti.number;

import io.fatti.mention.Money;
import io.fatti.money.CurrencyLexicon;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Rule {@code money.carried-currency}: a currency written in a sentence carries over to a later bare scaled amount
 * of the same sentence ("8,1 miliardi di dollari, più del triplo rispetto ai 2,5 miliardi" → both USD), when the
 * amount is close or a money word comes shortly before it. Immutable; the {@link Trail} of one scan holds the
 * currency last seen.
 */
final class CarriedCurrency {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Tokens within which a currency carries over to a bare scaled amount in the same sentence. */
    private static final int CARRY_DISTANCE = 30;

    private final NumberReader reader;
    private final ValueWords words;
    private final CurrencyLexicon currencies;

    CarriedCurrency(NumberReader reader, ValueWords words, CurrencyLexicon currencies) {
        this.reader = reader;
        this.words = words;
        this.currencies = currencies;
    }

    /** The currency last written in the current sentence of one scan, and where its mention ended. */
    static final class Trail {
        Currency currency;
        int sentence = -1;
        int last = -1;

        /** Called at each value: a new sentence forgets the currency. */
        void enter(int sentenceIndex) {
            if (sentenceIndex != sentence) {
                currency = null;
            }
        }

        void saw(Money money, int sentenceIndex, int lastToken) {
            currency = money.currency();
            sentence = sentenceIndex;
            last = lastToken;
        }
    }

    /** The carried currency for a bare single amount, or null. */
    Currency forSingle(Document doc, Operand o, Trail trail) {
        return o.kind == Operand.Kind.NUMBER && trail.currency != null && o.number.scaled()
                && !countedNounFollows(doc.tokens(), o.last) && carries(doc, o, trail.last, o.first)
                ? trail.currency : null;
    }

    /** The carried currency for a bare range whose high end is {@code high} and which starts at {@code first}. */
    Currency forRange(Document doc, Operand high, int first, Trail trail) {
        return trail.currency != null && high.number.scaled()
                && !countedNounFollows(doc.tokens(), high.last) && carries(doc, high, trail.last, first)
                ? trail.currency : null;
    }

    /**
     * Whether a currency seen in this sentence reaches a bare amount at {@code first}: when it is close ("8,1 miliardi
     * di dollari, più del triplo rispetto ai 2,5 miliardi") or a money word comes shortly before the amount. Far
     * away in a long sentence, "passeggeri a 70 milioni" is a count.
     */
    private boolean carries(Document doc, Operand o, int moneyLast, int first) {
        BigDecimal scale = o.number.scaled() ? reader.scaleMultiplier(doc.token(o.number.last())) : null;
        if (scale == null || scale.compareTo(MILLION) < 0
                || (o.last + 1 < doc.size() && looksLikeCountedNoun(doc.token(o.last + 1)))) {
            return false; // "tremila dipendenti"
        }
        for (int j = first - 1; j >= 0 && j >= first - 3 && j > moneyLast; j--) {
            if (looksLikeCountedNoun(doc.token(j))) {
                return false; // "passeggeri a 70 milioni"
            }
        }
        if (first - moneyLast <= CARRY_DISTANCE) {
            return true;
        }
        for (int j = first - 1; j >= 0 && j >= first - 10 && j > moneyLast; j--) {
            if (currencies.isMoneyCue(doc.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case plural in -i that is neither a money word nor a qualifier: "passeggeri", "utenti", "clienti". */
    private boolean looksLikeCountedNoun(Token tok) {
        String s = tok.text();
        return tok.is(Token.Kind.WORD) && s.length() >= 5 && Character.isLowerCase(s.charAt(0))
                && s.charAt(s.length() - 1) == 'i' && !currencies.isMoneyCue(tok) && !words.qualifiers.mayStartWith(tok);
    }

    /** A scaled number followed by "di" + word is a count of something ("500 milioni di utenti"), not money. */
    private boolean countedNounFollows(List<Token> t, int last) {
        int k = last + 1;
        return k + 1 < t.size() && (t.get(k).is("di") || t.get(k).is("d'")) && t.get(k + 1).is(Token.Kind.WORD)
                && !words.determiners.contains(t.get(k + 1).lower()); // not "contro i 980 milioni di un anno prima"
    }
}
