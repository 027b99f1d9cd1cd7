package io.fatti.number;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Money;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Rules {@code money.comparison-counterpart} and {@code quantity.comparison-counterpart}: a bare number set against
 * an earlier value of its sentence ("contro i 16,5", "rispetto ai 332,6 milioni", "e 6.455 nel 2019", "155.000 in
 * più") is the same kind of thing: it takes that value's currency, unit or counted noun, and its scale when it has
 * none ("26,5 milioni di dispositivi contro i 16,5" is 16.5 million devices). Only when nothing after the number
 * names its own unit, and when the two values are of a comparable size. Words in
 * {@code models/number/comparisons.tsv}. Immutable.
 */
final class ComparisonCounterpart {

    /** How far back the counterpart may end, in tokens. */
    private static final int WINDOW = 25;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** The two values must be within this factor of each other. */
    private static final BigDecimal RATIO = BigDecimal.valueOf(20);

    /** The value a number is compared with, and the number's own value once it takes that value's scale. */
    record Counterpart(ValueMention mention, BigDecimal value) {
    }

    private final NumberReader reader;
    private final ValueWords words;
    private final PhraseTable<Boolean> before = new PhraseTable<>();
    private final PhraseTable<Boolean> after = new PhraseTable<>();
    private final PhraseTable<Boolean> growth = new PhraseTable<>();
    private final PhraseTable<Boolean> total = new PhraseTable<>();
    private final PhraseTable<Boolean> totalAfter = new PhraseTable<>();
    private final Set<String> follows = new java.util.HashSet<>();
    /** Prepositions that open a place or segment between a comparison word and the number: "mentre all'estero 7,1". */
    private static final Set<String> PLACE = Set.of("in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'",
            "a", "al", "ai", "agli", "alla", "alle", "all'", "sul", "sulla", "sui", "per");

    ComparisonCounterpart(NumberReader reader, ValueWords words) {
        this.reader = reader;
        this.words = words;
        for (DataFile.Line l : DataFile.read("number/comparisons.tsv")) {
            switch (l.field(1)) {
                case "before" -> before.add(l.field(0), false, Boolean.TRUE);
                case "growth" -> growth.add(l.field(0), false, Boolean.TRUE);
                case "after" -> after.add(l.field(0), false, Boolean.TRUE);
                case "follows" -> follows.add(l.field(0).toLowerCase(java.util.Locale.ROOT));
                case "total" -> total.add(l.field(0), false, Boolean.TRUE);
                case "total-after" -> totalAfter.add(l.field(0), false, Boolean.TRUE);
                default -> throw l.error("role must be before, growth, after, total, total-after or follows");
            }
        }
    }

    /**
     * The counterpart of the bare number {@code o} among {@code values} (money, quantities; sorted or not), or null.
     */
    Counterpart of(Document doc, Operand o, List<? extends ValueMention> values) {
        if (o.number.fraction() || !compared(doc, o) || !nothingNamesItsUnit(doc, o.last)) {
            return null; // "quasi un quarto in meno": a share of the value, not an amount like it
        }
        boolean increment = isIncrement(doc, o);
        boolean isTotal = isTotal(doc, o);
        int at = doc.tokenSpan(o.first, o.first).start();
        int from = doc.tokenSpan(Math.max(0, o.first - WINDOW), Math.max(0, o.first - WINDOW)).start();
        ValueMention nearest = null;
        for (ValueMention v : values) {
            if (v instanceof Percentage || v.end() > at || v.start() < from || pointOrHigh(v) == null) {
                continue;
            }
            int[] r = doc.tokensWithin(v.span());
            if (r == null || !doc.sameSentence(r[0], o.first)) {
                continue;
            }
            if (nearest == null || v.start() > nearest.start()) {
                nearest = v;
            }
        }
        if (nearest == null || inParentheses(doc, o) && !right(doc, nearest, o.first - 2)) {
            return null; // "6,9 miliardi di dollari (9,1 nel 2023)": only the value right before the bracket
        }
        BigDecimal value = o.number.value();
        BigDecimal other = pointOrHigh(nearest);
        BigDecimal scale = scaleOf(doc, nearest);
        if (!o.number.scaled() && scale != null && value.compareTo(THOUSAND) < 0) {
            value = NumberReader.plain(value.multiply(scale)); // "contro i 16,5" after "26,5 milioni"
        }
        boolean outOfRange = isTotal ? value.compareTo(other) < 0 // a total is at least its part
                : increment ? value.compareTo(other) > 0
                : value.multiply(RATIO).compareTo(other) < 0 || other.multiply(RATIO).compareTo(value) < 0;
        if (value.signum() <= 0 || other.signum() <= 0 || outOfRange) {
            return null; // "3 milioni di euro e 2 figli": not a comparison
        }
        return new Counterpart(nearest, value);
    }

    /** A point value's value, a range's high end ("sopra i 17,2 miliardi" after "tra 18 e 18,5 miliardi"). */
    private static BigDecimal pointOrHigh(ValueMention v) {
        return v.amount().value() != null ? v.amount().value() : v.amount().high();
    }

    /** True when the number opens a bracket: "(9,1 nel 2023)". */
    private static boolean inParentheses(Document doc, Operand o) {
        return o.first > 0 && doc.token(o.first - 1).is("(");
    }

    /** True when value {@code v} ends at token {@code last}. */
    private static boolean right(Document doc, ValueMention v, int last) {
        return last >= 0 && doc.tokenSpan(last, last).end() == v.end();
    }

    /**
     * "per un totale di 76,1 milioni", "(in totale pari a 79,8 milioni)", "(41,2 milioni in totale)": the number is
     * the total of the things counted before it, so it may be much larger.
     */
    private boolean isTotal(Document doc, Operand o) {
        PhraseTable.Match<Boolean> later = totalAfter.startingAt(doc, o.last + 1);
        if (later != null && doc.sameSentence(o.last, later.last())) {
            return true;
        }
        int j = o.first - 1;
        PhraseTable.Match<Boolean> word = j >= 0 ? total.endingAt(doc, j) : null;
        return word != null && doc.sameSentence(word.first(), o.first);
    }

    private static final Set<String> FROM = Set.of("da", "dai", "dal", "dagli", "dalle", "dallo", "dall'");
    private static final Set<String> TO = Set.of("a", "ai", "al", "agli", "alle", "allo", "all'");

    /**
     * The value right after the bare number {@code o} that it is compared with, among {@code values}: "passa da
     * [6,99] a 7,99 euro al mese" (a "da" before it and "a" after it), "è salito a [5,64 miliardi] dai 5,02 miliardi
     * di euro", "[430] contro i 780 milioni di euro"; {@code startingAt} gives the value starting at a character
     * offset. Or null.
     */
    Counterpart following(Document doc, Operand o, java.util.function.IntFunction<? extends ValueMention> startingAt) {
        List<Token> t = doc.tokens();
        int k = o.last + 1;
        if (o.number.fraction() || k + 1 >= t.size() || !doc.sameSentence(o.last, k + 1)) {
            return null;
        }
        String link = t.get(k).lower();
        int before = o.first - 1;
        boolean from = before >= 0 && (FROM.contains(t.get(before).lower()) || before > 0
                && words.articles.contains(t.get(before).lower()) && FROM.contains(t.get(before - 1).lower()));
        boolean pair = link.equals("e") || link.equals("o"); // "si parte da 1.099 e 1.199 euro"
        if (!(FROM.contains(link) || link.equals("contro") || pair || (TO.contains(link) && from))) {
            return null;
        }
        int s = k + 1;
        if (words.articles.contains(t.get(s).lower()) && s + 1 < t.size()) {
            s++; // "contro i 780 milioni"
        }
        ValueMention next = startingAt.apply(doc.tokenSpan(s, s).start());
        if (next == null || next instanceof Percentage || next.amount().value() == null
                || pair && s != k + 1) { // "e il 2019"
            return null;
        }
        BigDecimal value = o.number.value();
        BigDecimal other = next.amount().value();
        BigDecimal scale = scaleOf(doc, next);
        if (!o.number.scaled() && scale != null && value.compareTo(THOUSAND) < 0) {
            value = NumberReader.plain(value.multiply(scale)); // "da 430 e 780 milioni"
        }
        if (value.signum() <= 0 || other.signum() <= 0 || value.multiply(RATIO).compareTo(other) < 0
                || other.multiply(RATIO).compareTo(value) < 0) {
            return null;
        }
        return new Counterpart(next, value);
    }

    /**
     * The value of the bare low end of a change "da 3,2 a 4,1 milioni" in the scale of the high end (3200000), else
     * the number's own value: the high end is read here, as it may not be typed yet.
     */
    BigDecimal scaledLikeNext(Document doc, Operand o) {
        List<Token> t = doc.tokens();
        int k = o.last + 1;
        int before = o.first - 1;
        if (o.number.scaled() || o.number.fraction() || k + 1 >= t.size() || before < 0
                || !FROM.contains(t.get(before).lower()) || !TO.contains(t.get(k).lower())
                || !doc.sameSentence(o.first, k + 1) || o.number.value().compareTo(THOUSAND) >= 0) {
            return o.number.value();
        }
        NumberMatch next = reader.read(t, k + 1);
        BigDecimal scale = next != null && next.scaled() ? reader.scaleMultiplier(t.get(next.last())) : null;
        if (scale == null || next.value().multiply(RATIO).compareTo(o.number.value().multiply(scale)) < 0) {
            return o.number.value();
        }
        return NumberReader.plain(o.number.value().multiply(scale));
    }

    /**
     * "155.000 in più", "in crescita di circa 1,3 milioni": the number is an increment of the earlier value, so it may
     * be much smaller.
     */
    private boolean isIncrement(Document doc, Operand o) {
        PhraseTable.Match<Boolean> later = after.startingAt(doc, o.last + 1);
        if (later != null && doc.sameSentence(o.last, later.last())) {
            return true;
        }
        int j = o.first - 1;
        PhraseTable.Match<?> hedge = j >= 0 ? words.qualifiers.endingAt(doc, j) : null;
        if (hedge != null) {
            j = hedge.first() - 1; // "di circa"
        }
        PhraseTable.Match<Boolean> grew = j >= 0 ? growth.endingAt(doc, j) : null;
        return grew != null && doc.sameSentence(grew.first(), o.first);
    }

    /** A comparison word right before the number (an article and up to two names between: "e Apple 45 milioni"). */
    boolean compared(Document doc, Operand o) {
        List<Token> t = doc.tokens();
        if (isIncrement(doc, o) || isTotal(doc, o)) {
            return true; // "155.000 in più", "per un totale di 76,1 milioni"
        }
        int j = o.first - 1;
        if (j >= 0 && t.get(j).is("(") && j > 0 && doc.sameSentence(j - 1, o.first)
                && (t.get(j - 1).is(Token.Kind.NUMBER) || t.get(j - 1).is(Token.Kind.WORD))) {
            return true; // "6,9 miliardi di dollari (9,1 nel 2023)": the bracket sets a value against the one before
        }
        if (j >= 0 && words.articles.contains(t.get(j).lower()) && !t.get(j).is("quota")) {
            j--;
        }
        PhraseTable.Match<?> hedge = j >= 0 && before.endingAt(doc, j) == null ? words.qualifiers.endingAt(doc, j) : null;
        if (hedge != null && doc.sameSentence(hedge.first(), o.first)) {
            j = hedge.first() - 1; // "e di poco meno di 710 mila"
            if (j >= 0 && words.articles.contains(t.get(j).lower())) {
                j--;
            }
        }
        j = beforePlace(doc, j, o.first); // "mentre all'estero 7,1 milioni"

        int names = 0;
        for (; names < 2 && j > 0 && isName(t.get(j)) && doc.sameSentence(j, o.first); names++) {
            j--;
        }
        if (j < 0 || !doc.sameSentence(j, o.first)) {
            return false;
        }
        if (names > 0 && t.get(j).is(",")) {
            return true; // a list: "Xiaomi ha spedito 12,4 milioni di smartphone, Samsung 9,1 milioni"
        }
        PhraseTable.Match<Boolean> word = before.endingAt(doc, j);
        return word != null;
    }

    /**
     * The token before a place or segment phrase ending at {@code j} ("all'estero", "negli Stati Uniti", "in
     * Europa") when a comparison word stands before it; else {@code j}.
     */
    private int beforePlace(Document doc, int j, int number) {
        int k = j;
        int n = 0;
        while (n < 3 && k > 0 && doc.token(k).is(Token.Kind.WORD) && !PLACE.contains(doc.token(k).lower())
                && doc.sameSentence(k, number)) {
            k--;
            n++;
        }
        if (n == 0 || k <= 0 || !PLACE.contains(doc.token(k).lower()) || !doc.sameSentence(k - 1, number)) {
            return j;
        }
        return before.endingAt(doc, k - 1) != null ? k - 1 : j;
    }

    private static boolean isName(Token tok) {
        return tok.is(Token.Kind.WORD) && Character.isUpperCase(tok.text().charAt(0));
    }

    /** After the number: the end of the sentence, punctuation or a function word; not a noun or a unit of its own. */
    boolean nothingNamesItsUnit(Document doc, int last) {
        int k = last + 1;
        if (k >= doc.size() || !doc.sameSentence(last, k)) {
            return true;
        }
        Token next = doc.token(k);
        if (next.is(")")) {
            return opensAside(doc, last); // "(2.118 unità contro 621)", but not "e 3 )": an item of a list
        }
        if (next.is(Token.Kind.PUNCTUATION)) {
            return true;
        }
        if (!follows.contains(next.lower())) {
            return false;
        }
        if ((next.is("di") || next.is("d'")) && k + 1 < doc.size()) {
            Token of = doc.token(k + 1);
            return of.is(Token.Kind.NUMBER) || words.articles.contains(of.lower()) || of.is("un") || of.is("una")
                    || reader.mayStart(of) // "di dodici mesi prima"
                    || of.is(Token.Kind.WORD) && Character.isUpperCase(of.text().charAt(0)); // "i 47 di Prato"
        }
        return true;
    }

    /** True when a "(" opens before token {@code last} in its sentence and no ")" closes it first. */
    private static boolean opensAside(Document doc, int last) {
        for (int k = last - 1; k >= 0 && doc.sameSentence(k, last); k--) {
            if (doc.token(k).is(")")) {
                return false;
            }
            if (doc.token(k).is("(")) {
                return true;
            }
        }
        return false;
    }

    /** The multiplier of the scale word of a value ("26,5 milioni di dispositivi" → 1000000), or null. */
    private BigDecimal scaleOf(Document doc, ValueMention v) {
        int[] r = doc.tokensWithin(v.span());
        if (r == null) {
            return null;
        }
        for (int k = r[0]; k <= r[1]; k++) {
            if (doc.token(k).is(Token.Kind.NUMBER)) {
                NumberMatch n = reader.read(doc.tokens(), k);
                if (n == null) {
                    return null;
                }
                if (n.scaled()) {
                    return reader.scaleMultiplier(doc.token(n.last()));
                }
                BigDecimal w = v.amount().value();
                // a value that took its scale from its own counterpart: "di cui 7 nelle reti e 3,5 nelle rinnovabili"
                return w != null && n.value().signum() > 0 && w.compareTo(n.value().multiply(THOUSAND)) >= 0
                        ? NumberReader.plain(w.divide(n.value(), java.math.MathContext.DECIMAL64)) : null;
            }
        }
        return null;
    }

}
