package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the thing a number counts: "25mila dipendenti", "43,9 milioni di unità", "221,8 milioni di abbonati
 * paganti" (noun "abbonati"), "18 milioni di modelli di fascia alta" (noun "modelli").
 *
 * <p>The mention ends at the head noun: modifiers after it ("paganti", "di fascia alta") are not part of the value's
 * span, adjectives before it ("500 nuovi posti di lavoro") are. Right after a plain number only nouns listed as
 * counted in {@code models/quantity/nouns.tsv} are taken ("10 anni" and "3 volte" are not counts). After a scale
 * noun and "di" ("milioni di", "migliaia di") any lower-case plural or loanword is taken as well, unless the file
 * lists it as not counted (currencies, time words, measures) or as a function word.
 */
public final class CountedNoun {

    private enum Role { COUNTED, COUNTED_FROM, NOT_COUNTED, BEFORE_NOUN, FUNCTION, SCALE_DI }

    /** Most adjectives allowed between the number and the noun. */
    private static final int MAX_BEFORE_NOUN = 2;

    private final PhraseTable<Role> words = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    private final Set<String> scaleDi = new HashSet<>();
    /** Nouns counted only from a minimum value ("punti" from 100). */
    private final Map<String, BigDecimal> minimum = new HashMap<>();

    private CountedNoun() {
    }

    public static CountedNoun italian() {
        return load(DataFile.read("quantity/nouns.tsv"));
    }

    public static CountedNoun load(DataFile file) {
        CountedNoun c = new CountedNoun();
        for (DataFile.Line line : file) {
            boolean from = line.field(1).equals("counted-from");
            if (line.size() != (from ? 3 : 2)) {
                throw line.error("expected " + (from ? "3 tab-separated fields (word, counted-from, minimum)"
                        : "2 tab-separated fields (word, role)") + ", found " + line.size());
            }
            Role role;
            try {
                role = Role.valueOf(line.field(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown role '" + line.field(1)
                        + "' (counted, not-counted, before-noun, function, scale-di)");
            }
            if (role == Role.COUNTED_FROM) {
                try {
                    c.minimum.put(line.field(0).toLowerCase(Locale.ROOT), new BigDecimal(line.field(2)));
                } catch (NumberFormatException e) {
                    throw line.error("'" + line.field(2) + "' is not a number");
                }
            }
            if (role == Role.SCALE_DI) {
                c.scaleDi.add(line.field(0).toLowerCase(Locale.ROOT));
            } else {
                c.words.add(line.field(0), false, role);
            }
        }
        return c;
    }

    /**
     * The counted noun after a number spanning tokens {@code numberFirst}..{@code numberLast} whose value is
     * {@code value} (the high end of a range); {@code i} is the next token.
     * Returns null when no counted noun follows.
     */
    public NounMatch match(Document doc, int numberFirst, int numberLast, int i, BigDecimal value) {
        if (numberFirst < 0 || numberLast < numberFirst || i >= doc.size() || i <= numberLast) {
            return null;
        }
        boolean needsDi = takesDi(doc, numberFirst, numberLast);
        int j = i;
        if (needsDi) {
            if (!isDi(doc.token(j))) {
                return null;
            }
            j++;
        }
        int adjectives = 0;
        while (j < doc.size() && adjectives < MAX_BEFORE_NOUN) {
            PhraseTable.Match<Role> m = words.startingAt(doc, j, j);
            if (m == null || m.value() != Role.BEFORE_NOUN) {
                break;
            }
            j++;
            adjectives++;
        }
        if (j >= doc.size() || !doc.sameSentence(numberLast, j)) {
            return null;
        }
        PhraseTable.Match<Role> m = words.startingAt(doc, j);
        if (m != null && m.value() == Role.COUNTED_FROM) {
            BigDecimal min = minimum.get(doc.token(j).lower());
            boolean signed = doc.token(numberFirst).is("-") || doc.token(numberFirst).is("+")
                    || (numberFirst > 0 && doc.glued(numberFirst) && (doc.token(numberFirst - 1).is("+")
                            || doc.token(numberFirst - 1).is("-")));
            return min != null && value != null && value.compareTo(min) >= 0 && !signed
                    ? noun(doc, j, m.last()) : null;
        }
        if (m != null) {
            return m.value() == Role.COUNTED ? noun(doc, j, m.last()) : null;
        }
        return needsDi && looksLikePluralNoun(doc.token(j)) ? noun(doc, j, j) : null;
    }

    /**
     * True when the number (tokens {@code first}..{@code last}) holds a scale noun that takes "di" before what it
     * counts: "43,9 milioni di", "un milione e mezzo di", "migliaia di".
     */
    public boolean takesDi(Document doc, int first, int last) {
        if (last > first && doc.token(last - 1).is("e") && doc.token(last).is(Token.Kind.WORD)
                && !scaleDi.contains(doc.token(last).lower()) && !doc.token(last).lower().startsWith("mezz")) {
            return false; // "trentadue milioni e quattrocentomila linee": the last group decides, and it takes none
        }
        for (int k = first; k <= last; k++) {
            if (scaleDi.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static NounMatch noun(Document doc, int first, int last) {
        return new NounMatch(doc.original(doc.tokenSpan(first, last)), first, last);
    }

    private static boolean isDi(Token t) {
        return t.is("di") || t.is("d'");
    }

    /**
     * A lower-case word of three letters or more ending like an Italian plural (-i, -e) or like an invariable
     * loanword (a consonant: "smartwatch", "follower", "click"). Italian singulars in -o/-a after "milioni di" are
     * mostly amounts of something uncounted ("milioni di fatturato"), so they are left out.
     */
    private static boolean looksLikePluralNoun(Token t) {
        if (!t.is(Token.Kind.WORD) || t.length() < 3 || !Character.isLowerCase(t.text().charAt(0))
                || t.text().endsWith("'")) {
            return false;
        }
        char last = t.lower().charAt(t.length() - 1);
        return last == 'i' || last == 'e' || (last >= 'a' && last <= 'z' && "aeiou".indexOf(last) < 0);
    }
}
