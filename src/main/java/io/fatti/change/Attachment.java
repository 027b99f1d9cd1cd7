package io.fatti.change;

import io.fatti.text.PhraseTable;
import io.fatti.mention.Change;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which value a change qualifies, within its sentence: the new level after it; else the nearest value before
 * it, when nothing separates them and the sizes agree; else the size itself (see {@link ChangeAnnotator}).
 */
final class Attachment {

    /** Tokens allowed between a value and the change that follows it. */
    static final int MAX_GAP = 6;
    /** Tokens allowed between a value and a bare "in calo" after it. */
    private static final int MAX_BARE_GAP = 3;

    private final ChangeLexicon lex;

    private final Comparison comparison;

    Attachment(ChangeLexicon lex) {
        this.lex = lex;
        this.comparison = new Comparison(lex);
    }

    /**
     * The value cue {@code c} qualifies, or -1. {@code taken} marks sizes and values inside references, which are
     * never targets; {@code attached} holds the changes given so far; {@code referenceOwner} maps a value inside a
     * reference to the cue that reads it.
     */
    int target(Document doc, ValueIndex idx, Cue c, boolean[] taken, Change[] attached,
               Map<Integer, Cue> referenceOwner) {
        if (c.level >= 0 && free(idx, c, c.level, taken, attached) && compatible(idx, c, c.level)) {
            return c.level;
        }
        int before = preceding(doc, idx, c, taken, attached, referenceOwner);
        if (before >= 0) {
            return before;
        }
        if (c.size >= 0 && !c.bare && c.selfAttach && attached[c.size] == null
                && idx.get(c.size).change() == null) {
            return c.size;
        }
        return -1;
    }

