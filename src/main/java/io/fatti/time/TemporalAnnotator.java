package io.fatti.time;

import io.fatti.core.Span;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;

/**
 * The temporal stage: finds dates, periods, durations and recurring sets, resolves them against the article date
 * and what the article said before, and claims their tokens (so "22 novembre 2021" holds no count). Runs after the
 * entity stage and before the value stages. Immutable and thread-safe: per-document state lives in the grammar.
 */
public final class TemporalAnnotator implements Annotator {

    private final TimeLexicon lexicon;

    public TemporalAnnotator(TimeLexicon lexicon) {
        if (lexicon == null) {
            throw new IllegalArgumentException("lexicon is null");
        }
        this.lexicon = lexicon;
    }

    /** The stage with the packaged Italian lexicon. */
    public static TemporalAnnotator italian() {
        return new TemporalAnnotator(TimeLexicon.italian());
    }

    @Override
    public String name() {
        return "temporal";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        Reference ref = new Reference(doc.context());
        TimeScan scan = new TimeScan(lexicon, doc, found, ref);
        TemporalGrammar grammar = scan.grammar;
        int i = 0;
        while (i < doc.size()) {
            Match m = grammar.parseAt(i);
            if (m == null) {
                i++;
                continue;
            }
            TimeValue v = m.value();
            Span sp = doc.tokenSpan(m.start(), m.end());
            Temporal t = new Temporal(sp, doc.original(sp), m.rule(), v.kind(), v.timex(), v.from(), v.to(), v.grain(),
                    v.modifier(), v.fiscal());
            if (latent(doc, t, m.start(), m.end())) {
                found.addWeak(t, m.start(), m.end()); // a value stage may read these numbers as values
            } else {
                found.add(t, m.start(), m.end());
            }
            String rule = m.rule();
            boolean relative = rule.equals(RuleNames.RELATIVE_UNIT) || rule.equals(RuleNames.SAME_PERIOD)
                    || rule.equals(RuleNames.LAST_NEXT) || rule.equals(RuleNames.AGO) || rule.equals(RuleNames.LATER);
            ref.saw(v, m.absoluteYear(), relative, scan.afterComparison(m.start()));
            grammar.forgetCores();
            i = m.end() + 1;
        }
    }

    /**
     * A day read from numbers alone, with no month name, weekday or year ("dal 20", "tra il 3 e il 5", "dal tre al
     * cinque", "10°", "15/02", which is also the fraction "1/4"): the reading is weak (Duckling's latent).
     */
    private boolean latent(Document doc, Temporal t, int from, int to) {
        if (t.kind() != Temporal.Kind.DATE || t.grain() != Temporal.Grain.DAY) {
            return false;
        }
        int slashes = 0;
        for (int k = from; k <= to; k++) {
            Token tok = doc.token(k);
            String w = tok.lower();
            boolean day = tok.is(Token.Kind.NUMBER) ? tok.text().length() <= 2 : lexicon.numbers.containsKey(w);
            boolean ordinal = (tok.is("°") || tok.is("º")) && k > from && doc.glued(k) && !doc.token(k - 1).is("1");
            boolean slash = tok.is("/") && k > from && k < to && ++slashes == 1;
            if (!(day || ordinal || slash || lexicon.is(w, Role.ARTICLE) || lexicon.is(w, Role.FROM)
                    || lexicon.is(w, Role.TO) || lexicon.is(w, Role.BETWEEN) || lexicon.is(w, Role.AND))) {
                return false;
            }
        }
        return true;
    }
}
