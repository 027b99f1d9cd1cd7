package io.fatti.number;

import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Finds the two ends of a range: "tra 10 e 12 milioni", "dal 5 al 7%" (an opener and a joiner), "10-12 miliardi" (a
 * glued dash), and "tra i 210 e i 250 passeggeri" where the quantity stage already read the high end. Immutable.
 */
final class RangeReader {

    private final NumberReader reader;
    private final ValueWords words;
    private final ValueFilter filter;
    private final OperandReader operands;
    private final Hedges hedges;

    RangeReader(NumberReader reader, ValueWords words, ValueFilter filter, OperandReader operands, Hedges hedges) {
        this.reader = reader;
        this.words = words;
        this.filter = filter;
        this.operands = operands;
        this.hedges = hedges;
    }

    /** "tra 10 e 12 milioni", "dal 5 al 7%": token indices of the two operands, or null. */
    int[] rangeAt(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Set<String> joiners = words.ranges.get(t.get(i).lower());
        if (i > 0 && words.rangeBlockers.contains(t.get(i - 1).lower())) {
            return null;
        }
        int a = skipArticle(t, i + 1);
        if (a >= t.size()) {
            return null;
        }
        Operand x = operands.read(doc, found, a);
        if (x == null || x.last + 2 >= t.size() || !joiners.contains(t.get(x.last + 1).lower())) {
            return null;
        }
        int b = skipArticle(t, x.last + 2);
        if (b >= t.size() || !doc.sameSentence(i, b)) {
            return null;
        }
        Operand y = operands.read(doc, found, b);
        if (y == null) {
            return null;
        }
        return new int[] {a, b};
    }

    /**
     * "tra i 210 e i 250 passeggeri" when the quantity stage has already read "250 passeggeri": the low end joins
     * that quantity, which becomes a range sharing its unit or noun. Returns the last token of the low end, or -1.
     */
    int extendQuantity(Document doc, ValueClaims found, int i) {
        List<Token> t = doc.tokens();
        Set<String> joiners = words.ranges.get(t.get(i).lower());
        if (i > 0 && words.rangeBlockers.contains(t.get(i - 1).lower())) {
            return -1;
        }
        int a = skipArticle(t, i + 1);
        if (a >= t.size()) {
            return -1;
        }
        Operand x = operands.read(doc, found, a);
        if (x == null || x.kind != Operand.Kind.NUMBER || x.last + 2 >= t.size()
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
        PhraseTable.Match<Qualifier> hedge = hedges.before(doc, found, i);
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
    /**
     * A dash with spaces joins two amounts only when both are written with separators and the high end has a scale:
     * "ricavi previsti a circa 1.290 – 1.300 milioni"; not "3 - 1" (a score) or "2019 - 2020".
     */
    private boolean spacedAmounts(Document doc, Operand low, int highAt) {
        String a = doc.token(low.number.first()).text();
        String b = doc.token(highAt).text();
        NumberMatch high = reader.read(doc.tokens(), highAt);
        return low.number.first() == low.number.last() && !low.number.scaled() && high != null && high.scaled()
                && (a.indexOf('.') > 0 || a.indexOf(',') > 0) && (b.indexOf('.') > 0 || b.indexOf(',') > 0);
    }

    Operand dashRange(Document doc, ValueClaims found, Operand low) {
        List<Token> t = doc.tokens();
        int d = low.last + 1;
        if (low.kind != Operand.Kind.NUMBER || low.number.spelled() || d + 1 >= t.size() || !t.get(d).text().equals("-")
                || !t.get(d + 1).is(Token.Kind.NUMBER) || !doc.sameSentence(d, d + 1)) {
            return null;
        }
        if (!(doc.glued(d) && doc.glued(d + 1)) && !spacedAmounts(doc, low, d + 1)) {
            return null;
        }
        int first = low.number.first();
        if (first > 0 && doc.glued(first) && ValueFilter.isWordLike(t.get(first - 1))) {
            return null; // "COVID-19"
        }
        Operand high = operands.read(doc, found, d + 1);
        if (high == null || high.kind == Operand.Kind.ORDINAL) {
            return null;
        }
        if (high.kind == Operand.Kind.NUMBER && (!filter.valueBefore(doc, low.number) || !filter.valueAfter(doc, high.number, high.last))) {
            return null; // "Boeing 737-800", "30-40 giorni" (a duration)
        }
        return high;
    }
}
