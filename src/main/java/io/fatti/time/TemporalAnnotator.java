package io.fatti.time;

import io.fatti.core.Span;
import io.fatti.mention.Temporal;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;

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
        TemporalGrammar grammar = new TemporalGrammar(lexicon, doc, found, ref);
        int i = 0;
        while (i < doc.size()) {
            TemporalGrammar.Match m = grammar.parseAt(i);
            if (m == null) {
                i++;
                continue;
            }
            TimeValue v = m.value();
            Span sp = doc.tokenSpan(m.start(), m.end());
            found.add(new Temporal(sp, doc.original(sp), m.rule(), v.kind(), v.timex(), v.from(), v.to(), v.grain(),
                    v.modifier(), v.fiscal()), m.start(), m.end());
            String rule = m.rule();
            boolean relative = rule.equals(RuleNames.RELATIVE_UNIT) || rule.equals(RuleNames.SAME_PERIOD)
                    || rule.equals(RuleNames.LAST_NEXT) || rule.equals(RuleNames.AGO) || rule.equals(RuleNames.LATER);
            ref.saw(v, m.absoluteYear(), relative, grammar.afterComparison(m.start()));
            i = m.end() + 1;
        }
    }
}
