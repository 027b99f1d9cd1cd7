package io.fatti.number;

import io.fatti.number.NumberWords.FractionClass;
import io.fatti.number.NumberWords.FractionWord;
import io.fatti.number.NumberWords.Morpheme;
import io.fatti.number.NumberWords.ScaleWord;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Reads a number expression starting at a token: digits in Italian or English format ({@link DigitFormat}), scale
 * words and abbreviations ("43,9 milioni", "25mila", "10K", "3 mld"), spelled-out numbers ("duecentotrentamila",
 * "un milione e mezzo", "mezzo miliardo", "tre virgola cinque"), fractions ("un terzo", "due terzi", "3/4",
 * "2 e 1/4", "uno su tre", "metà"), a glued minus sign and exponents ("1e10", "2,5^-1").
 *
 * <p>It reads, it does not judge: whether "15" after "iPhone" is a value is for the annotators to decide. Immutable
 * and thread-safe; the lexicon comes from {@code models/number/}.
 */
public final class NumberReader {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int MAX_EXPONENT = 30;

    private static final class Holder {
        static final NumberReader ITALIAN = new NumberReader(NumberWords.italian());
    }

    private final NumberWords words;
    private final SpelledNumber spelled;

    NumberReader(NumberWords words) {
        this.words = words;
        this.spelled = new SpelledNumber(words);
    }

    /** The Italian reader (loaded once, shared). */
    public static NumberReader italian() {
        return Holder.ITALIAN;
    }

    public NumberMatch read(Document doc, int i) {
        return read(doc.tokens(), i);
    }

