package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Decides what an ambiguous unit means from the words around it ({@code models/quantity/contexts.tsv}):
 * "anni" is an age in "ha 45 anni", "una donna di 30 anni", "Mario Rossi, 54 anni," and a duration elsewhere;
 * bare "gradi" is an angle after "ruotare", "angolo", "grandangolare" and a temperature elsewhere.
 */
public final class UnitContext {

    private enum Role { AGE_BEFORE, AGE_PERSON, AGE_AFTER, AGE_HEDGE, NOT_AGE_AFTER, ANGLE, HALF, MINUS, NAME, ABOUT }

    /** How many tokens before the number an angle cue may stand ("girare a sinistra di 45 gradi"). */
    private static final int ANGLE_WINDOW = 5;
    /** Longest phrase, in tokens, looked for when matching backwards. */
    private static final int LONGEST_PHRASE = 3;

    /** Words before the number (age cues, hedges, persons, angle cues). */
    private final PhraseTable<Role> phrases = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    /** Words right after the unit ("di età", "fa"); kept apart because "di" means one thing before, another after. */
    private final PhraseTable<Role> after = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    /** Collective numerals and what they are about: "decina" 10, "centinaio" 100. */
    private final PhraseTable<BigDecimal> about = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);

    private UnitContext() {
    }

    public static UnitContext italian() {
        return load(DataFile.read("quantity/contexts.tsv"));
    }

    public static UnitContext load(DataFile file) {
        UnitContext c = new UnitContext();
        for (DataFile.Line line : file) {
            if (line.size() != 2 && !(line.size() == 3 && line.field(1).equals("about"))) {
                throw line.error("expected 2 tab-separated fields (phrase, role), or 3 for 'about' (phrase, about,"
                        + " value), found " + line.size());
            }
            Role role;
            try {
                role = Role.valueOf(line.field(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown role '" + line.field(1) + "'");
            }
            if (role == Role.ABOUT) {
                BigDecimal value;
                try {
                    value = new BigDecimal(line.field(2));
                } catch (NumberFormatException e) {
                    throw line.error("'" + line.field(2) + "' is not a number");
                }
                c.about.add(line.field(0), false, value);
                continue;
            }
            PhraseTable<Role> table = role == Role.AGE_AFTER || role == Role.NOT_AGE_AFTER ? c.after : c.phrases;
            table.add(line.field(0), false, role);
        }
        return c;
    }

    /**
     * When the unit ending at {@code unitLast} after the number starting at {@code numberFirst} is an age, the
     * last token of the age mention ("tre anni di età" takes "di età" in); otherwise -1.
     */
    public int ageEnd(Document doc, int numberFirst, int unitLast) {
        int next = unitLast + 1;
        if (next < doc.size() && doc.sameSentence(unitLast, next)) {
            PhraseTable.Match<Role> m = after.startingAt(doc, next);
            if (m != null && m.value() == Role.AGE_AFTER) {
                return m.last();
            }
            if (m != null && m.value() == Role.NOT_AGE_AFTER && !beforeVerb(doc, m.last() + 1)) {
                return -1; // "20 anni di esperienza", "30 anni fa"; but "anziani sopra i 75 anni di non uscire"
            }
        }
        int k = numberFirst - 1;
        if (endingAt(doc, k, Role.AGE_BEFORE) != null) {
            return unitLast; // "ha 45 anni", "all'età di 30 anni"
        }
        PhraseTable.Match<Role> hedge = endingAt(doc, k, Role.AGE_HEDGE);
        if (hedge != null) {
            k = hedge.first() - 1;
        }
        if (hedge != null && endingAt(doc, k, Role.AGE_BEFORE) != null) {
            return unitLast; // "ha solo 29 anni"
        }
        if (hedge != null && endingAt(doc, k, Role.AGE_PERSON) != null) {
            return unitLast; // "una donna di 30 anni", "anziani sopra i 75 anni"
        }
        if (appositive(doc, numberFirst, unitLast)) {
            return unitLast;
        }
        return -1;
    }

    /** "di non uscire", "di restare": a verb after the word that follows the unit, so it does not qualify it. */
    private static boolean beforeVerb(Document doc, int i) {
        if (i >= doc.size() || !doc.token(i).is(Token.Kind.WORD)) {
            return false;
        }
        String w = doc.token(i).lower();
        return w.equals("non") || (w.length() > 4 && (w.endsWith("are") || w.endsWith("ere") || w.endsWith("ire")));
    }

    /** The last token of a number-and-letter name written from token {@code i} ("4K", "1080p"), or -1. */
    public int nameEnd(Document doc, int i) {
        PhraseTable.Match<Role> m = phrases.startingAt(doc, i);
        if (m == null || m.value() != Role.NAME) {
            return -1;
        }
        int next = m.last() + 1;
        boolean continues = next < doc.size() && doc.glued(next) && (doc.token(next).is(Token.Kind.WORD)
                || doc.token(next).is(Token.Kind.ALPHANUMERIC) || doc.token(next).is(Token.Kind.NUMBER));
        return continues ? -1 : m.last();
    }

    /** The value a collective numeral at token {@code i} stands for ("decina" 10, "centinaia" 100), or null. */
    public BigDecimal about(Document doc, int i) {
        PhraseTable.Match<BigDecimal> m = i < doc.size() ? about.startingAt(doc, i, i) : null;
        return m == null ? null : m.value();
    }

    /** True when token {@code i} is a spelled minus sign before a temperature ("meno 5 gradi"). */
    public boolean isMinus(Document doc, int i) {
        if (i < 0) {
            return false;
        }
        PhraseTable.Match<Role> m = phrases.startingAt(doc, i, i);
        return m != null && m.value() == Role.MINUS;
    }

    /** True when token {@code i} is a half ("mezzo", "mezza") that measures the unit after it: "mezzo chilo". */
    public boolean isHalf(Document doc, int i) {
        PhraseTable.Match<Role> m = phrases.startingAt(doc, i, i);
        return m != null && m.value() == Role.HALF;
    }

    /** True when an angle cue stands a few words before the number, in the same sentence. */
    public boolean angle(Document doc, int numberFirst) {
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - ANGLE_WINDOW; k--) {
            if (!doc.sameSentence(k, numberFirst)) {
                break;
            }
            PhraseTable.Match<Role> m = phrases.startingAt(doc, k, numberFirst - 1);
            if (m != null && m.value() == Role.ANGLE) {
                return true;
            }
        }
        return false;
    }

    /** "Mario Rossi, 54 anni, ...", "l'amministratore delegato (54 anni)": a one-word number set off after a word. */
    private static boolean appositive(Document doc, int numberFirst, int unitLast) {
        int before = numberFirst - 1;
        int after = unitLast + 1;
        if (before < 1 || after >= doc.size()) {
            return false;
        }
        Token open = doc.token(before);
        Token close = doc.token(after);
        Token name = doc.token(before - 1);
        boolean bounded = (open.is(",") && (close.is(",") || close.is(";") || close.is(".")))
                || (open.is("(") && close.is(")"));
        return bounded && name.is(Token.Kind.WORD) && numberFirst == unitLast - 1;
    }

    /** The longest phrase of the given role ending exactly at token {@code end}, or null. */
    private PhraseTable.Match<Role> endingAt(Document doc, int end, Role role) {
        for (int s = Math.max(0, end - LONGEST_PHRASE + 1); s <= end; s++) {
            if (!doc.sameSentence(s, end)) {
                continue;
            }
            PhraseTable.Match<Role> m = phrases.startingAt(doc, s, end);
            if (m != null && m.last() == end && m.value() == role) {
                return m;
            }
        }
        return null;
    }
}
