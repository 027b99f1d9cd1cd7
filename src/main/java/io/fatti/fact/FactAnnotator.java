package io.fatti.fact;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links values into facts: who (subject), what (metric, segment), how much (the value, its qualifier and change),
 * when (period) and whether it is reported or a target. A stage after the change stage: it reads the mentions the
 * earlier stages found and adds facts, never mentions. Each part is chosen by a small rule ({@link MetricRule},
 * {@link SubjectRule}, {@link PeriodRule}, {@link SegmentRule}, {@link KindRule}), and a fact's {@code rule} names
 * the rules that linked it ("fact.metric.before+subject.clause+period.carried").
 *
 * <p>A value becomes a fact only when a metric takes it. The size of a change ("in aumento dell'8,2%") is not a fact;
 * a compared value ("contro i 2,5 miliardi dello scorso anno") is a fact of the compared period
 * ({@link ComparisonRule}). Immutable and thread-safe.
 */
public final class FactAnnotator implements Annotator {

    private final MetricLexicon metrics;
    private final FactWords words;
    private final ValueRoles roles;
    private final MetricRule metricRule;
    private final SubjectRule subjectRule;
    private final PeriodRule periodRule;
    private final SegmentRule segmentRule;
    private final KindRule kindRule;
    private final ComparisonRule comparisonRule;
    private final CompanyNames companyNames;

    private FactAnnotator(MetricLexicon metrics, FactWords words, Set<String> balances) {
        this.metrics = metrics;
        this.words = words;
        this.roles = new ValueRoles(words, metrics);
        this.metricRule = new MetricRule(words);
        this.subjectRule = new SubjectRule(words);
        this.periodRule = new PeriodRule(words, balances);
        this.segmentRule = new SegmentRule(words);
        this.kindRule = new KindRule(words);
        this.comparisonRule = new ComparisonRule(words);
        this.companyNames = new CompanyNames(words, metrics);
    }

    /** The Italian fact linker, with its words from {@code models/fact/} and {@code models/metric/}. */
    public static FactAnnotator italian() {
        Set<String> balances = new HashSet<>();
        for (DataFile.Line l : DataFile.read("fact/balances.tsv")) {
            balances.add(l.field(0));
        }
        return new FactAnnotator(MetricLexicon.italian(), FactWords.italian(), Set.copyOf(balances));
    }

    @Override
    public String name() {
        return "fact";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        List<SentenceView> sentences = sentences(doc, found.resolved());
        int titleEnd = titleEnd(doc);
        companyNames.complete(doc, sentences, titleEnd);
        List<Placed<Entity>> allEntities = new ArrayList<>();
        sentences.forEach(s -> allEntities.addAll(s.entities));
        List<Placed<Entity>> lead = new ArrayList<>();
        SentenceView leadSentence = null;
        for (SentenceView s : sentences) {
            if (doc.sentences().get(s.index)[0] >= titleEnd) {
                lead = s.entities;
                leadSentence = s;
                break;
            }
        }
        boolean marketLead = lead.stream().allMatch(e -> e.mention().label() == Entity.Label.LOC
                || words.notSubjects.contains(e.mention().text().toLowerCase(java.util.Locale.ROOT)));
        ArticleMemory memory = new ArticleMemory(allEntities, lead, marketLead, words.notSubjects,
                paragraphs(doc));
        List<Placed<Entity>> topics = new ArrayList<>();
        for (Placed<Entity> e : allEntities) {
            if (e.mention().label() == Entity.Label.ORG && !subjectRule.isSource(doc, e)
                    && !SubjectRule.afterPreposition(doc, e)
                    && !words.notSubjects.contains(e.mention().text().toLowerCase(java.util.Locale.ROOT))) {
                topics.add(e);
            }
        }
        memory.topics = topics;
        memory.leadPeriod = leadSentence == null ? null : periodRule.leadPeriod(doc, leadSentence);
        for (SentenceView s : sentences) {
            if (s.values.isEmpty() || doc.sentences().get(s.index)[1] <= titleEnd) {
                continue;
            }
            s.scan(doc, metrics, words);
            link(doc, s, memory, found);
        }
    }

