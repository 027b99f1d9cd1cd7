package io.fatti.quantity;

import io.fatti.mention.Amount;
import io.fatti.mention.Qualifier;
import io.fatti.number.DigitFormat;
import io.fatti.number.NumberMatch;
import io.fatti.number.NumberReader;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the numbers of a quantity, starting from one number: a single value, a range ("tra 10 e 15 milioni",
 * "dai 1.500 ai 2.000", "128-512"), a change "da X a Y" after a verb of change, or the factors of a product
 * ("2.778 x 1.284", "1920x1080"). What follows the last number (unit, noun) is the caller's business.
 */
final class ValueReader {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final NumberReader numbers;
    private final RangeWords ranges;

    ValueReader(NumberReader numbers, RangeWords ranges) {
        this.numbers = numbers;
        this.ranges = ranges;
    }

    /**
     * The numbers read at a position: one value, a range (low, high), or the factors of a product. A change
     * "da X a Y" is read as the value Y with {@code from} holding X (its value in {@code low}).
     */
    record Reading(int first, int last, NumberMatch lastNumber, BigDecimal value, BigDecimal low,
                   BigDecimal high, List<BigDecimal> dimensions, boolean gluedDimensions, NumberMatch from) {

        Amount amount(Qualifier q) {
            return value != null ? Amount.of(value, q) : Amount.range(low, high).withQualifier(q);
        }

        boolean isRange() {
            return value == null;
        }

        /** Where the emitted value starts: after "da X a" for a change, else at the first token. */
        int valueFirst() {
            return from != null ? lastNumber.first() : first;
        }
    }

    /** The value, range, change or product starting with the number {@code n}. */
    Reading read(Document doc, Claims found, NumberMatch n) {
        Reading dims = dimensions(doc, found, n);
        if (dims != null) {
            return dims;
        }
        Reading range = range(doc, found, n);
        if (range != null) {
            return range;
        }
        return new Reading(n.first(), n.last(), n, n.value(), null, null, List.of(), false, null);
    }

    /** "2.778 x 1.284", "1920x1080", "10 x 20 x 5": two or three factors joined by x or ×. */
    private Reading dimensions(Document doc, Claims found, NumberMatch n) {
        List<BigDecimal> factors = new ArrayList<>();
        factors.add(n.value());
        int last = n.last();
        NumberMatch lastNumber = n;
        boolean glued = false;
        while (factors.size() < 3 && last + 1 < doc.size()) {
            int j = last + 1;
            Token t = doc.token(j);
            if (found.isClaimed(j)) {
                break;
            }
            if (t.is(Token.Kind.ALPHANUMERIC) && doc.glued(j) && t.lower().startsWith("x")) {
                BigDecimal v = DigitFormat.parse(t.text().substring(1)); // "1920x1080": x1080 is one token
                if (v == null) {
                    break;
                }
                factors.add(v);
                last = j;
                glued = true;
            } else if ((t.is("x") || t.is("×")) && j + 1 < doc.size() && !found.isClaimed(j + 1)) {
                NumberMatch m = numbers.read(doc, j + 1);
                if (m == null || m.scaled() || m.spelled()) {
                    break;
                }
                factors.add(m.value());
                last = m.last();
                lastNumber = m;
                glued = glued || doc.glued(j);
            } else {
                break;
            }
        }
        if (factors.size() < 2) {
            return null;
        }
        return new Reading(n.first(), last, lastNumber, factors.get(0), null, null, factors, glued, null);
    }

    /**
     * "tra 10 e 15 milioni", "da 6 a 8", "dai 1.500 ai 2.000", "tra i 180 e i 190", "128-512": two numbers whose
     * unit or noun comes after the second. An unscaled first number below a thousand takes the second one's scale
     * ("tra 10 e 15 milioni", but "da 367.500 a 1,3 milioni"). After a verb of change
     * ("è passata da 4.000 a 4.500 mAh") the two numbers are a change, not a range: the reading is marked
     * {@code fromTo} and both become quantities sharing the unit.
     */
    private Reading range(Document doc, Claims found, NumberMatch n) {
        int c = n.last() + 1;
        if (c + 1 >= doc.size() || found.isClaimed(c) || found.isClaimed(c + 1)) {
            return null;
        }
        Token connector = doc.token(c);
        int first = n.first();
        int high = c + 1;
        boolean fromTo = false;
        if (connector.is("-")) {
            if (doc.glued(c) != doc.glued(c + 1)) {
                return null;
            }
        } else {
            int o = n.first() - 1;
            if (o >= 0 && ranges.isArticle(doc.token(o).lower()) && o > 0 && doc.token(o - 1).is(Token.Kind.WORD)
                    && ranges.isOpener(doc.token(o - 1).lower())) {
                o--; // "tra i 180"
            }
            if (o < 0 || !ranges.isOpener(doc.token(o).lower()) || !ranges.joins(doc.token(o).lower(), connector.lower())
                    || found.anyClaimed(o, n.first() - 1) || !doc.sameSentence(o, c)) {
                return null;
            }
            if (ranges.isArticle(doc.token(high).lower()) && !connector.text().endsWith("'")) {
                high++; // "e i 190"
            }
            first = o;
            fromTo = o > 0 && ranges.blocks(doc.token(o - 1).lower());
        }
        NumberMatch m = high < doc.size() ? numbers.read(doc, high) : null;
        if (m == null || found.anyClaimed(high, m.last())) {
            return null;
        }
        BigDecimal low = n.value();
        if (!n.scaled() && m.scaled() && doc.token(m.first()).is(Token.Kind.NUMBER)) {
            BigDecimal base = DigitFormat.parse(doc.token(m.first()).text());
            if (base != null && base.signum() != 0) {
                BigDecimal scaled = low.multiply(m.value().divide(base, MC));
                boolean sameScale = low.compareTo(THOUSAND) < 0; // "da 10 a 15 milioni", not "da 367.500 a 1,3 milioni"
                if (sameScale && (fromTo || scaled.compareTo(m.value()) < 0)) {
                    low = scaled;
                }
            }
        }
        if (fromTo) {
            return new Reading(first, m.last(), m, m.value(), low, null, List.of(), false, n);
        }
        if (low.compareTo(m.value()) >= 0) {
            return null;
        }
        return new Reading(first, m.last(), m, null, low, m.value(), List.of(), false, null);
    }
}
