package io.fatti.number;

import io.fatti.lexicon.DataFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexicon of spelled-out numbers, scale words and fractions, loaded from {@code models/number/}. Immutable.
 */
final class NumberWords {

    enum MorphemeClass { ZERO, UNIT, TEEN, TEN, TEN_ELIDED, HUNDRED, HUNDRED_ELIDED, SCALE, THOUSAND_ALONE }

    record Morpheme(String form, long value, MorphemeClass cls) {
    }

    enum Attach { ANY, GLUED, SPACED }

    enum Case { ANY, EXACT }

    /** A word or abbreviation that multiplies the number before it. */
    record ScaleWord(String form, BigDecimal multiplier, Attach attach, Case letterCase, BigDecimal minimum) {
    }

    enum FractionClass { DENOMINATOR, SIGN, HALF }

    record FractionWord(String form, BigDecimal value, FractionClass cls) {
    }

    /** Morphemes by first char, longest first, for the greedy-with-backtracking word parser. */
    private final Map<Character, List<Morpheme>> morphemesByInitial = new HashMap<>();
    private final Map<String, ScaleWord> scales = new HashMap<>();
    /** The same lists for ASCII initials, without boxing or hashing: this is asked for nearly every word. */
    @SuppressWarnings("unchecked")
    private final List<Morpheme>[] ascii = new List[128];
    private final Map<String, FractionWord> fractions = new HashMap<>();

    NumberWords(DataFile words, DataFile scaleFile, DataFile fractionFile) {
        for (DataFile.Line line : words) {
            String form = line.field(0).toLowerCase(Locale.ROOT);
            long value = parseLong(line, 1);
            MorphemeClass cls = line.enumField(2, MorphemeClass.class);
            morphemesByInitial.computeIfAbsent(form.charAt(0), k -> new ArrayList<>())
                    .add(new Morpheme(form, value, cls));
        }
        for (Map.Entry<Character, List<Morpheme>> e : morphemesByInitial.entrySet()) {
            e.getValue().sort((a, b) -> b.form().length() - a.form().length());
            if (e.getKey() < ascii.length) {
                ascii[e.getKey()] = e.getValue();
            }
        }
        for (DataFile.Line line : scaleFile) {
            ScaleWord s = new ScaleWord(line.field(0), decimal(line, 1), line.enumField(2, Attach.class),
                    line.enumField(3, Case.class), line.size() > 4 && !line.field(4, "").isEmpty()
                            ? decimal(line, 4) : null);
            String key = s.letterCase() == Case.EXACT ? s.form() : s.form().toLowerCase(Locale.ROOT);
            if (scales.put(key, s) != null) {
                throw line.error("duplicate scale word '" + key + "'");
            }
        }
        for (DataFile.Line line : fractionFile) {
            FractionWord f = new FractionWord(line.field(0).toLowerCase(Locale.ROOT), decimal(line, 1),
                    line.enumField(2, FractionClass.class));
            fractions.put(f.form(), f);
        }
    }

    static NumberWords italian() {
        return new NumberWords(DataFile.read("number/words.tsv"), DataFile.read("number/scales.tsv"),
                DataFile.read("number/fractions.tsv"));
    }

    private static long parseLong(DataFile.Line line, int i) {
        try {
            return Long.parseLong(line.field(i));
        } catch (NumberFormatException e) {
            throw line.error("'" + line.field(i) + "' is not an integer");
        }
    }

    private static BigDecimal decimal(DataFile.Line line, int i) {
        try {
            return new BigDecimal(line.field(i));
        } catch (NumberFormatException e) {
            throw line.error("'" + line.field(i) + "' is not a number");
        }
    }

    List<Morpheme> morphemesStartingWith(char c) {
        if (c < ascii.length) {
            return ascii[c] == null ? List.of() : ascii[c];
        }
        List<Morpheme> l = morphemesByInitial.get(c);
        return l == null ? List.of() : l;
    }

    /** The scale word written as {@code text} (lower-cased {@code lower}), or null. */
    ScaleWord scale(String text, String lower) {
        ScaleWord s = scales.get(text);
        if (s != null && s.letterCase() == Case.EXACT) {
            return s;
        }
        s = scales.get(lower);
        return s != null && s.letterCase() == Case.ANY ? s : null;
    }

    FractionWord fraction(String lower) {
        return fractions.get(lower);
    }
}