    private void link(Document doc, SentenceView s, ArticleMemory memory, Annotations found) {
        List<Placed<ValueMention>> comparisons = new ArrayList<>();
        List<Placed<ValueMention>> levels = new ArrayList<>();
        for (Placed<ValueMention> v : s.values) {
            if (!ValueRoles.countable(v.mention()) || roles.isChangeSize(doc, v) || roles.isConversion(doc, s, v)
                    || roles.isReference(doc, v)) {
                continue;
            }
            (roles.isComparison(doc, v) ? comparisons : levels).add(v);
        }
        List<FactAt> facts = new ArrayList<>();
        Fact previous = null;
        for (Placed<ValueMention> v : levels) {
            Linked<String> metric = metricRule.metric(doc, s, v, facts.isEmpty() ? null : facts.get(facts.size() - 1));
            if (metric == null) {
                metric = metricRule.fromContext(doc, s, v, segmentRule.segment(doc, s, v, null, null) != null, memory);
            }
            if (metric == null) {
                continue;
            }
            Trigger trigger = triggerOf(s, v, metric.value());
            Linked<Entity> subject = subjectRule.subject(doc, s, v, metric.value(), memory, words.notSubjects);
            if (metric.value().equals("market_value") && subject.value() != null
                    && subject.value().label() == Entity.Label.ORG) {
                metric = Linked.of("valuation", metric.rule() + "-company"); // "la startup vale 300 milioni"
            }
            Linked<Fact.Kind> kind = kindRule.kind(doc, s, v, metric.value());
            Linked<Temporal> period = periodRule.period(doc, s, v, metric.value(), kind.value(), memory,
                    comparisons);
            if (kind.value() == Fact.Kind.REPORTED && period != null && !period.rule().equals("period.carried")
                    && KindRule.futurePeriod(period.value(), doc.context())) {
                kind = Linked.of(Fact.Kind.TARGET, "kind.period");
            }
            Linked<String> segment = segmentRule.segment(doc, s, v, trigger, previous);
            ValueMention value = v.mention();
            String rule = "fact." + metric.rule() + "+" + subject.rule()
                    + (period == null ? "" : "+" + period.rule()) + (segment == null ? "" : "+" + segment.rule())
                    + "+" + kind.rule();
            Fact f = new Fact(subject.value(), metric.value(), segment == null ? null : segment.value(), value,
                    period == null ? null : period.value(), value.change(), value.amount().qualifier(),
                    kind.value(), doc.sentenceSpan(s.index), rule);
            facts.add(new FactAt(f, v.first(), v.last()));
            previous = f;
            memory.remember(f, s.index, periodRule.isBalance(f.metric()));
        }
        List<FactAt> compared = new ArrayList<>();
        for (Placed<ValueMention> c : comparisons) {
            Fact f = comparisonRule.link(doc, s, c, facts);
            if (f != null) {
                compared.add(new FactAt(f, c.first(), c.last()));
            }
        }
        for (int k = 0; k < facts.size(); k++) {
            FactAt f = facts.get(k);
            if (!f.fact().rule().contains("metric.per-share")) {
                continue;
            }
            for (FactAt c : compared) {
                if (c.last() < f.first() && f.first() - c.last() <= 4) {
                    // "contro una perdita di 96 milioni, o 6 centesimi, di un anno prima": the compared period
                    Fact x = f.fact();
                    facts.set(k, new FactAt(new Fact(x.subject(), x.metric(), x.segment(), x.value(),
                            c.fact().period(), x.change(), x.qualifier(), x.kind(), x.sentence(),
                            restated(x.rule())),
                            f.first(), f.last()));
                }
            }
        }
        facts.addAll(compared);
        facts.sort((x, y) -> Integer.compare(x.first(), y.first()));
        facts.forEach(x -> found.addFact(x.fact()));
    }

