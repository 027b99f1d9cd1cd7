package io.fatti.number;

import io.fatti.money.CurrencyLexicon;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads one operand at a token: a currency before ("$ 75", "USD 15"), the number, and what follows it that says what
 * it is (a percent sign, a currency name, a subunit, an ordinal sign); or an ordinal word ("il secondo trimestre").
 * Also reads cents after a whole amount ("15 dollari e 15 centesimi"). Immutable.
 */
final class OperandReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Set<String> ORDINAL_SIGNS = Set.of("°", "º", "ª");

    private final NumberReader reader;
    private final ValueWords words;
    private final CurrencyLexicon currencies;

    OperandReader(NumberReader reader, ValueWords words, CurrencyLexicon currencies) {
        this.reader = reader;
        this.words = words;
        this.currencies = currencies;
    }

    /** Currency before, number, then percent or currency after; null when no number starts at {@code i}. */
    Operand read(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Operand o = new Operand();
        o.first = i;
        int at = i;
        CurrencyLexicon.Found pre = currencies.before(doc, i);
        if (pre != null && pre.last() + 1 < t.size() && startsNumber(t.get(pre.last() + 1))) {
            o.currency = pre.currency();
            o.kind = Operand.Kind.MONEY;
            o.prefixIsName = t.get(pre.last()).is(Token.Kind.WORD);
            o.rule = "money.currency-before";
            at = pre.last() + 1;
        } else if (pre != null && !startsNumber(t.get(i))) {
            return null;
        }
        NumberMatch n = reader.read(t, at);
        if (n == null && o.currency == null) {
            n = scaleWordAsValue(doc, i);
            if (n == null) {
                return ordinalWord(doc, found, i);
            }
        }
        if (n == null || found.anyClaimed(i, n.last())) {
            return null;
        }
        o.number = n;
        o.last = n.last();
        if (o.kind == Operand.Kind.MONEY) {
            int m = n.last() + 1;
            if (!n.scaled() && m < t.size() && t.get(m).text().equals("m") && doc.glued(m)
                    && !(m + 1 < t.size() && doc.glued(m + 1) && !t.get(m + 1).is(Token.Kind.PUNCTUATION))) {
                // "€ 88,2m": after a currency sign a glued "m" is millions, not metres
                o.number = new NumberMatch(NumberReader.plain(n.value().multiply(MILLION)), n.first(), m,
                        "number.digits-scale", true, n.spelled(), n.fraction());
                o.last = m;
            }
            return o;
        }
        int k = n.last() + 1;
        PhraseTable.Match<String> pct = words.percent.startingAt(doc, k);
        if (pct != null && !found.anyClaimed(k, pct.last())) {
            o.kind = Operand.Kind.PERCENT;
            o.last = pct.last();
            o.rule = pct.value();
            return o;
        }

        CurrencyLexicon.Found post = currencies.after(doc, k);
        int ofAt = -1;
        if (post == null && (n.scaled() || n.spelled()) && k < t.size() && (t.get(k).is("di") || t.get(k).is("d'"))) {
            post = currencies.after(doc, k + 1); // "12,22 miliardi di dollari"
            ofAt = k;
        }
        if (post != null && !found.anyClaimed(k, post.last()) && doc.sameSentence(n.last(), post.last())) {
            o.kind = Operand.Kind.MONEY;
            o.currency = post.currency();
            o.last = post.last();
            o.rule = ofAt >= 0 ? "money.amount-of-currency" : "money.amount-currency";
            return o;
        }
        PhraseTable.Match<CurrencyLexicon.Subunit> sub = currencies.subunit(doc, k);
        if (sub != null && !n.scaled() && !found.anyClaimed(k, sub.last())) {
            o.kind = Operand.Kind.MONEY;
            o.currency = sub.value().currency();
            o.last = sub.last();
            o.rule = "money.subunit";
            int of = sub.last() + 1;
            if (of + 1 < t.size() && t.get(of).is("di")) {
                CurrencyLexicon.Found named = currencies.after(doc, of + 1); // "centesimi di dollaro"
                if (named != null) {
                    o.currency = named.currency();
                    o.last = named.last();
                }
            }
            o.number = new NumberMatch(NumberReader.plain(n.value().multiply(sub.value().factor())), n.first(),
                    n.last(), n.rule(), n.scaled(), n.spelled(), n.fraction());
            return o;
        }
        if (k < t.size() && ORDINAL_SIGNS.contains(t.get(k).text()) && doc.glued(k)
                && !n.spelled() && n.isBareInteger(t.get(n.first()).text())
                && !(k + 1 < t.size() && doc.glued(k + 1) && ValueFilter.isWordLike(t.get(k + 1)))) {
            o.kind = Operand.Kind.ORDINAL;
            o.last = k;
            o.rule = "ordinal.digits-sign";
            return o;
        }
        o.rule = n.rule();
        return o;
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Singular scale words that may stand for the value itself: "la soglia del milione di accessi". */
    private static final Set<String> SCALE_WORDS = Set.of("milione", "miliardo");
    private static final Set<String> SINGULAR_DEFINITE = Set.of("il", "del", "al", "nel", "dal", "sul", "col");

    /** True for a word that {@link #scaleWordAsValue} may read. */
    boolean mayBeScaleWord(Token tok) {
        return tok.is(Token.Kind.WORD) && SCALE_WORDS.contains(tok.lower());
    }

    /**
     * A singular scale word after a definite article and before "di", read as its own value: "il miliardo di
     * investimenti" is 1000000000, "la soglia del milione di accessi" 1000000 (rule {@code number.scale-word}).
     */
    private NumberMatch scaleWordAsValue(Document doc, int i) {
        List<Token> t = doc.tokens();
        if (i == 0 || i + 1 >= t.size() || !mayBeScaleWord(t.get(i))
                || !SINGULAR_DEFINITE.contains(t.get(i - 1).lower()) || !doc.sameSentence(i - 1, i + 1)
                || !(t.get(i + 1).is("di") || t.get(i + 1).is("d'"))) {
            return null;
        }
        BigDecimal scale = reader.scaleMultiplier(t.get(i));
        return scale == null ? null : new NumberMatch(scale, i, i, "number.scale-word", true, true, false);
    }

    private static boolean startsNumber(Token tok) {
        return tok.is(Token.Kind.NUMBER) || tok.is(Token.Kind.WORD);
    }

    /** The value of an ordinal word ("terzo", "ventunesima"), or null. */
    BigDecimal ordinalValue(Token tok) {
        if (!tok.is(Token.Kind.WORD)) {
            return null;
        }
        int[] known = words.ordinals.get(tok.lower());
        if (known != null) {
            return BigDecimal.valueOf(known[0]);
        }
        return tok.length() < 8 ? null : reader.derivedOrdinal(tok);
    }

    /**
     * An ordinal word as an operand: "il secondo trimestre consecutivo", "alla quinta rata", "Apple, quarta, ...",
     * "tra il quinto e l'ottavo posto"; null when the word is not an ordinal here ("secondo Apple", "prima di").
     */
    private Operand ordinalWord(Document doc, ValueClaims found, int i) {
        Token tok = doc.token(i);
        BigDecimal value = ordinalValue(tok);
        if (value == null || found.isClaimed(i)) {
            return null;
        }
        int[] known = words.ordinals.get(tok.lower());
        boolean needsDeterminer = known != null && known[1] == 1;
        boolean determiner = i > 0 && doc.sameSentence(i - 1, i) && words.determiners.contains(doc.token(i - 1).lower());
        if (needsDeterminer && !determiner) {
            return null; // "secondo Apple", "prima di"
        }
        if (i + 1 < doc.size() && doc.token(i + 1).is("metà")) {
            return null; // "la seconda metà" is a half-year, the temporal stage's
        }
        Operand o = new Operand();
        o.first = i;
        o.last = i;
        o.kind = Operand.Kind.ORDINAL;
        o.number = new NumberMatch(value, i, i, "ordinal.words", false, true, false);
        o.rule = "ordinal.words";
        return o;
    }

    /** "15 dollari e 15 centesimi", "15 dollari e 15", "15 dollari 50": cents after a whole amount. */
    int cents(Document doc, Operand o, int last) {
        List<Token> t = doc.tokens();
        if (o.number.scaled() || o.number.fraction() || o.currency == null) {
            return last;
        }
        int j = last + 1;
        boolean and = j < t.size() && t.get(j).is("e");
        int k = and ? j + 1 : j;
        if (k >= t.size()) {
            return last;
        }
        NumberMatch c = reader.read(t, k);
        if (c == null || c.scaled() || c.fraction() || c.value().signum() <= 0 || c.value().compareTo(HUNDRED) >= 0
                || c.value().stripTrailingZeros().scale() > 0) {
            return last;
        }
        int end = c.last();
        PhraseTable.Match<CurrencyLexicon.Subunit> sub = currencies.subunit(doc, end + 1);
        if (sub != null) {
            end = sub.last();
        } else if (!(end + 1 >= t.size() || t.get(end + 1).is(Token.Kind.PUNCTUATION))) {
            return last; // "15 dollari e 15 euro" is two amounts, not cents
        } else if (!and && t.get(c.first()).length() != 2) {
            return last;
        }
        o.number = new NumberMatch(NumberReader.plain(o.number.value().add(c.value().divide(HUNDRED))), o.number.first(), end,
                "money.cents", false, o.number.spelled(), false);
        o.rule = "money.with-cents";
        return end;
    }
}
