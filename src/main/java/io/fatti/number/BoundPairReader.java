package io.fatti.number;

import io.fatti.mention.Qualifier;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * Two opposite bounds that make one range: "superiore a 1000 e inferiore a 1500", "più di 300 ma meno di 500",
 * "almeno 5 milioni e al massimo 8 milioni". Immutable.
 */
final class BoundPairReader {

    private final ValueWords words;
    private final ValueFilter filter;
    private final OperandReader operands;

    BoundPairReader(ValueWords words, ValueFilter filter, OperandReader operands) {
        this.words = words;
        this.filter = filter;
        this.operands = operands;
    }

    /** The opposite bound found after a bound: its operand, and whether the first value is the lower end. */
    record Bound(Operand other, boolean firstIsLower) {
    }

    /** A bound and the opposite bound after it: "superiore a 1000 e inferiore a 1500", "non più di 50 e non meno di 20". */
    Bound read(Document doc, ValueClaims found, Operand first, Qualifier q, int last) {
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
        Operand y = operands.read(doc, found, k);
        if (y == null || y.kind != first.kind
                || (y.kind == Operand.Kind.NUMBER && !filter.isValue(doc, y.number, y.last))
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
}
