package io.fatti.change;

import io.fatti.mention.Change;
import io.fatti.mention.Percentage;
import io.fatti.mention.Qualifier;
import io.fatti.mention.ValueMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One change expression found in the text, before it is attached: where it is, its direction, size and basis. */
final class Cue {
    /** First and last token of the expression (trigger to size, sign to value, value to "in più"). */
    int first;
    int last;
    /** The last token read after the cue for its basis, reference or level (at least {@link #last}). */
    int end = -1;
    final Change.Direction direction;
    /** The value mention giving the size, or -1. */
    int size = -1;
    /** What the size counts; null for a direction-only change. */
    Change.Unit unit;
    /** The size when it is in the words ("raddoppiato", "un terzo"); else read from the size mention. */
    BigDecimal value;
    Qualifier qualifier;
    /** Set when the size is in points ("3 punti percentuali"). */
    ChangeLexicon.Points points;
    Change.Basis basis;
    String reference;
    /** The new level after "a" ("salito del 10% a 5 miliardi"), or -1. */
    int level = -1;
    /** No size: "in calo" after a value; direction only. */
    boolean bare;
    /** "rispettivamente": the change belongs to a list of values, not to the single value before it. */
    boolean respectively;
    /** How far back the value it qualifies may be. */
    int maxGap = Attachment.MAX_GAP;
    /** Whether the size may carry the change itself when nothing else takes it. */
    boolean selfAttach = true;
    /** Whether the value qualified may stand before a colon: "da 1.799 euro: 150 euro in meno". */
    boolean afterColon;
    /** Values that must never be a target: inside the reference, or read as the size. */
    final List<Integer> hidden = new ArrayList<>();

    Cue(int first, int last, Change.Direction direction) {
        this.first = first;
        this.last = last;
        this.direction = direction;
    }

    /**
     * "punti" alone are percentage points on a percentage, an absolute amount on anything else, and on the
     * number itself ("l'indice ha perso 300 punti", target null) index points, so absolute.
     */
    Change.Unit unitFor(ValueMention target) {
        if (points != null && !points.sure() && !(target instanceof Percentage)) {
            return Change.Unit.ABSOLUTE;
        }
        return unit;
    }

    /** The change for {@code target}; a direction-only change it replaces lends its basis and reference. */
    Change changeFor(ValueIndex idx, int target, Change replaced) {
        ValueMention sizeMention = size >= 0 ? idx.get(size) : null;
        Change.Unit u = unitFor(target == size ? null : idx.get(target));
        BigDecimal v = value;
        Qualifier q = qualifier;
        if (v == null && sizeMention != null) {
            BigDecimal amount = sizeMention.amount().value();
            v = amount == null ? null : amount.abs();
            if (v != null && u == Change.Unit.POINTS && points != null) {
                v = v.multiply(points.scale());
            }
        }
        if (sizeMention != null && sizeMention.amount().qualifier() != null) {
            q = sizeMention.amount().qualifier();
        }
        Change.Basis b = basis;
        String ref = reference;
        if (replaced != null && b == null && ref == null) {
            b = replaced.basis();
            ref = replaced.reference();
        }
        return new Change(direction, plain(v), u, b, ref, q);
    }

    /** 1E+8 as 100000000, 0.250 as 0.25: the plainest scale for the same number. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
