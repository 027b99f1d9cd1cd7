package io.fatti.fact;

import io.fatti.core.Span;
import io.fatti.mention.Fact;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import io.fatti.text.Document;
import io.fatti.text.PhraseTable;
import io.fatti.text.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compared value is a fact of its own period: in "l'utile è pari a 8,1 miliardi, contro i 2,5 miliardi dello
 * scorso anno" the 2,5 miliardi is net income one year before the 8,1. The compared value takes the metric,
 * subject and segment of the nearest fact of the same kind of value in its sentence (before it, else after it:
 * "passati dai 10 ai 12 milioni"), and its period from the words after it:
 * {@code period.year-earlier}: "dello scorso anno", "dello stesso periodo", "di un anno fa" shift that fact's
 * period back one year; {@code period.compared}: a date after it ("dei primi sei mesi del 2023") is its period.
 * {@code subject.compared}: a company named right after it ("contro le 484.507 di Tesla") is its subject, and the
 * period stays that of the fact it is compared with.
 */
final class ComparisonRule {

    private static final int REACH = 8;
    private static final Pattern YEAR = Pattern.compile("^(FY)?(\\d{4})");

    private final FactWords words;

    ComparisonRule(FactWords words) {
        this.words = words;
    }

    Fact link(Document doc, SentenceView s, Placed<ValueMention> c, List<FactAnnotator.FactAt> facts) {
        FactAnnotator.FactAt counterpart = counterpart(c, facts, true);
        if (counterpart == null) {
            counterpart = counterpart(c, facts, false);
        }
        if (counterpart == null) {
            return null;
        }
        return link(doc, s, c, counterpart);
    }

    /**
     * The nearest fact before the compared value with the same kind of value, else the first after it; with
     * {@code sameScale}, only one whose amount is within a factor of a hundred ("540 milioni, pari a 31 centesimi
     * per azione, contro una perdita di 96 milioni": the 96 milioni is compared with the 540, not the 31).
     */
    private static FactAnnotator.FactAt counterpart(Placed<ValueMention> c, List<FactAnnotator.FactAt> facts,
                                                     boolean sameScale) {
        FactAnnotator.FactAt counterpart = null;
        for (FactAnnotator.FactAt f : facts) {
            if (!MetricRule.sameKind(f.fact().value(), c.mention())
                    || (sameScale && !sameScale(f.fact().value(), c.mention()))) {
                continue;
            }
            if (f.last() < c.first()) {
                counterpart = f; // the nearest before
            } else if (counterpart == null) {
                counterpart = f; // the first after: "dai 10 ai 12 milioni"
                break;
            }
        }
        return counterpart;
    }

    private static boolean sameScale(ValueMention a, ValueMention b) {
        java.math.BigDecimal x = a.amount().isRange() ? a.amount().high() : a.amount().value();
        java.math.BigDecimal y = b.amount().isRange() ? b.amount().high() : b.amount().value();
        if (x == null || y == null || x.signum() == 0 || y.signum() == 0) {
            return true;
        }
        double ratio = Math.abs(x.doubleValue() / y.doubleValue());
        return ratio <= 100 && ratio >= 0.01;
    }