    /** The number expression starting at token {@code i}, or null when none starts there. */
    public NumberMatch read(List<Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        switch (tok.kind()) {
            case NUMBER:
                return readFrom(t, i, digitHead(t, i), false);
            case WORD:
                return readWords(t, i);
            case PUNCTUATION:
            case SYMBOL:
                if (tok.text().equals("-") && i + 1 < t.size() && t.get(i + 1).is(Token.Kind.NUMBER)
                        && glued(t, i + 1) && !(glued(t, i) && isWordLike(t.get(i - 1)))) {
                    NumberMatch m = readFrom(t, i + 1, digitHead(t, i + 1), false);
                    return m == null ? null : new NumberMatch(plain(m.value().negate()), i, m.last(), m.rule(), m.scaled(),
                            false, m.fraction());
                }
                FractionWord sign = words.fraction(tok.lower());
                if (sign != null && sign.cls() == FractionClass.SIGN) {
                    return new NumberMatch(plain(sign.value()), i, i, "number.fraction-sign", false, false, true);
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * A cheap test: false when no number expression can start at this token, so callers can skip most tokens
     * without reading. True does not mean {@link #read} will find one.
     */
    public boolean mayStart(Token tok) {
        switch (tok.kind()) {
            case NUMBER:
                return true;
            case WORD: {
                String lower = tok.lower();
                if (lower.equals("mezzo") || lower.equals("mezza")) {
                    return true;
                }
                FractionWord f = words.fraction(lower);
                return (f != null && f.cls() == FractionClass.HALF) || spelled.mayStart(lower);
            }
            case PUNCTUATION:
            case SYMBOL: {
                if (tok.text().equals("-")) {
                    return true;
                }
                FractionWord f = words.fraction(tok.lower());
                return f != null && f.cls() == FractionClass.SIGN;
            }
            default:
                return false;
        }
    }

    /**
     * The value of an ordinal above ten written as a word, singular: "undicesimo" 11, "ventunesima" 21; or null.
     * (The first ten are irregular and listed in {@code models/number/ordinals.tsv}.)
     */
    public BigDecimal derivedOrdinal(Token tok) {
        String lower = tok.lower();
        if (!tok.is(Token.Kind.WORD) || !(lower.endsWith("esimo") || lower.endsWith("esima"))) {
            return null;
        }
        return denominator(lower);
    }

    /** True when the token is a scale word or abbreviation in any position ("milioni", "mln", "K"). */
    public boolean isScaleWord(Token tok) {
        return words.scale(tok.text(), tok.lower()) != null;
    }

    /** The multiplier of a scale word or abbreviation ("milioni" 10⁶, "K" 10³), or null. */
    public BigDecimal scaleMultiplier(Token tok) {
        ScaleWord s = words.scale(tok.text(), tok.lower());
        return s == null ? null : s.multiplier();
    }

    // ---- digits ---------------------------------------------------------------------------------------------

    /** The accumulated value after the digit token at {@code i} and any exponent or slash fraction glued to it. */
    private Head digitHead(List<Token> t, int i) {
        BigDecimal v = DigitFormat.parse(t.get(i).text());
        if (v == null) {
            return null;
        }
        Head h = new Head(v, i, "number.digits");
        exponent(t, h);
        if (h.last == i && isInteger(v)) {
            BigDecimal frac = slashFraction(t, i);
            if (frac != null) {
                h.acc = new Accumulator(frac);
                h.last = i + 2;
                h.rule = "number.fraction";
                h.fraction = true;
            } else if (i + 1 < t.size() && !glued(t, i + 1) && t.get(i + 1).is(Token.Kind.NUMBER)) {
                BigDecimal mixed = slashFraction(t, i + 1); // "2 1/4"
                if (mixed != null && mixed.compareTo(BigDecimal.ONE) < 0) {
                    h.acc = new Accumulator(v.add(mixed));
                    h.last = i + 3;
                    h.rule = "number.fraction";
                    h.fraction = true;
                }
            }
        }
        return h;
    }

    /** "3/4" at token i: integer / integer, glued, and not part of a date ("22/11/2021") or a longer code. */
    private static BigDecimal slashFraction(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).text().equals("/") || !glued(t, i + 1) || !glued(t, i + 2)
                || !t.get(i + 2).is(Token.Kind.NUMBER)) {
            return null;
        }
        if (i > 0 && glued(t, i) && t.get(i - 1).text().equals("/")) {
            return null;
        }
        if (i + 3 < t.size() && glued(t, i + 3) && (t.get(i + 3).text().equals("/")
                || (t.get(i + 3).text().equals(".") && i + 4 < t.size() && glued(t, i + 4)))) {
            return null; // "22/11/2021", "1/2.5"
        }
        BigDecimal num = DigitFormat.parse(t.get(i).text());
        BigDecimal den = DigitFormat.parse(t.get(i + 2).text());
        if (num == null || den == null || !isInteger(num) || !isInteger(den) || den.signum() == 0
                || t.get(i).length() > 4 || t.get(i + 2).length() > 4) {
            return null;
        }
        return num.divide(den, MC);
    }

    /** "1e10", "12,32e+14", "2,5^-1": an exponent glued to the digits. */
    private static void exponent(List<Token> t, Head h) {
        int j = h.last + 1;
        if (j >= t.size() || !glued(t, j)) {
            return;
        }
        Token e = t.get(j);
        boolean power = e.text().equals("^");
        int k;
        String digits;
        int sign = 1;
        if (e.is(Token.Kind.ALPHANUMERIC) && e.lower().length() > 1 && e.lower().charAt(0) == 'e'
                && allDigits(e.lower(), 1)) {
            digits = e.lower().substring(1);
            k = j;
        } else if (power || e.is("e")) {
            k = j + 1;
            while (k < t.size() && glued(t, k) && (t.get(k).text().equals("-") || t.get(k).text().equals("+"))) {
                if (t.get(k).text().equals("-")) {
                    sign = -sign;
                }
                k++;
            }
            if (k >= t.size() || !glued(t, k) || !t.get(k).is(Token.Kind.NUMBER) || !allDigits(t.get(k).text(), 0)) {
                return;
            }
            digits = t.get(k).text();
        } else {
            return;
        }
        if (k + 1 < t.size() && glued(t, k + 1) && isWordLike(t.get(k + 1))) {
            return;
        }
        if (digits.length() > 2) {
            return;
        }
        // "7e7" and "7E7" are model names (Boeing); an exponent needs a sign, two digits or a decimal mantissa.
        if (sign > 0 && digits.length() < 2 && h.acc.value().scale() <= 0 && !t.get(j).text().startsWith("e+")
                && !(k > j && t.get(j + 1).text().equals("+"))) {
            return;
        }
        int n = Integer.parseInt(digits) * sign;
        if (Math.abs(n) > MAX_EXPONENT) {
            return;
        }
        BigDecimal base = h.acc.value();
        BigDecimal v;
        if (power) {
            v = n >= 0 ? base.pow(n, MC) : BigDecimal.ONE.divide(base.pow(-n, MC), MC);
        } else {
            v = base.scaleByPowerOfTen(n);
        }
        h.acc = new Accumulator(v);
        h.last = k;
        h.rule = "number.exponent";
    }

    // ---- words ----------------------------------------------------------------------------------------------

    private NumberMatch readWords(List<Token> t, int i) {
        Token tok = t.get(i);
        String lower = tok.lower();
        FractionWord half = words.fraction(lower);
        if (half != null && half.cls() == FractionClass.HALF) {
            return new NumberMatch(half.value(), i, i, "number.fraction-half", false, true, true);
        }
        if ((lower.equals("mezzo") || lower.equals("mezza")) && i + 1 < t.size()) {
            ScaleWord s = spacedScale(t, i + 1);
            if (s != null) { // "mezzo milione", "mezza dozzina"
                Head h = new Head(new BigDecimal("0.5"), i, "number.words-scale");
                h.acc.scale(s.multiplier());
                h.last = i + 1;
                h.scaled = true;
                return readFrom(t, i, h, true);
            }
            return null;
        }
        if (lower.length() > SpelledNumber.MAX_LENGTH) {
            return null;
        }
        List<Morpheme> parts = spelled.split(lower);
        if (parts == null) {
            return null;
        }
        Head h = new Head(BigDecimal.ZERO, i, "number.words");
        h.acc = new Accumulator(BigDecimal.ZERO);
        h.acc.feed(parts);
        h.scaled = parts.get(parts.size() - 1).cls() == NumberWords.MorphemeClass.SCALE;
        return readFrom(t, i, h, true);
    }

    /** The value of a single spelled number word, or null. */
    private BigDecimal wordValue(String lower) {
        List<Morpheme> parts = spelled.split(lower);
        if (parts == null) {
            return null;
        }
        Accumulator a = new Accumulator(BigDecimal.ZERO);
        a.feed(parts);
        return a.value();
    }

    /** The denominator named by {@code lower}: "terzi" 3, "quinto" 5, "ventunesimi" 21, "centesimo" 100. */
    private BigDecimal denominator(String lower) {
        FractionWord f = words.fraction(lower);
        if (f != null) {
            return f.cls() == FractionClass.DENOMINATOR ? f.value() : null;
        }
        int n = lower.length();
        if (n < 7 || n > SpelledNumber.MAX_LENGTH || !lower.startsWith("esim", n - 5)) {
            return null;
        }
        char last = lower.charAt(n - 1);
        if (last != 'o' && last != 'i' && last != 'a' && last != 'e') {
            return null;
        }
        String root = lower.substring(0, n - 5);
        for (String ending : new String[] {"", "e", "o", "i", "a"}) {
            String w = root + ending;
            BigDecimal v = wordValue(w);
            if (v == null) {
                ScaleWord s = words.scale(w, w); // "bilionesimo", "miliardesimo"
                v = s != null && s.multiplier().compareTo(THOUSAND) > 0 ? s.multiplier() : null;
            }
            if (v != null && v.compareTo(BigDecimal.TEN) > 0) {
                return v;
            }
        }
        return null;
    }

    // ---- the common tail: scales, decimals, fractions, "e mezzo", "su" ----------------------------------------

    private NumberMatch readFrom(List<Token> t, int i, Head h, boolean wordsHead) {
        if (h == null) {
            return null;
        }
        int n = t.size();
        // Scale words, and for spelled numbers further number words after a scale ("due milioni trecentomila").
        while (h.last + 1 < n) {
            int j = h.last + 1;
            ScaleWord s = scaleAt(t, j);
            if (s != null && s.minimum() != null && isInteger(h.acc.value())
                    && h.acc.value().abs().compareTo(s.minimum()) < 0) {
                s = null; // "4K" is a resolution; "2,5K" is 2500
            }
            if (s != null && !h.fraction && (h.acc.lastScale == null
                    || s.multiplier().compareTo(h.acc.lastScale) > 0 || h.acc.current.signum() > 0)) {
                h.acc.scale(s.multiplier());
                h.last = j;
                h.scaled = true;
                h.rule = wordsHead ? "number.words-scale" : "number.digits-scale";
                continue;
            }
            if (wordsHead && h.acc.lastScale != null && h.acc.lastScale.compareTo(THOUSAND) >= 0
                    && t.get(j).is(Token.Kind.WORD)) {
                List<Morpheme> parts = spelled.split(t.get(j).lower());
                BigDecimal v = parts == null ? null : wordValue(t.get(j).lower());
                if (v != null && v.signum() > 0 && v.compareTo(h.acc.lastScale) < 0) {
                    h.acc.feed(parts);
                    h.last = j;
                    continue;
                }
            }
            break;
        }
        // "tre virgola cinque", "duecento punto zero tre"
        if (wordsHead && !h.scaled && h.last + 2 < n
                && (t.get(h.last + 1).is("virgola") || t.get(h.last + 1).is("punto"))) {
            StringBuilder decimals = new StringBuilder();
            int j = h.last + 2;
            while (j < n && t.get(j).is(Token.Kind.WORD) && decimals.length() < 20) {
                BigDecimal d = wordValue(t.get(j).lower());
                if (d == null || d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) >= 0) {
                    break;
                }
                decimals.append(d.toPlainString());
                j++;
            }
            if (decimals.length() > 0) {
                h.acc = new Accumulator(new BigDecimal(h.acc.value().toPlainString() + "." + decimals));
                h.last = j - 1;
                h.rule = "number.words-decimal";
                ScaleWord s = scaleAt(t, h.last + 1);
                if (s != null) {
                    h.acc.scale(s.multiplier());
                    h.last++;
                    h.scaled = true;
                }
            }
        }
        // A spelled numerator and a denominator word: "due terzi", "cinque ottavi", "un ventunesimo".
        if (wordsHead && !h.fraction && h.last + 1 < n && t.get(h.last + 1).is(Token.Kind.WORD)) {
            BigDecimal den = denominator(t.get(h.last + 1).lower());
            if (den == null && (t.get(h.last + 1).is("mezzo") || t.get(h.last + 1).is("mezzi"))
                    && (h.last + 2 >= n || t.get(h.last + 2).is(Token.Kind.PUNCTUATION))) {
                den = TWO; // "tre mezzi." but not "due mezzi pesanti" (vehicles) or "un mezzo di trasporto"
            }
            if (den != null) {
                h.acc = new Accumulator(h.acc.value().divide(den, MC));
                h.last++;
                h.rule = "number.fraction";
                h.fraction = true;
            }
        }
        andFraction(t, h);
        perFraction(t, h);
        return new NumberMatch(plain(h.acc.value()), i, h.last, h.rule, h.scaled, wordsHead, h.fraction);
    }

    /** "un milione e mezzo", "cinque miliardi e tre quarti", "2 e 1/4", "trecento e due dozzine". */
    private void andFraction(List<Token> t, Head h) {
        int j = h.last + 1;
        if (h.fraction || j + 1 >= t.size() || !t.get(j).is("e")) {
            return;
        }
        int k = j + 1;
        Token a = t.get(k);
        BigDecimal part;
        int end;
        boolean ownScale = false;
        if (a.is("mezzo") || a.is("mezza")) {
            part = new BigDecimal("0.5");
            end = k;
        } else if (a.is("un") && k + 1 < t.size() && t.get(k + 1).is("mezzo")) {
            part = new BigDecimal("0.5");
            end = k + 1;
        } else if (a.is(Token.Kind.NUMBER) && h.acc.lastScale == null) {
            part = slashFraction(t, k);
            end = k + 2;
        } else if (h.acc.lastScale != null && h.acc.lastScale.compareTo(THOUSAND) > 0
                && (a.is(Token.Kind.NUMBER) || a.is(Token.Kind.WORD))) {
            // "1 miliardo e 200 milioni", "un miliardo e trecento milioni": a smaller scaled group is added
            NumberMatch sub = read(t, k);
            BigDecimal subScale = sub == null || !sub.scaled() ? null : scaleMultiplier(t.get(sub.last()));
            if (subScale != null && subScale.compareTo(h.acc.lastScale) < 0 && !sub.fraction()) {
                h.acc = new Accumulator(h.acc.value().add(sub.value()));
                h.last = sub.last();
                return;
            }
            if (sub == null || !a.is(Token.Kind.WORD)) {
                return;
            }
            if (sub.spelled() && !sub.fraction() && sub.last() == k && isInteger(sub.value())
                    && sub.value().compareTo(THOUSAND) >= 0 && sub.value().compareTo(h.acc.lastScale) < 0) {
                // "un milione e duecentomila", "trentadue milioni e quattrocentomila": a spelled group of thousands
                h.acc = new Accumulator(h.acc.value().add(sub.value()));
                h.last = k;
                return;
            }
            if (sub.fraction() && sub.value().compareTo(BigDecimal.ONE) < 0 && sub.last() > k) {
                part = sub.value();
                end = sub.last();
            } else {
                return;
            }
        } else if (a.is(Token.Kind.WORD)) {
            NumberMatch sub = readWords(t, k);
            if (sub == null || sub.last() == k) {
                return;
            }
            if (sub.fraction() && sub.value().compareTo(BigDecimal.ONE) < 0) {
                part = sub.value();
                end = sub.last();
            } else if (sub.scaled() && t.get(sub.last()).lower().startsWith("dozzin")) {
                part = sub.value();
                end = sub.last();
                ownScale = true;
            } else {
                return;
            }
        } else {
            return;
        }
        if (part == null) {
            return;
        }
        if (!ownScale) {
            ScaleWord s = scaleAt(t, end + 1);
            if (s != null && (h.acc.lastScale == null || s.multiplier().compareTo(h.acc.lastScale) < 0)) {
                part = part.multiply(s.multiplier()); // "un miliardo e mezzo milione"
                end++;
            } else if (h.acc.lastScale != null) {
                part = part.multiply(h.acc.lastScale); // "tre milioni e mezzo"
            }
        }
        h.acc = new Accumulator(h.acc.value().add(part));
        h.last = end;
        h.fraction = !ownScale;
        h.rule = ownScale ? h.rule : "number.fraction";
    }

    /** "uno su tre", "1 su 3", "cinquanta su duemilacinque": a ratio of two plain integers. */
    private void perFraction(List<Token> t, Head h) {
        int j = h.last + 1;
        if (h.fraction || h.scaled || j + 1 >= t.size() || !t.get(j).is("su") || !isInteger(h.acc.value())) {
            return;
        }
        Token d = t.get(j + 1);
        BigDecimal den;
        if (d.is(Token.Kind.NUMBER)) {
            den = DigitFormat.parse(d.text());
        } else if (d.is(Token.Kind.WORD)) {
            den = wordValue(d.lower());
        } else {
            return;
        }
        if (den == null || den.signum() <= 0 || !isInteger(den) || scaleAt(t, j + 2) != null
                || (j + 2 < t.size() && t.get(j + 2).text().equals("%"))) {
            return;
        }
        h.acc = new Accumulator(h.acc.value().divide(den, MC));
        h.last = j + 1;
        h.rule = "number.fraction";
        h.fraction = true;
    }

    /** A scale word at {@code j}, respecting whether it may be glued to or spaced from the number before it. */
    private ScaleWord scaleAt(List<Token> t, int j) {
        if (j >= t.size()) {
            return null;
        }
        Token tok = t.get(j);
        if (!tok.is(Token.Kind.WORD)) {
            return null;
        }
        ScaleWord s = words.scale(tok.text(), tok.lower());
        if (s == null) {
            return null;
        }
        boolean g = glued(t, j);
        if ((s.attach() == NumberWords.Attach.GLUED && !g) || (s.attach() == NumberWords.Attach.SPACED && g)) {
            return null;
        }
        // A glued abbreviation must end there: "10K" yes, "10Kg" is another token anyway, "10K-" fine.
        if (j + 1 < t.size() && glued(t, j + 1) && isWordLike(t.get(j + 1))) {
            return null;
        }
        return s;
    }

    private ScaleWord spacedScale(List<Token> t, int j) {
        ScaleWord s = scaleAt(t, j);
        return s != null && !glued(t, j) ? s : null;
    }

    /** Without trailing zeros and never in exponent form: 12220000000, not 1.222E+10. */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static boolean glued(List<Token> t, int i) {
        return i > 0 && i < t.size() && t.get(i - 1).end() == t.get(i).start();
    }

    private static boolean isWordLike(Token tok) {
        return tok.is(Token.Kind.WORD) || tok.is(Token.Kind.ALPHANUMERIC) || tok.is(Token.Kind.NUMBER);
    }

    private static boolean isInteger(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number read so far, where it ends and how it was read. */
    private static final class Head {
        Accumulator acc;
        int last;
        String rule;
        boolean scaled;
        boolean fraction;

        Head(BigDecimal v, int last, String rule) {
            this.acc = new Accumulator(v);
            this.last = last;
            this.rule = rule;
        }
    }

    /**
     * Adds up groups the way numbers are spoken: "due milioni trecentomila" = (2) × 10⁶ + (300) × 10³.
     * {@code total} holds finished groups, {@code current} the group being built.
     */
    static final class Accumulator {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current;
        BigDecimal lastScale;

        Accumulator(BigDecimal start) {
            current = start;
        }

        void feed(List<Morpheme> parts) {
            for (Morpheme m : parts) {
                BigDecimal v = BigDecimal.valueOf(m.value());
                switch (m.cls()) {
                    case ZERO -> current = BigDecimal.ZERO;
                    case UNIT, TEEN, TEN, TEN_ELIDED -> current = current.add(v);
                    case HUNDRED, HUNDRED_ELIDED ->
                            current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(v);
                    case THOUSAND_ALONE -> {
                        total = total.add(v);
                        lastScale = v;
                    }
                    case SCALE -> scale(v);
                }
            }
        }

        void scale(BigDecimal s) {
            if (total.signum() > 0 && total.compareTo(s) >= 0) {
                total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(s));
            } else {
                BigDecimal base = total.add(current);
                total = (base.signum() == 0 ? BigDecimal.ONE : base).multiply(s);
            }
            current = BigDecimal.ZERO;
            lastScale = s;
        }

        BigDecimal value() {
            return total.add(current);
        }
    }
}