    /** The rule of a per-share fact whose period is that of the compared result it restates. */
    private static String restated(String rule) {
        return rule.matches(".*\\+period\\.[a-z-]+.*") ? rule.replaceFirst("\\+period\\.[a-z-]+", "+period.restated")
                : rule.replace("+kind.", "+period.restated+kind.");
    }

    /** A fact and the tokens of its value. */
    record FactAt(Fact fact, int first, int last) {
    }

    private static Trigger triggerOf(SentenceView s, Placed<ValueMention> v, String metric) {
        Trigger best = null;
        for (Trigger t : s.triggers) {
            if (t.metric().key().equals(metric) && (best == null || v.distance(asPlaced(t)) < v.distance(asPlaced(best)))) {
                best = t;
            }
        }
        return best;
    }

    private static Placed<Mention> asPlaced(Trigger t) {
        return new Placed<>(null, t.first(), t.last(), -1);
    }

    /**
     * Where the title ends: the article's first line, when a line break follows it and it does not end with a full
     * stop, and more text follows. Its figures repeat, rounded, what the body states, so they give no facts; its
     * names still count for the focus. 0 when there is no title.
     */
    private static int titleEnd(Document doc) {
        String text = doc.text();
        int nl = text.indexOf('\n');
        if (nl < 0 || text.substring(nl).isBlank()) {
            return 0;
        }
        String line = text.substring(0, nl).strip();
        return line.isEmpty() || line.endsWith(".") ? 0 : nl;
    }

    /** The paragraph of each sentence: paragraphs are separated by line breaks. */
    private static int[] paragraphs(Document doc) {
        int[] out = new int[doc.sentences().size()];
        String text = doc.text();
        int paragraph = 0;
        int at = 0;
        for (int i = 0; i < out.length; i++) {
            int start = doc.sentences().get(i)[0];
            for (; at < start && at < text.length(); at++) {
                if (text.charAt(at) == '\n') {
                    paragraph++;
                    while (at + 1 < start && Character.isWhitespace(text.charAt(at + 1))) {
                        at++;
                    }
                }
            }
            out[i] = paragraph;
        }
        return out;
    }

    /** Places the resolved mentions into their sentences. */
    /** Tokens of the longest stretch read as one sentence; real sentences are far shorter. */
    private static final int LONGEST_VIEW = 200;

    private static List<SentenceView> sentences(Document doc, List<Mention> mentions) {
        List<SentenceView> out = new ArrayList<>();
        if (doc.size() == 0) {
            return out;
        }
        int start = 0;
        for (int i = 1; i <= doc.size(); i++) {
            // a run-on "sentence" (a list with no full stop, a table) is read in windows, so that the linker's
            // per-value look at the words around it stays bounded
            if (i == doc.size() || doc.sentenceOf(i) != doc.sentenceOf(start) || i - start >= LONGEST_VIEW) {
                out.add(new SentenceView(doc.sentenceOf(start), start, i - 1));
                start = i;
            }
        }
        int si = 0;
        for (Mention m : mentions) {
            int[] tokens = doc.tokensWithin(m.span());
            if (tokens == null) {
                continue;
            }
            int sentence = doc.sentenceOf(tokens[0]);
            while (si < out.size() && out.get(si).last < tokens[0]) {
                si++;
            }
            if (si >= out.size()) {
                break;
            }
            SentenceView s = out.get(si);
            if (s.index != sentence || tokens[0] < s.first) {
                continue;
            }
            if (m instanceof ValueMention v) {
                s.values.add(new Placed<>(v, tokens[0], tokens[1], sentence));
            } else if (m instanceof Entity e) {
                s.entities.add(new Placed<>(e, tokens[0], tokens[1], sentence));
            } else if (m instanceof Temporal t) {
                s.dates.add(new Placed<>(t, tokens[0], tokens[1], sentence));
            }
        }
        return out;
    }
}
