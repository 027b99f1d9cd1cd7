package io.fatti.change;

import io.fatti.mention.Change;
import io.fatti.mention.Mention;
import io.fatti.mention.ValueMention;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds changes ("con un aumento dell'8,2% su base annua", "+19,8%", "25 euro in più", "raddoppiato") and attaches a
 * {@link Change} to the value each one qualifies. A refinement stage: it runs after the value stages, adds no
 * mention, and replaces a value mention with a copy carrying its change.
 *
 * <p>Within one sentence, a change expression (a cue, found by {@link CueFinder}) takes one of these shapes:
 * <ol>
 *   <li>trigger + size: "aumento dell'8,2%", "in calo di 3 punti percentuali", "un calo dei ricavi del 5%",
 *       "ha perso il 3%", "calato di un terzo";</li>
 *   <li>a sign glued to a value: "+19,8%", "(-3%)", "+2 p.p.";</li>
 *   <li>a value + "in più" / "in meno": "25 euro in più"; a number + "volte": "oltre quattro volte";</li>
 *   <li>a multiplier: "raddoppiato" (UP FACTOR 2), "più del triplo", "dimezzato" (DOWN 50 PERCENT);</li>
 *   <li>a second size of the same change: "perso 53 punti, o il 3,7%", "sceso di 252 punti (2,9%)";</li>
 *   <li>a trigger without size, only when it leads to a new level ("è salito a 12 miliardi", "salito da 10 a 12
 *       miliardi") or stands as "in calo" right after a value ("10 miliardi, in calo rispetto al 2020"): direction
 *       only.</li>
 * </ol>
 * Around the cue, {@link Comparison} reads a basis ("su base annua" YOY, "t/t" QOQ, "su base mensile" MOM) or a
 * named reference ("rispetto all'inizio del 2021"), and the basis a reference implies; a basis stated once carries
 * over to the sized changes of the next four sentences that state none.
 *
 * <p>Attachment ({@link Attachment}): which value does the change qualify? In this order:
 * <ol>
 *   <li>the new level introduced right after the change: "salito del 10% <b>a 5 miliardi</b>";</li>
 *   <li>otherwise the nearest value before the cue in the same sentence, at most 6 tokens before it (3 for a bare
 *       "in calo"), with no clause boundary ("mentre", "ma", "e", ";") or other trigger in between, provided the
 *       value is not itself the size of another change and the sizes agree (percentage points only on a
 *       percentage; an absolute change only on a value of the same currency, unit or counted noun):
 *       "12,22 miliardi di dollari, con un aumento dell'8,2%";</li>
 *   <li>otherwise the size itself carries the change ("i ricavi sono cresciuti del 12%" → the 12% mention gets
 *       UP 12 PERCENT); a cue without a size mention (a multiplier, a bare trigger) then attaches nothing.</li>
 * </ol>
 * Values inside a named reference ("rispetto ai 2,5 miliardi del 2020") are never the target. A value keeps the
 * first change attached to it, except that a direction-only change gives way to a sized one of the same direction.
 */
public final class ChangeAnnotator implements Annotator {

    /**
     * How many sentences after it a stated basis still applies to changes that state none: results articles say
     * "su base annua" once and mean it for the next few figures.
     */
    private static final int CARRY_SENTENCES = 4;

    private final CueFinder finder;
    private final Attachment attachment;
    private final ImpliedBasis implied;

    /** The Italian change stage, with its words from {@code models/change/}. */
    public ChangeAnnotator() {
        this(ChangeLexicon.italian());
    }

    ChangeAnnotator(ChangeLexicon lex) {
        this.finder = new CueFinder(lex);
        this.attachment = new Attachment(lex);
        this.implied = ImpliedBasis.load("change/implied-basis.tsv");
    }

    @Override
    public String name() {
        return "change";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        List<ValueMention> mentions = found.mentions(ValueMention.class);
        if (mentions.isEmpty()) {
            return;
        }
        List<Mention> others = new ArrayList<>();
        for (Mention m : found.mentions()) {
            if (!(m instanceof ValueMention)) {
                others.add(m);
            }
        }
        ValueIndex idx = new ValueIndex(doc, mentions, others);
        List<Cue> cues = finder.findCues(doc, found, idx);
        int n = idx.values.size();
        boolean[] taken = new boolean[n];
        Map<Integer, Cue> referenceOwner = new HashMap<>();
        for (Cue c : cues) {
            if (c.size >= 0) {
                taken[c.size] = true;
            }
            for (int v : c.hidden) {
                taken[v] = true;
                referenceOwner.put(v, c);
            }
        }
        Change[] attached = new Change[n];
        Change.Basis carried = null;
        boolean periodNamed = implied.namesPeriod(doc);
        int carriedFrom = 0;
        for (Cue c : cues) {
            int target = attachment.target(doc, idx, c, taken, attached, referenceOwner);
            if (target < 0) {
                continue;
            }
            Change change = c.changeFor(idx, target, attached[target]);
            int sentence = doc.sentenceOf(c.first);
            if (change.basis() != null) {
                carried = change.basis();
                carriedFrom = sentence;
            } else if (carried != null && change.reference() == null && change.value() != null
                    && sentence - carriedFrom <= CARRY_SENTENCES && !implied.blocksCarry(doc, idx, target)) {
                // A basis stated once carries over: "ricavi +2,5% su base annua ... utile in calo del 3%" (YOY).
                change = new Change(change.direction(), change.value(), change.unit(), carried, null,
                        change.qualifier());
            }
            Change.Basis basis = implied.basisFor(doc, idx, target, change, periodNamed);
            if (basis != change.basis()) {
                change = new Change(change.direction(), change.value(), change.unit(), basis, null,
                        change.qualifier());
            }
            attached[target] = change;
        }
        Map<Mention, Mention> refined = new HashMap<>();
        for (int v = 0; v < n; v++) {
            ValueMention m = idx.get(v);
            if (attached[v] != null && m.change() == null) {
                refined.put(m, m.withChange(attached[v]));
            }
        }
        found.replaceAll(refined);
    }
}
