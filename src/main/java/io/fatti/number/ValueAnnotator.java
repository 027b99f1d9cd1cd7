package io.fatti.number;

import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.mention.RatePeriod;
import io.fatti.money.CurrencyLexicon;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.core.Span;
import io.fatti.text.PhraseTable;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * The value stage: finds money ("12,22 miliardi di dollari", "$ 75 milioni", "1.299€"), percentages ("dell'8,2%",
 * "8,2 per cento") and plain numbers ("500 milioni"), with their qualifier ("quasi", "oltre il") and ranges
 * ("tra 10 e 12 milioni di euro", "dal 5 al 7%", "10-12 miliardi"). Numbers that are names or parts of dates
 * ("iPhone 15", "COVID-19", "5G", "22 novembre 2021", "nove mesi", a year alone) are left alone.
 *
 * <p>Reads each number once with {@link NumberReader}, then looks at the tokens around it. Immutable and
 * thread-safe.
 */
public final class ValueAnnotator implements Annotator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Tokens within which a currency carries over to a bare scaled amount in the same sentence. */
    private static final int CARRY_DISTANCE = 30;
    static final Set<String> ORDINAL_SIGNS = Set.of("°", "º", "ª");

    /**
     * Which values a pass emits. Money and percentages go first, before the quantity stage, so that "$ 75 milioni
     * di obbligazioni" is money and "420 milioni di marchi" is Finnish marks, not a count of marks; plain numbers
     * and ordinals go last, after the quantity stage has taken the numbers with a unit or a counted noun.
     */
    public enum Pass { MONEY_AND_PERCENT, NUMBERS }

    private final Pass pass;
    private final NumberReader reader;
    private final ValueWords words;
    private final CurrencyLexicon currencies;
    private final ValueFilter filter;
    private final CountedNounFallback nouns;

    public ValueAnnotator(Pass pass) {
        if (pass == null) {
            throw new IllegalArgumentException("pass is null");
        }
        this.pass = pass;
        this.reader = NumberReader.italian();
        this.words = ValueWords.italian();
        this.currencies = CurrencyLexicon.italian();
        this.filter = new ValueFilter(words);
        this.nouns = new CountedNounFallback(words);
    }

    /** The money-and-percentage pass (runs before quantities). */
    public static ValueAnnotator moneyAndPercent() {
        return new ValueAnnotator(Pass.MONEY_AND_PERCENT);
    }

    /** The plain-number pass (runs after quantities). */
    public static ValueAnnotator numbers() {
        return new ValueAnnotator(Pass.NUMBERS);
    }

    @Override
    public String name() {
        return pass == Pass.NUMBERS ? "numbers" : "money-percent";
    }

    private boolean emits(Kind kind) {
        return (pass == Pass.MONEY_AND_PERCENT) == (kind == Kind.MONEY || kind == Kind.PERCENT);
    }

    enum Kind { MONEY, PERCENT, NUMBER, ORDINAL }

    /** One side of a value as read: optional currency before, the number, and what follows it. */
    private static final class Operand {
        int first;            // first token (currency prefix or number)
        int last;             // last token (number or its suffix)
        NumberMatch number;
        Kind kind = Kind.NUMBER;
        Currency currency;
        boolean prefixIsName; // the currency before is a word ("dollari 996"), not a sign
        String rule;
    }

    @Override
    public void annotate(Document doc, Annotations annotations) {
        ValueClaims found = ValueClaims.forNumbers(doc, annotations, reader, words);
        if (pass == Pass.NUMBERS) {
            hedgeQuantities(doc, found);
        }
        scan(doc, found, null);
        if (pass == Pass.MONEY_AND_PERCENT) {
            List<Money> money = new java.util.ArrayList<>(found.mentions(Money.class));
            money.sort((a, b) -> a.span().compareTo(b.span()));
            if (!money.isEmpty()) {
                scan(doc, found, money); // bare amounts near money words take the article's currency
            }
        }
        found.finish();
    }

    /**
     * One scan over the tokens. With {@code documentMoney} null it finds everything this pass emits; otherwise it
     * only looks for bare scaled amounts in a money context ("il debito scende a 60 miliardi") and gives them the
     * currency of the nearest money mention in the article.
     */
    private void scan(Document doc, ValueClaims found, List<Money> documentMoney) {
        List<Token> t = doc.tokens();
        Currency carried = null;
        int carriedSentence = -1;
        int carriedLast = -1;
        for (int i = 0; i < t.size(); i++) {
            if (found.isClaimed(i)) {
                continue;
            }
            Token tok = t.get(i);
            if (!reader.mayStart(tok) && !currencies.mayStartWith(tok)
                    && !(tok.is(Token.Kind.WORD) && words.ranges.containsKey(tok.lower()))
                    && !(pass == Pass.NUMBERS && documentMoney == null && ordinalValue(tok) != null)) {
                continue; // most tokens: nothing numeric can start here
            }
            Mention m = null;
            int[] range = new int[2];
            Operand low = null;
            Operand high = null;
            Operand single = null;
            if (tok.is(Token.Kind.WORD) && words.ranges.containsKey(tok.lower())) {
                int[] r = rangeAt(doc, found, i);
                if (r != null) {
                    low = operand(doc, found, r[0]);
                    high = operand(doc, found, r[1]);
                } else if (pass == Pass.NUMBERS) {
                    int end = extendQuantity(doc, found, i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
            }
            if (low == null) {
                single = operand(doc, found, i);
                if (single == null) {
                    continue;
                }
                Operand dashHigh = dashRange(doc, found, single);
                if (dashHigh != null) {
                    low = single;
                    high = dashHigh;
                    single = null;
                }
            }
            int sentence = doc.sentenceOf(i);
            if (sentence != carriedSentence) {
                carried = null;
            }
            if (single != null) {
                if (single.kind == Kind.NUMBER && carried != null && single.number.scaled()
                        && !countedNounFollows(t, single.last) && carries(doc, single, carriedLast, single.first)) {
                    single.kind = Kind.MONEY;
                    single.currency = carried;
                    single.rule = "money.carried-currency";
                }
                if (single.kind == Kind.NUMBER && !filter.isValue(doc, single.number, single.last)) {
                    i = Math.max(i, single.number.last());
                    continue;
                }
                if (documentMoney != null && single.kind != Kind.MONEY) {
                    Currency c = single.kind == Kind.NUMBER ? documentCurrency(doc, single, single.first,
                            documentMoney) : null;
                    if (c == null) {
                        i = Math.max(i, single.last);
                        continue;
                    }
                    single.kind = Kind.MONEY;
                    single.currency = c;
                    single.rule = "money.document-currency";
                }
                if (!emits(single.kind)) {
                    continue;
                }
                if (single.kind == Kind.MONEY && single.prefixIsName && (filter.looksLikeYear(doc, single.number)
                        || ValueFilter.isTitleCaseMidSentence(doc, single.first))) {
                    continue; // "dollari 2021", "Euro 7" (an emission standard)
                }
                int last = single.last;
                RatePeriod per = null;
                if (single.kind == Kind.MONEY) {
                    last = cents(doc, single, last);
                    PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, last + 1);
                    if (rate != null && !found.anyClaimed(rate.first(), rate.last())) {
                        per = rate.value();
                        last = rate.last();
                    }
                }
                PhraseTable.Match<Qualifier> before = qualifierBefore(doc, found, single.first);
                Qualifier q = before == null ? null : before.value();
                PhraseTable.Match<Qualifier> after = words.qualifiersAfter.startingAt(doc, last + 1);
                if (after != null && !found.anyClaimed(after.first(), after.last())
                        && doc.sameSentence(last, after.last())
                        && words.qualifiers.startingAt(doc, after.first() + 1) == null) { // not "e più piccolo di
                    q = after.value(); // "500 o più"
                    last = after.last();
                    before = null;
                }
                Bound bound = before == null ? null : boundPair(doc, found, single, q, last);
                if (bound != null) { // "superiore a 1000 e inferiore a 1500"
                    Operand other = bound.other();
                    BigDecimal lo = bound.firstIsLower() ? single.number.value() : other.number.value();
                    BigDecimal hi = bound.firstIsLower() ? other.number.value() : single.number.value();
                    Operand shape = single.currency != null ? single : other;
                    m = build(doc, shape, new Amount(null, lo, hi, null), before.first(), other.last, null,
                            kindName(single.kind) + ".bounds");
                    range[0] = before.first();
                    range[1] = other.last;
                } else {
                    Amount amount = Amount.of(single.number.value(), q);
                    int[] noun = single.kind == Kind.NUMBER && last == single.number.last()
                            ? nouns.find(doc, found, single.number) : null;
                    if (noun != null) { // "3.500 nuove assunzioni", "due porte", "quattro voli al giorno"
                        PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, noun[1] + 1);
                        RatePeriod nounPer = rate != null && !found.anyClaimed(rate.first(), rate.last())
                                && doc.sameSentence(noun[1], rate.last()) ? rate.value() : null;
                        m = CountedNounFallback.quantity(doc, amount, single.first, noun, nounPer == null ? noun[1] : rate.last(),
                                nounPer, "quantity.noun-fallback");
                        last = nounPer == null ? noun[1] : rate.last();
                    } else {
                        m = build(doc, single, amount, single.first, last, per, single.rule);
                    }
                    range[0] = single.first;
                    range[1] = last;
                }
            } else {
                Kind kind = low.kind == Kind.NUMBER ? high.kind : low.kind;
                if ((low.kind != Kind.NUMBER && high.kind != Kind.NUMBER && low.kind != high.kind)
                        || ((low.kind == Kind.ORDINAL) != (high.kind == Kind.ORDINAL)) // "tra il quinto e l'ottavo"
                        || (low.currency != null && high.currency != null && !low.currency.equals(high.currency))) {
                    continue;
                }
                BigDecimal lo = low.number.value();
                BigDecimal hi = high.number.value();
                BigDecimal scale = high.number.scaled() ? reader.scaleMultiplier(t.get(high.number.last())) : null;
                if (!low.number.scaled() && scale != null && lo.multiply(scale).compareTo(hi) < 0) {
                    lo = NumberReader.plain(lo.multiply(scale)); // "tra 10 e 12 milioni": both ends in millions
                }
                if (lo.compareTo(hi) >= 0) {
                    continue;
                }
                if (kind == Kind.NUMBER && (filter.looksLikeYear(doc, low.number) || filter.looksLikeYear(doc, high.number))) {
                    continue;
                }
                Currency documentCurrency = null;
                if (kind == Kind.NUMBER && carried != null && high.number.scaled()
                        && !countedNounFollows(t, high.last) && carries(doc, high, carriedLast, Math.min(i, low.first))) {
                    kind = Kind.MONEY; // "un fatturato di 17,3 miliardi di dollari, sotto la forchetta tra 17,4 e 17,6 miliardi"
                    documentCurrency = carried;
                } else if (documentMoney != null) {
                    documentCurrency = kind == Kind.NUMBER ? documentCurrency(doc, high, Math.min(i, low.first),
                            documentMoney) : null;
                    if (documentCurrency == null) {
                        continue;
                    }
                    kind = Kind.MONEY;
                } else if (!emits(kind)) {
                    continue;
                }
                Operand shape = new Operand();
                shape.kind = kind;
                shape.currency = low.currency != null ? low.currency
                        : high.currency != null ? high.currency : documentCurrency;
                shape.number = high.number;
                int first = Math.min(i, low.first);
                int last = high.last;
                RatePeriod per = null;
                if (kind == Kind.MONEY) {
                    PhraseTable.Match<RatePeriod> rate = words.rates.startingAt(doc, last + 1);
                    if (rate != null && !found.anyClaimed(rate.first(), rate.last())) {
                        per = rate.value();
                        last = rate.last();
                    }
                }
                PhraseTable.Match<Qualifier> hedge = qualifierBefore(doc, found, first);
                Amount amount = new Amount(null, lo, hi, hedge == null ? null : hedge.value());
                String rule = kindName(kind) + ".range";
                int[] noun = kind == Kind.NUMBER ? nouns.find(doc, found, high.number) : null;
                if (noun != null) { // "tra i 100.000 e i 140.000 specialisti"
                    m = CountedNounFallback.quantity(doc, amount, first, noun, noun[1], null, "quantity.noun-range-fallback");
                    last = noun[1];
                } else {
                    m = build(doc, shape, amount, first, last, per, rule);
                }
                range[0] = first;
                range[1] = last;
            }
            if (m == null || found.anyClaimed(range[0], range[1])) {
                continue;
            }
            found.add(m, range[0], range[1]);
            if (m instanceof Money money && money.currency() != null) {
                carried = money.currency();
                carriedSentence = sentence;
                carriedLast = range[1];
            }
            i = range[1];
        }
    }

    /** Quantities found without a qualifier get the one written before them: "supera i 10 milioni di clienti". */
    private void hedgeQuantities(Document doc, ValueClaims found) {
        for (Quantity q : found.mentions(Quantity.class)) {
            if (q.amount().qualifier() != null) {
                continue;
            }
            int[] r = doc.tokensWithin(q.span());
            PhraseTable.Match<Qualifier> hedge = r == null ? null : qualifierBefore(doc, found, r[0]);
            if (hedge != null) {
                found.replace(q, new Quantity(q.span(), q.text(), q.rule(), q.amount().withQualifier(hedge.value()),
                        q.unit(), q.noun(), q.per(), q.dimensions(), q.change()));
            }
        }
    }

    /** The value of an ordinal word ("terzo", "ventunesima"), or null. */
    private BigDecimal ordinalValue(Token tok) {
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
        o.kind = Kind.ORDINAL;
        o.number = new NumberMatch(value, i, i, "ordinal.words", false, true, false);
        o.rule = "ordinal.words";
        return o;
    }

    private static String kindName(Kind kind) {
        return switch (kind) {
            case MONEY -> "money";
            case PERCENT -> "percent";
            case ORDINAL -> "ordinal";
            case NUMBER -> "number";
        };
    }

    private Mention build(Document doc, Operand o, Amount amount, int first, int last, RatePeriod per, String rule) {
        Span sp = doc.tokenSpan(first, last);
        String text = doc.original(sp);
        return switch (o.kind) {
            case MONEY -> new Money(sp, text, rule, amount, o.currency, per, null);
            case PERCENT -> new Percentage(sp, text, rule, amount, null);
            case ORDINAL -> new NumberMention(sp, text, rule, amount, true, null);
            case NUMBER -> new NumberMention(sp, text, rule, amount, false, null);
        };
    }

    // ---- reading one operand ------------------------------------------------------------------------------

    /** Currency before, number, then percent or currency after; null when no number starts at {@code i}. */
    private Operand operand(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Operand o = new Operand();
        o.first = i;
        int at = i;
        CurrencyLexicon.Found pre = currencies.before(doc, i);
        if (pre != null && pre.last() + 1 < t.size() && startsNumber(t.get(pre.last() + 1))) {
            o.currency = pre.currency();
            o.kind = Kind.MONEY;
            o.prefixIsName = t.get(pre.last()).is(Token.Kind.WORD);
            o.rule = "money.currency-before";
            at = pre.last() + 1;
        } else if (pre != null && !startsNumber(t.get(i))) {
            return null;
        }
        NumberMatch n = reader.read(t, at);
        if (n == null && o.currency == null) {
            return ordinalWord(doc, found, i);
        }
        if (n == null || found.anyClaimed(i, n.last())) {
            return null;
        }
        o.number = n;
        o.last = n.last();
        if (o.kind == Kind.MONEY) {
            return o;
        }
        int k = n.last() + 1;
        PhraseTable.Match<String> pct = words.percent.startingAt(doc, k);
        if (pct != null && !found.anyClaimed(k, pct.last())) {
            o.kind = Kind.PERCENT;
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
            o.kind = Kind.MONEY;
            o.currency = post.currency();
            o.last = post.last();
            o.rule = ofAt >= 0 ? "money.amount-of-currency" : "money.amount-currency";
            return o;
        }
        PhraseTable.Match<CurrencyLexicon.Subunit> sub = currencies.subunit(doc, k);
        if (sub != null && !n.scaled() && !found.anyClaimed(k, sub.last())) {
            o.kind = Kind.MONEY;
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
            o.kind = Kind.ORDINAL;
            o.last = k;
            o.rule = "ordinal.digits-sign";
            return o;
        }
        o.rule = n.rule();
        return o;
    }

    private static boolean startsNumber(Token tok) {
        return tok.is(Token.Kind.NUMBER) || tok.is(Token.Kind.WORD);
    }

    /** "15 dollari e 15 centesimi", "15 dollari e 15", "15 dollari 50": cents after a whole amount. */
    private int cents(Document doc, Operand o, int last) {
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

    // ---- ranges -----------------------------------------------------------------------------------------------

    /** "tra 10 e 12 milioni", "dal 5 al 7%": token indices of the two operands, or null. */
    private int[] rangeAt(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Set<String> joiners = words.ranges.get(t.get(i).lower());
        if (i > 0 && words.rangeBlockers.contains(t.get(i - 1).lower())) {
            return null;
        }
        int a = skipArticle(t, i + 1);
        if (a >= t.size()) {
            return null;
        }
        Operand x = operand(doc, found, a);
        if (x == null || x.last + 2 >= t.size() || !joiners.contains(t.get(x.last + 1).lower())) {
            return null;
        }
        int b = skipArticle(t, x.last + 2);
        if (b >= t.size() || !doc.sameSentence(i, b)) {
            return null;
        }
        Operand y = operand(doc, found, b);
        if (y == null) {
            return null;
        }
        return new int[] {a, b};
    }

    /**
     * "tra i 210 e i 250 passeggeri" when the quantity stage has already read "250 passeggeri": the low end joins
     * that quantity, which becomes a range sharing its unit or noun. Returns the last token of the low end, or -1.
     */
    private int extendQuantity(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Set<String> joiners = words.ranges.get(t.get(i).lower());
        if (i > 0 && words.rangeBlockers.contains(t.get(i - 1).lower())) {
            return -1;
        }
        int a = skipArticle(t, i + 1);
        if (a >= t.size()) {
            return -1;
        }
        Operand x = operand(doc, found, a);
        if (x == null || x.kind != Kind.NUMBER || x.last + 2 >= t.size()
                || !joiners.contains(t.get(x.last + 1).lower())) {
            return -1;
        }
        int b = skipArticle(t, x.last + 2);
        if (b >= t.size() || !found.isClaimed(b) || !doc.sameSentence(i, b)) {
            return -1;
        }
        int start = doc.tokenSpan(b, b).start();
        Quantity q = null;
        for (Quantity candidate : found.mentions(Quantity.class)) {
            if (candidate.start() == start && !candidate.amount().isRange() && candidate.dimensions().isEmpty()) {
                q = candidate;
            }
        }
        NumberMatch y = reader.read(t, b);
        if (q == null || y == null) {
            return -1;
        }
        BigDecimal lo = x.number.value();
        BigDecimal hi = q.amount().value();
        BigDecimal scale = y.scaled() ? reader.scaleMultiplier(t.get(y.last())) : null;
        if (!x.number.scaled() && scale != null && lo.multiply(scale).compareTo(hi) < 0) {
            lo = NumberReader.plain(lo.multiply(scale));
        }
        if (lo.compareTo(hi) >= 0) {
            return -1;
        }
        PhraseTable.Match<Qualifier> hedge = qualifierBefore(doc, found, i);
        Span sp = new Span(doc.tokenSpan(i, i).start(), q.end());
        Quantity range = new Quantity(sp, doc.original(sp), "quantity.range-shared",
                new Amount(null, lo, hi, hedge == null ? null : hedge.value()), q.unit(), q.noun(), q.per(),
                q.dimensions(), q.change());
        found.replace(q, range);
        found.claim(i, b - 1);
        return b - 1;
    }

    /** "tra il 5 e il 7%", "tra un terzo e la metà": an article before a range end is skipped. */
    private int skipArticle(List<Token> t, int i) {
        return i < t.size() && words.articles.contains(t.get(i).lower()) ? i + 1 : i;
    }

    /** "10-12 miliardi", "20-100": the high end after a glued dash, or null. */
    private Operand dashRange(Document doc, ValueClaims found, Operand low) {
        List<Token> t = doc.tokens();
        int d = low.last + 1;
        if (low.kind != Kind.NUMBER || low.number.spelled() || d + 1 >= t.size() || !t.get(d).text().equals("-")
                || !doc.glued(d) || !doc.glued(d + 1) || !t.get(d + 1).is(Token.Kind.NUMBER)) {
            return null;
        }
        int first = low.number.first();
        if (first > 0 && doc.glued(first) && ValueFilter.isWordLike(t.get(first - 1))) {
            return null; // "COVID-19"
        }
        Operand high = operand(doc, found, d + 1);
        if (high == null || high.kind == Kind.ORDINAL) {
            return null;
        }
        if (high.kind == Kind.NUMBER && (!filter.valueBefore(doc, low.number) || !filter.valueAfter(doc, high.number, high.last))) {
            return null; // "Boeing 737-800", "30-40 giorni" (a duration)
        }
        return high;
    }

    // ---- qualifiers and filters -------------------------------------------------------------------------------

    /** The qualifier before token {@code first}: "quasi 18 milioni", "oltre il 12%". */
    private PhraseTable.Match<Qualifier> qualifierBefore(Document doc, ValueClaims found, int first) {
        List<Token> t = doc.tokens();
        int p = first - 1;
        if (p < 0) {
            return null;
        }
        if (words.articles.contains(t.get(p).lower())) {
            p--;
        }
        PhraseTable.Match<Qualifier> q = words.qualifiers.endingAt(doc, p);
        if (q == null || found.anyClaimed(q.first(), q.last()) || !doc.sameSentence(q.first(), first)) {
            return null;
        }
        return q;
    }

    /** The opposite bound found after a bound: its operand, and whether the first value is the lower end. */
    private record Bound(Operand other, boolean firstIsLower) {
    }

    /** A bound and the opposite bound after it: "superiore a 1000 e inferiore a 1500", "non più di 50 e non meno di 20". */
    private Bound boundPair(Document doc, ValueClaims found, Operand first, Qualifier q, int last) {
        List<Token> t = doc.tokens();
        boolean lower = q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
        boolean upper = q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST;
        if (!lower && !upper) {
            return null;
        }
        int j = last + 1;
        int skipped = 0;
        while (j < t.size() && skipped < 2 && words.boundJoiners.contains(t.get(j).lower())) {
            j++;
            skipped++;
        }
        if (skipped == 0 || j >= t.size() || !doc.sameSentence(last, j)) {
            return null;
        }
        PhraseTable.Match<Qualifier> q2 = words.qualifiers.startingAt(doc, j);
        if (q2 == null || found.anyClaimed(j, q2.last())) {
            return null;
        }
        Qualifier other = q2.value();
        boolean otherLower = other == Qualifier.MORE_THAN || other == Qualifier.AT_LEAST;
        boolean otherUpper = other == Qualifier.LESS_THAN || other == Qualifier.AT_MOST;
        if (!(lower && otherUpper) && !(upper && otherLower)) {
            return null;
        }
        int k = q2.last() + 1;
        if (k < t.size() && words.articles.contains(t.get(k).lower())) {
            k++;
        }
        if (k >= t.size() || !doc.sameSentence(j, k)) {
            return null;
        }
        Operand y = operand(doc, found, k);
        if (y == null || y.kind != first.kind
                || (y.kind == Kind.NUMBER && !filter.isValue(doc, y.number, y.last))
                || (first.currency != null && y.currency != null && !first.currency.equals(y.currency))) {
            return null;
        }
        BigDecimal a = first.number.value();
        BigDecimal b = y.number.value();
        if (lower ? a.compareTo(b) >= 0 : b.compareTo(a) >= 0) {
            return null;
        }
        return new Bound(y, lower);
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

    /**
     * The currency of a bare scaled amount in a money context: a money word ("debito", "ricavi", "investe") within
     * the ten tokens before it in the same sentence, or "di" + a money word after it ("5 miliardi di vendite"); and
     * no counted noun after it. The currency is that of the nearest money mention before it, else after it.
     */
    private Currency documentCurrency(Document doc, Operand o, int first, List<Money> money) {
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
        int at = doc.tokenSpan(first, first).start();
        int lo = 0;
        int hi = money.size();
        while (lo < hi) { // first money mention starting at or after the amount (the list is sorted)
            int mid = (lo + hi) >>> 1;
            if (money.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int j = lo - 1; j >= 0; j--) {
            if (money.get(j).currency() != null) {
                return money.get(j).currency();
            }
        }
        for (int j = lo; j < money.size(); j++) {
            if (money.get(j).currency() != null) {
                return money.get(j).currency();
            }
        }
        return null;
    }

    /** A scaled number followed by "di" + word is a count of something ("500 milioni di utenti"), not money. */
    private static boolean countedNounFollows(List<Token> t, int last) {
        int k = last + 1;
        return k + 1 < t.size() && (t.get(k).is("di") || t.get(k).is("d'")) && t.get(k + 1).is(Token.Kind.WORD);
    }
}
