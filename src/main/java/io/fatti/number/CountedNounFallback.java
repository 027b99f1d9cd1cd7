package io.fatti.number;

import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Quantity;
import io.fatti.mention.RatePeriod;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * The counted noun after a number that the quantity stage did not read: "3.500 nuove assunzioni", "due porte",
 * "2.000 GPU". Such a number becomes a QUANTITY with that noun. Immutable.
 */
final class CountedNounFallback {

    private final ValueWords words;

    CountedNounFallback(ValueWords words) {
        this.words = words;
    }

    static Mention quantity(Document doc, Amount amount, int first, int[] noun, int last, RatePeriod per,
                                    String rule) {
        Span sp = doc.tokenSpan(first, last);
        String nounText = doc.original(doc.tokenSpan(noun[0], noun[1]));
        return new Quantity(sp, doc.original(sp), rule, amount, null, nounText, per, List.of(), null);
    }

    /**
     * The counted noun right after a number that the quantity stage left (it knows units and a list of nouns):
     * a lower-case plural ("due porte", "1.200 esuberi", "36 mensilità"), an acronym ("2.000 GPU"), or after a scale
     * and "di" any word ("5,6 milioni di Mac"); up to two adjectives may come first ("3.500 nuove assunzioni").
     * Returns {first, last} token of the noun, or null.
     */
    private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("\"", "«", "“");

    int[] find(Document doc, ValueClaims found, NumberMatch n) {
        List<Token> t = doc.tokens();
        int k = n.last() + 1;
        if (!n.scaled() && !n.fraction() && n.value().compareTo(BigDecimal.ONE) == 0) {
            return null; // "un", "uno": a singular noun after it is an article's noun, not a count
        }
        boolean di = false;
        if ((n.scaled() || n.fraction()) && k + 1 < t.size() && (t.get(k).is("di") || t.get(k).is("d'"))) {
            k++;
            di = true;
        }
        if (di && k + 1 < t.size() && OPENING_QUOTES.contains(t.get(k).text()) && doc.glued(k + 1)) {
            k++; // 43,7 milioni di "melafonini": a nickname in quotes is still the thing counted
        }
        for (int skipped = 0; skipped < 2 && k + 1 < t.size() && words.beforeNouns.contains(t.get(k).lower()); skipped++) {
            k++;
        }
        if (k >= t.size() || !doc.sameSentence(n.last(), k) || found.isClaimed(k)
                || words.notNouns.startingAt(doc, k) != null) {
            return null;
        }
        Token tok = t.get(k);
        if (!tok.is(Token.Kind.WORD) || tok.text().endsWith("'")) {
            return null;
        }
        boolean noun = di ? tok.length() >= 2 : looksLikePlural(tok) || isAcronym(tok);
        if (noun && isAcronym(tok) && k + 1 < t.size() && (t.get(k + 1).is(Token.Kind.NUMBER)
                || t.get(k + 1).is(Token.Kind.ALPHANUMERIC))) {
            return null; // "12 ATR 72-600": a model name follows
        }
        return noun ? new int[] {k, k} : null;
    }

    /** A lower-case word ending like an Italian plural noun (-i, -e, or an invariable -tà), not an infinitive. */
    private static boolean looksLikePlural(Token tok) {
        String s = tok.lower();
        int n = s.length();
        if (n < 3 || !Character.isLowerCase(tok.text().charAt(0))) {
            return false;
        }
        if (n > 4 && (s.endsWith("are") || s.endsWith("ere") || s.endsWith("ire"))) {
            return false; // "da pagare"
        }
        char last = s.charAt(n - 1);
        return last == 'i' || last == 'e' || s.endsWith("tà") || s.endsWith("tù");
    }

    private static boolean isAcronym(Token tok) {
        String s = tok.text();
        if (s.length() < 2 || s.length() > 5) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
