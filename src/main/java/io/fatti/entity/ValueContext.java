package io.fatti.entity;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a name candidate belongs to a value or a date, the later stages own its tokens: a weekday, month or holiday
 * name ("Martedi", "Santo Stefano"), or a unit or counted thing right after a
 * number ("4,05 GHz", "110 gradi Fahrenheit", "74,8 milioni di iPhone"), a currency code before a number ("USD 15",
 * "US$ 150"), or a currency name that contains a place ("dollari di Hong Kong"). Years are not numbers here ("nel
 * 2019 Rossi ..."). Scale words, currency names and calendar names are read from the other stages' own data files
 * ({@code models/number/scales.tsv}, {@code models/money/currencies.tsv}, {@code models/time/weekdays.tsv},
 * {@code months.tsv}, {@code holidays.tsv}), so the stages never disagree.
 */
final class ValueContext {

    private final Set<String> scales;
    private final Gazetteer currencyNames;
    /** Lower-case calendar names, words joined by single spaces: "martedi", "settembre", "santo stefano". */
    private final Set<String> calendarNames;
    /** Lower-case words of the unit forms ("gradi", "fahrenheit", "ghz"). */
    private final Set<String> unitWords;
    /** One-word currency forms as written ("USD", "CHF", "euro"). */
    private final Set<String> currencyWords;

    private ValueContext(Set<String> scales, Gazetteer currencyNames, Set<String> calendarNames,
            Set<String> unitWords, Set<String> currencyWords) {
        this.scales = scales;
        this.currencyNames = currencyNames;
        this.calendarNames = calendarNames;
        this.unitWords = unitWords;
        this.currencyWords = currencyWords;
    }

    /** True when the tokens, in lower case, are exactly a weekday, month or holiday name. */
    boolean isCalendarName(Document doc, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(doc.token(i).lower());
        }
        return calendarNames.contains(sb.toString());
    }

    static ValueContext load() {
        Set<String> scales = new HashSet<>();
        for (DataFile.Line l : optional("number/scales.tsv")) {
            scales.add(l.field(0).toLowerCase(Locale.ROOT));
        }
        Tokenizer tokenizer = new Tokenizer();
        Gazetteer.Builder names = new Gazetteer.Builder();
        Set<String> currencyWords = new HashSet<>();
        for (DataFile.Line l : optional("money/currencies.tsv")) {
            if (!l.field(0).contains(" ")) {
                currencyWords.add(l.field(0));
            }
            List<String> tokens = new ArrayList<>();
            boolean capitalised = false;
            for (Token t : tokenizer.tokenize(l.field(0))) {
                tokens.add(t.text());
                capitalised |= !tokens.isEmpty() && tokens.size() > 1 && Character.isUpperCase(t.text().charAt(0));
            }
            if (tokens.size() > 1 && capitalised) {
                names.add(new Gazetteer.Entry("CURRENCY", tokens, l.file() + ":" + l.number(), false));
            }
        }
        Set<String> calendar = new HashSet<>();
        for (String file : List.of("time/weekdays.tsv", "time/months.tsv")) {
            for (DataFile.Line l : optional(file)) {
                if (!l.field(2, "FULL").equals("ABBR")) {
                    calendar.add(l.field(0).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (DataFile.Line l : optional("time/holidays.tsv")) {
            calendar.add(String.join(" ", l.field(0).toLowerCase(Locale.ROOT).split("\\s+")));
        }
        Set<String> unitWords = new HashSet<>();
        for (DataFile.Line l : optional("quantity/units.tsv")) {
            for (Token t : tokenizer.tokenize(l.field(0))) {
                unitWords.add(t.lower());
            }
        }
        return new ValueContext(Set.copyOf(scales), names.build(), Set.copyOf(calendar), Set.copyOf(unitWords),
                Set.copyOf(currencyWords));
    }

    private static List<DataFile.Line> optional(String path) {
        try {
            return DataFile.read(path).lines();
        } catch (ModelDataException e) {
            return List.of(); // the value stages' data is not on the classpath: nothing to defer to
        }
    }

    /** Tokens inside a currency name that holds a capitalised word ("dollari di Singapore"). */
    BitSet currencyTokens(Document doc) {
        String[] texts = new String[doc.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = doc.token(i).text();
        }
        BitSet out = new BitSet();
        for (Gazetteer.Match m : currencyNames.find(texts)) {
            out.set(m.from(), m.to());
        }
        return out;
    }

    /**
     * True when the name is the unit or the counted thing of a number before it: "5 iPhone", "110 gradi
     * Fahrenheit", "74,8 milioni di iPhone" (but not "20 dipendenti di Microsoft").
     */
    /**
     * True when the name follows a scaled number and "di" ("5,6 milioni di Mac"): what millions of are counted is a
     * product or a thing, whatever the model calls it; a person's or place's score has no scale ("i 2743 di Kramnik").
     */
    boolean afterScaleOf(Document doc, int from) {
        int k = from - 1;
        if (k < 2 || !(doc.token(k).is("di") || doc.token(k).is("d'"))) {
            return false;
        }
        return scales.contains(doc.token(k - 1).lower()) && isValue(doc.token(k - 2));
    }

    boolean countedAfterNumber(Document doc, int from) {
        int k = from - 1;
        if (k < 0) {
            return false;
        }
        Token t = doc.token(k);
        if (t.is("di") || t.is("d'")) {
            k--;
            if (k >= 0 && scales.contains(doc.token(k).lower())) {
                k--;
            }
            return k >= 0 && isValue(doc.token(k));
        }
        if (isValue(t)) {
            return true;
        }
        return lowerWord(t) && k >= 1 && isValue(doc.token(k - 1));
    }

    /**
     * True when a name the model found is a currency of the value after it: a glued symbol follows ("US$"), or the
     * name is a currency word with a number after it ("USD 15", "CHF 100"). A name before a score or a figure is
     * still a name ("Stosur 0-4", "in Africa 2,5 milioni di anni fa").
     */
    boolean currencyOfValue(Document doc, int from, int to) {
        if (to >= doc.size()) {
            return false;
        }
        Token next = doc.token(to);
        if (next.is(Token.Kind.SYMBOL) && doc.glued(to)) {
            return true;
        }
        return isValue(next) && to - from == 1 && currencyWords.contains(doc.token(from).text());
    }

    /** True when the token is a currency's name or code ("euro", "Euro", "USD"). */
    boolean currencyWord(Token t) {
        return currencyWords.contains(t.text()) || currencyWords.contains(t.lower());
    }

    /**
     * True when the number at token {@code k} is a value, not part of a model name: a decimal or grouped number
     * ("5,99", "1.200"), or one followed by a currency, a unit, a scale word or a percent sign ("5 euro", "7 GB").
     */
    boolean measured(Document doc, int k) {
        Token t = doc.token(k);
        for (int c = 0; c < t.text().length(); c++) {
            if (!Character.isDigit(t.text().charAt(c))) {
                return true;
            }
        }
        if (k + 1 >= doc.size() || !doc.sameSentence(k, k + 1)) {
            return false;
        }
        Token next = doc.token(k + 1);
        String lower = next.lower();
        return next.is("%") || next.is(Token.Kind.SYMBOL) || currencyWords.contains(next.text())
                || currencyWords.contains(lower) || unitWords.contains(lower) || scales.contains(lower);
    }

    /** True when every word of the name is a word of a unit ("Fahrenheit" in "110 gradi Fahrenheit", "GHz"). */
    boolean unitName(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!unitWords.contains(doc.token(i).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerWord(Token t) {
        return t.is(Token.Kind.WORD) && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0));
    }

    /** A number that is not a bare year. */
    static boolean isValue(Token t) {
        if (!t.is(Token.Kind.NUMBER)) {
            return false;
        }
        String s = t.text();
        if (s.length() != 4) {
            return true;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        int year = Integer.parseInt(s);
        return year < 1000 || year > 2199;
    }
}