    private Fact link(Document doc, SentenceView s, Placed<ValueMention> c, FactAnnotator.FactAt counterpart) {
        Fact main = counterpart.fact();
        String periodRule = null;
        Temporal period = null;
        io.fatti.mention.Entity subject = main.subject();
        String subjectRule = "";
        int end = Math.min(s.last, c.last() + REACH);
        for (int i = c.last() + 1; i <= end; i++) {
            Token t = doc.token(i);
            int restated = t.is(",") ? restatementEnd(doc, s, i) : -1;
            if (restated > 0) {
                // "contro una perdita di 51 milioni, o 9 centesimi, dello stesso periodo": past the restatement
                end = Math.min(s.last, restated + REACH);
                i = restated;
                continue;
            }
            if (t.is(Token.Kind.PUNCTUATION) && !t.text().equals("'")) {
                break;
            }
            PhraseTable.Match<Boolean> ago = words.yearAgo.startingAt(doc, i, end);
            if (ago != null && main.period() != null) {
                Span span = doc.tokenSpan(ago.first(), ago.last());
                Placed<Temporal> date = dateAt(s, i);
                if (date != null) {
                    span = span.union(date.mention().span());
                }
                period = yearEarlier(main.period(), span, doc.original(span));
                periodRule = "period.year-earlier";
                break;
            }
            Placed<Temporal> date = dateAt(s, i);
            if (date != null && date.mention().timex() != null) {
                period = date.mention();
                periodRule = "period.compared";
                break;
            }
            Placed<io.fatti.mention.Entity> owner = entityAt(s, i);
            if (owner != null && owner.mention().label() == io.fatti.mention.Entity.Label.ORG
                    && DI.contains(doc.token(i - 1).lower())) {
                // "526.409, contro le 484.507 di Tesla": the same figure of another company, same period
                subject = owner.mention();
                subjectRule = "+subject.compared";
                period = main.period();
                periodRule = period == null ? null : "period.same";
                break;
            }
            if (startsOtherValue(s, i, c)) {
                break;
            }
        }
        ValueMention value = c.mention();
        String rule = "fact.comparison" + subjectRule + (periodRule == null ? "" : "+" + periodRule);
        return new Fact(subject, main.metric(), main.segment(), value, period, value.change(),
                value.amount().qualifier(), Fact.Kind.REPORTED, main.sentence(), rule);
    }

    private static final java.util.Set<String> DI = java.util.Set.of("di", "del", "della", "dello", "dei", "degli",
            "delle", "dell'");

    private static Placed<io.fatti.mention.Entity> entityAt(SentenceView s, int token) {
        for (Placed<io.fatti.mention.Entity> e : s.entities) {
            if (e.first() == token) {
                return e;
            }
        }
        return null;
    }

    private static Placed<Temporal> dateAt(SentenceView s, int token) {
        for (Placed<Temporal> d : s.dates) {
            if (d.first() <= token && token <= d.last() && d.mention().kind() == Temporal.Kind.DATE) {
                return d;
            }
        }
        return null;
    }

    private static boolean startsOtherValue(SentenceView s, int token, Placed<ValueMention> c) {
        for (Placed<ValueMention> v : s.values) {
            if (v.first() == token && v != c) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RESTATING = java.util.Set.of("o", "pari", "a", "ad", "ovvero", "cioè");

    /**
     * The closing comma of a restatement of the value opening at comma {@code comma} (", o 9 centesimi,", ", pari a
     * 0,12 euro per azione,"), or -1.
     */
    private static int restatementEnd(Document doc, SentenceView s, int comma) {
        int i = comma + 1;
        while (i <= s.last && RESTATING.contains(doc.token(i).lower())) {
            i++;
        }
        if (i == comma + 1) {
            return -1;
        }
        for (Placed<ValueMention> v : s.values) {
            if (v.first() == i) {
                int j = v.last() + 1;
                while (j <= s.last && j - v.last() <= 3 && !doc.token(j).is(",")) {
                    j++; // "per azione"
                }
                return j <= s.last && doc.token(j).is(",") ? j : -1;
            }
        }
        return -1;
    }

    /** The same period one year earlier: 2021-Q1 becomes 2020-Q1. */
    static Temporal yearEarlier(Temporal p, Span span, String text) {
        String timex = p.timex();
        Matcher m = timex == null ? null : YEAR.matcher(timex);
        if (m != null && m.find()) {
            timex = (m.group(1) == null ? "" : m.group(1)) + (Integer.parseInt(m.group(2)) - 1)
                    + timex.substring(m.end());
        }
        return new Temporal(span, text, "fact.period.year-earlier", Temporal.Kind.DATE, timex,
                p.from() == null ? null : p.from().minusYears(1), p.to() == null ? null : p.to().minusYears(1),
                p.grain(), p.modifier(), p.fiscal());
    }
}