    /** The nearest value before the cue, if nothing separates them; else -1. */
    private int preceding(Document doc, ValueIndex idx, Cue c, boolean[] taken, Change[] attached,
                          Map<Integer, Cue> referenceOwner) {
        if (c.respectively) {
            return -1;
        }
        int maxGap = c.bare ? MAX_BARE_GAP : c.maxGap;
        int gap = 0;
        for (int t = c.first - 1; t >= 0 && doc.sameSentence(t, c.first); t--) {
            int v = idx.valueAt(t);
            if (v >= 0) {
                Cue owner = referenceOwner.get(v);
                if (owner != null && owner.level >= 0) {
                    v = owner.level; // "scende al 31% dal 33,6% di un anno fa, in calo di 2,6 punti": the 31%
                }
                int compared = comparedBefore(doc, idx, c, v, taken, attached);
                if (compared >= 0) {
                    return compared;
                }
                int original = convertedFrom(doc, idx, v);
                if (original >= 0 && free(idx, c, original, taken, attached) && compatible(idx, c, original)) {
                    return original;
                }
                return free(idx, c, v, taken, attached) && compatible(idx, c, v) && !isName(doc, idx, v) ? v : -1;
            }
            int other = idx.otherAt(t);
            if (other >= 0) {
                while (idx.otherAt(t - 1) == other) {
                    t--; // a date counts as one token: "5 miliardi nel terzo trimestre, in crescita del 5%"
                }
            } else {
                Token tok = doc.token(t);
                PhraseTable.Match<Boolean> join = lex.joins.startingAt(doc, t);
                boolean joined = join != null && t + join.length() == c.first && idx.valueAt(t - 1) >= 0;
                if ((lex.boundaries.has(doc, t) && !joined) || lex.triggers.has(doc, t)
                        || lex.multipliers.has(doc, t)
                        || (tok.is(Token.Kind.PUNCTUATION) && ";:.!?".contains(tok.text())
                            && !(c.afterColon && tok.text().equals(":")))) {
                    return -1;
                }
            }
            if (++gap > maxGap) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "61.200 vetture, contro le 80.500 dello stesso periodo, con un calo del 24%": the value met looking back is the
     * old one of a comparison ("contro le", "rispetto ai") standing between the new value and its change. The
     * change goes to the value before the comparison, which becomes the change's reference (and may give its
     * basis). Else -1.
     */
    private int comparedBefore(Document doc, ValueIndex idx, Cue c, int v, boolean[] taken, Change[] attached) {
        if (c.reference != null || c.basis != null) {
            return -1;
        }
        for (int opener = idx.first[v] - 1; opener >= Math.max(0, idx.first[v] - 3); opener--) {
            PhraseTable.Match<Boolean> m = lex.referenceOpeners.startingAt(doc, opener);
            if (m == null || opener + m.length() != idx.first[v]) {
                continue;
            }
            int comma = opener - 1;
            int w = comma >= 1 && doc.token(comma).text().equals(",") && doc.sameSentence(comma - 1, c.first)
                    ? idx.valueAt(comma - 1) : -1;
            if (w < 0 || !free(idx, c, w, taken, attached) || !compatible(idx, c, w)) {
                return -1;
            }
            int end = c.first;
            while (end > opener && !doc.token(end - 1).text().equals(",")) {
                end--;
            }
            comparison.reference(doc, idx, c, opener, m.length(), true, end - 1, false);
            taken[v] = true;
            return w;
        }
        return -1;
    }

    /**
     * The amount a money value converts: in "30,04 miliardi di yuan, circa 3,85 miliardi di euro, in aumento
     * dell'80,7%" the change belongs to the yuan, the euro figure being the reporter's conversion. Else -1.
     */
    private int convertedFrom(Document doc, ValueIndex idx, int v) {
        if (!(idx.get(v) instanceof Money money) || money.currency() == null) {
            return -1;
        }
        int t = idx.first[v] - 1;
        for (int steps = 0; steps < 3 && t >= 0 && idx.valueAt(t) < 0; steps++) {
            String s = doc.token(t).text();
            if (!s.equals(",") && !s.equals("(") && !lex.fillers.has(doc, t) && !lex.alternatives.has(doc, t)) {
                return -1;
            }
            t--;
        }
        int w = t >= 0 && doc.sameSentence(t, idx.first[v]) ? idx.valueAt(t) : -1;
        return w >= 0 && idx.get(w) instanceof Money first && first.currency() != null
                && !first.currency().equals(money.currency()) ? w : -1;
    }

    /**
     * A bare number right after a capitalised word is more likely part of a name ("FTSE 100", "Nikkei 225",
     * "Standard & Poor's 500") than a value that changed; the entity stage normally claims these first.
     */
    private static boolean isName(Document doc, ValueIndex idx, int v) {
        if (!(idx.get(v) instanceof NumberMention)) {
            return false;
        }
        int p = idx.first[v] - 1;
        if (p >= 1 && doc.token(p).is("s") && doc.token(p - 1).text().endsWith("'")) {
            p--; // "Poor's"
        }
        if (p < 0 || !doc.sameSentence(p, idx.first[v]) || !doc.token(p).is(Token.Kind.WORD)) {
            return false;
        }
        String w = doc.token(p).text();
        return Character.isUpperCase(w.codePointAt(0)) && (p > 0 && doc.sameSentence(p - 1, p));
    }

    /** A value can take this change: not a size or in a reference, and holding no change (or only a direction). */
    private static boolean free(ValueIndex idx, Cue c, int v, boolean[] taken, Change[] attached) {
        if (taken[v] || v == c.size || idx.get(v).change() != null) {
            return false;
        }
        Change prior = attached[v];
        return prior == null || (prior.value() == null && c.unit != null && prior.direction() == c.direction);
    }

    private static boolean compatible(ValueIndex idx, Cue c, int v) {
        if (idx.isOrdinal(v)) {
            return false;
        }
        ValueMention target = idx.get(v);
        Change.Unit unit = c.unitFor(target);
        if (unit == null || unit == Change.Unit.PERCENT || unit == Change.Unit.FACTOR) {
            return true;
        }
        if (unit == Change.Unit.POINTS) {
            return target instanceof Percentage;
        }
        return sameKind(idx.get(c.size), target);
    }

    /** An absolute change and the value it changes count the same thing. */
    private static boolean sameKind(ValueMention size, ValueMention target) {
        if (size instanceof Money a) {
            return target instanceof Money b
                    && (a.currency() == null || b.currency() == null || a.currency().equals(b.currency()));
        }
        if (size instanceof Quantity a) {
            if (target instanceof NumberMention) {
                return true;
            }
            if (!(target instanceof Quantity b)) {
                return false;
            }
            if (a.unit() != null || b.unit() != null) {
                return a.unit() != null && a.unit().equals(b.unit());
            }
            return a.noun() == null || b.noun() == null
                    || a.noun().toLowerCase(Locale.ROOT).equals(b.noun().toLowerCase(Locale.ROOT));
        }
        if (size instanceof NumberMention) {
            return target instanceof NumberMention || (target instanceof Quantity q && q.unit() == null);
        }
        return false;
    }
}
