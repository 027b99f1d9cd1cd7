package io.fatti.number;

import io.fatti.number.NumberWords.Morpheme;
import io.fatti.number.NumberWords.MorphemeClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a spelled-out Italian number word into its morphemes ("duecentotrentamila" = due·cento·trenta·mila) and
 * adds them up. Words are short and the morpheme list is small, so greedy matching with backtracking is cheap;
 * words longer than {@link #MAX_LENGTH} are refused.
 */
final class SpelledNumber {

    static final int MAX_LENGTH = 64;

    private final NumberWords words;

    SpelledNumber(NumberWords words) {
        this.words = words;
    }

    /** True when the word starts like a number word (no allocation; most words fail on the first letters). */
    boolean mayStart(String lower) {
        if (lower.isEmpty() || lower.length() > MAX_LENGTH) {
            return false;
        }
        for (Morpheme m : words.morphemesStartingWith(lower.charAt(0))) {
            if (lower.startsWith(m.form())) {
                return true;
            }
        }
        return false;
    }

    /** The morphemes of {@code lower}, or null when the word is not a well-formed number word. */
    List<Morpheme> split(String lower) {
        int n = lower.length();
        if (!mayStart(lower)) {
            return null;
        }
        List<Morpheme> out = new ArrayList<>(6);
        return split(lower, 0, null, out) ? out : null;
    }

    private boolean split(String s, int at, Morpheme previous, List<Morpheme> out) {
        if (at == s.length()) {
            return previous != null && canEnd(previous, out.size());
        }
        for (Morpheme m : words.morphemesStartingWith(s.charAt(at))) {
            if (s.startsWith(m.form(), at) && canFollow(previous, m, s, at + m.form().length())) {
                out.add(m);
                if (split(s, at + m.form().length(), m, out)) {
                    return true;
                }
                out.remove(out.size() - 1);
            }
        }
        return false;
    }

    private static boolean canEnd(Morpheme last, int count) {
        MorphemeClass c = last.cls();
        if (c == MorphemeClass.TEN_ELIDED || c == MorphemeClass.HUNDRED_ELIDED) {
            return false;
        }
        // "mila" or "milioni" alone is not a number: it needs a multiplier before it.
        return c != MorphemeClass.SCALE || count > 1;
    }

    /** Word-formation rules: what may follow what inside one word. */
    private static boolean canFollow(Morpheme prev, Morpheme m, String s, int next) {
        MorphemeClass c = m.cls();
        // An elided ten or hundred must be followed by a vowel-initial morpheme: vent·uno, cent·ottanta.
        if (c == MorphemeClass.TEN_ELIDED || c == MorphemeClass.HUNDRED_ELIDED) {
            if (next >= s.length()) {
                return false;
            }
            char v = s.charAt(next);
            if (v != 'u' && v != 'o') {
                return false;
            }
        }
        if (prev == null) {
            return c != MorphemeClass.SCALE;
        }
        MorphemeClass p = prev.cls();
        if (p == MorphemeClass.ZERO) {
            return false;
        }
        return switch (c) {
            case ZERO -> false;
            case UNIT -> p == MorphemeClass.TEN || p == MorphemeClass.TEN_ELIDED || p == MorphemeClass.HUNDRED
                    || p == MorphemeClass.HUNDRED_ELIDED || p == MorphemeClass.SCALE || p == MorphemeClass.THOUSAND_ALONE;
            case TEEN, TEN, TEN_ELIDED -> p == MorphemeClass.HUNDRED || p == MorphemeClass.HUNDRED_ELIDED
                    || p == MorphemeClass.SCALE || p == MorphemeClass.THOUSAND_ALONE;
            case HUNDRED, HUNDRED_ELIDED -> (p == MorphemeClass.UNIT && prev.value() >= 2)
                    || p == MorphemeClass.SCALE || p == MorphemeClass.THOUSAND_ALONE;
            case THOUSAND_ALONE -> false;
            // A scale multiplies what precedes it; a larger scale may follow a smaller one (mila·miliardi).
            case SCALE -> !(p == MorphemeClass.UNIT && prev.value() == 1 && m.value() == 1000)
                    && p != MorphemeClass.TEN_ELIDED && p != MorphemeClass.HUNDRED_ELIDED
                    && (p != MorphemeClass.SCALE || m.value() > prev.value());
        };
    }
}
