package io.fatti.number;

import io.fatti.core.Span;
import io.fatti.lexicon.DataFile;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import io.fatti.metric.MetricLexicon;
import io.fatti.metric.MetricLexicon.ValueKind;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Types a bare number from its context, each typing named by its rule: money from the metric of its clause
 * ({@code money.metric-context}), money or a count from the value it is compared with
 * ({@code money.comparison-counterpart}, {@code quantity.comparison-counterpart}), a count from the noun "ne" stands
 * for ({@code quantity.pronoun-noun}) or from the metric of its clause ({@code quantity.metric-context}). Only bare
 * numbers are typed: a number with its own currency, unit or noun keeps it. Immutable.
 */
final class ContextTyping {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    /** How far back (tokens) a compared value may start; the rules then check sentence and distance themselves. */
    private static final int LOOK_BACK = 40;
    /** How far back the count "ne" refers to may start: about three sentences. */
    private static final int PRONOUN_LOOK_BACK = 150;

    private final NumberReader reader;
    private final ValueWords words;
    private final MetricContext metrics;
    private final ComparisonCounterpart counterparts;
    private final PronounNoun pronouns = new PronounNoun();
    private final QuotaLevel quota = new QuotaLevel();
    private final InvertedNoun inverted;

    ContextTyping(NumberReader reader, ValueWords words) {
        this.reader = reader;
        this.words = words;
        this.metrics = new MetricContext(MetricLexicon.italian(),
                new MetricLexicon(DataFile.read("number/context-metrics.tsv")), words);
        this.counterparts = new ComparisonCounterpart(reader, words);
        this.inverted = new InvertedNoun(words);
    }

    /** Money compared with earlier money of its sentence takes its currency and scale. True when typed. */
    boolean moneyCounterpart(Document doc, ValueClaims found, Operand o) {
        if (!counterparts.compared(doc, o)) {
            return false;
        }
        ComparisonCounterpart.Counterpart cp = counterparts.of(doc, o,
                lookBack(doc, found, Money.class, o.first, LOOK_BACK));
        if (cp == null || !(cp.mention() instanceof Money money) || money.currency() == null) {
            return false;
        }
        o.number = withValue(o.number, cp.value());
        o.typeAsMoney(money.currency(), "money.comparison-counterpart");
        return true;
    }

    /**
     * Money compared with the money right after it ("passa da 6,99 a 7,99 euro al mese", "è salito a 5,64 miliardi
     * dai 5,02 miliardi di euro") takes its currency, scale and rate period. True when typed.
     */
    boolean moneyFollowing(Document doc, Operand o, ArticleCurrency article) {
        ComparisonCounterpart.Counterpart cp = counterparts.following(doc, o, article::startingAt);
        if (cp == null || !(cp.mention() instanceof Money money) || money.currency() == null) {
            return false;
        }
        o.number = withValue(o.number, cp.value());
        o.typeAsMoney(money.currency(), "money.comparison-counterpart");
        o.per = money.per();
        return true;
    }

    /**
     * A bare amount of millions or more whose clause names a money metric ("con ricavi a 19.985 milioni") is money in
     * the sentence's or the article's currency. True when typed.
     */
    boolean moneyFromMetric(Document doc, ValueClaims found, Operand o, ArticleCurrency money) {
        if (!atLeastMillions(doc, o) || ownNounFollows(doc, found, o)) {
            return false;
        }
        MetricContext.Cue cue = metrics.of(doc, found, o);
        if (cue == null || !(cue.kind() == ValueKind.MONEY || cue.kind() == ValueKind.ANY && atLeast(doc, o, BILLION)
                && money.dominant(o.first) != null)) {
            return false; // "le vendite sono salite a 58.300 miliardi" in an article in won: billions are no units
        }
        o.typeAsMoney(money.of(o.first), "money.metric-context");
        return true;
    }

    /** True when the clause's metric counts things ("gli abbonati sono saliti a 3,1 milioni"): never money then. */
    boolean counts(Document doc, ValueClaims found, Operand o) {
        MetricContext.Cue cue = metrics.of(doc, found, o);
        return cue != null && cue.kind() == ValueKind.COUNT;
    }

    /** The count a bare number is from its context, or null. */
    Mention count(Document doc, ValueClaims found, Operand o, Amount amount) {
        if (!counterparts.nothingNamesItsUnit(doc, o.last)) {
            return null; // "quattro volte", "12 stabilimenti": the word after says what it is
        }
        if (namesAModel(doc, found, o)) {
            return null; // "18 modelli 777", "5.700 esemplari di 737": a model, not a count
        }
        if (counterparts.compared(doc, o)) {
            List<ValueMention> values = new ArrayList<>();
            for (ValueMention v : lookBack(doc, found, ValueMention.class, o.first, LOOK_BACK)) {
                if (v instanceof Quantity || v instanceof Money) {
                    values.add(v);
                }
            }
            ComparisonCounterpart.Counterpart cp = counterparts.of(doc, o, values);
            if (cp != null) {
                return cp.mention() instanceof Quantity q ? quantity(doc, o, Amount.of(cp.value(), amount.qualifier()),
                        q.unit(), q.noun(), "quantity.comparison-counterpart") : null;
            }
        }
        if (pronouns.follows(doc, o)) {
            Quantity source = pronouns.source(doc, o,
                    lookBack(doc, found, Quantity.class, o.first, PRONOUN_LOOK_BACK));
            if (source != null) {
                return quantity(doc, o, amount, source.unit(), source.noun(), "quantity.pronoun-noun");
            }
        }
        MetricContext.Cue cue = o.number.fraction() ? null : metrics.of(doc, found, o); // "un terzo in più": a share
        if (cue != null && (cue.kind() == ValueKind.COUNT
                || (cue.kind() == ValueKind.ANY && !o.number.scaled() && !o.number.fraction()
                && o.number.value().stripTrailingZeros().scale() <= 0))) {
            Quantity earlier = countBetween(doc, found, cue.last(), o.first);
            BigDecimal value = counterparts.scaledLikeNext(doc, o); // "salite da 3,2 a 4,1 milioni"
            if (value.compareTo(o.number.value()) != 0) {
                amount = Amount.of(value, amount.qualifier());
            }
            return earlier != null // "ha venduto 242.765 auto, oltre quattro volte le 55.916": the same metric, the same noun
                    ? quantity(doc, o, amount, earlier.unit(), earlier.noun(), "quantity.metric-context")
                    : quantity(doc, o, amount, null, cue.noun(), "quantity.metric-context");
        }
        int noun = cue == null ? inverted.nounOf(doc, o) : -1;
        if (noun >= 0) { // "sono 6.453 le autovetture elettriche immatricolate"
            return quantity(doc, o, amount, null, doc.token(noun).text(), "quantity.inverted-noun");
        }
        if (cue == null && quota.follows(doc, o) && !metrics.anyBefore(doc, o)) {
            Quantity level = quota.source(doc, o, lookBack(doc, found, Quantity.class, o.first, PRONOUN_LOOK_BACK));
            if (level != null) { // "ha consegnato 251.000 auto. Finora ha raggiunto quota 641 mila"
                return quantity(doc, o, amount, level.unit(), level.noun(), "quantity.level-of-count");
            }
        }
        return null;
    }

    /** The nearest count with a noun or unit between the metric trigger and the number, or null. */
    private static Quantity countBetween(Document doc, ValueClaims found, int after, int before) {
        if (before - after < 2) {
            return null;
        }
        int from = doc.tokenSpan(after, after).end();
        int to = doc.tokenSpan(before, before).start();
        Quantity nearest = null;
        for (Quantity q : found.valuesWithin(Quantity.class, from, to)) {
            if (q.start() >= from && q.end() <= to && (q.noun() != null || q.unit() != null) && q.dimensions().isEmpty()
                    && (nearest == null || q.start() > nearest.start())) {
                nearest = q;
            }
        }
        return nearest;
    }

    /** A bare number right after a counted noun, or after it and "di": it names what was counted, a model. */
    private static boolean namesAModel(Document doc, ValueClaims found, Operand o) {
        int j = o.first - 1;
        if (j > 0 && doc.token(j).is("di")) {
            j--;
        }
        if (j < 0 || !doc.token(j).is(Token.Kind.WORD) || !doc.sameSentence(j, o.first)) {
            return false;
        }
        int end = doc.tokenSpan(j, j).end();
        for (Quantity q : lookBack(doc, found, Quantity.class, j + 1, 8)) {
            if (q.end() == end && (q.noun() != null || q.unit() != null)) {
                return true;
            }
        }
        return false;
    }

    /** The values of {@code type} ending before token {@code first}, starting at most {@code tokens} tokens back. */
    private static <T extends ValueMention> List<T> lookBack(Document doc, ValueClaims found, Class<T> type, int first,
                                                            int tokens) {
        int from = Math.max(0, first - tokens);
        return found.valuesWithin(type, doc.tokenSpan(from, from).start(), doc.tokenSpan(first, first).start());
    }

    private static Quantity quantity(Document doc, Operand o, Amount amount, String unit, String noun, String rule) {
        Span sp = doc.tokenSpan(o.first, o.last);
        return new Quantity(sp, doc.original(sp), rule, amount, unit, noun, null, List.of(), null);
    }

    private boolean atLeastMillions(Document doc, Operand o) {
        return atLeast(doc, o, MILLION);
    }

    private boolean atLeast(Document doc, Operand o, BigDecimal multiplier) {
        BigDecimal scale = o.number.scaled() ? reader.scaleMultiplier(doc.token(o.number.last())) : null;
        return scale != null && scale.compareTo(multiplier) >= 0;
    }

    /**
     * "3 milioni di utenti": "di" and a word that is no money metric after the amount; not "di un anno prima", "di
     * dicembre" (a determiner, a date).
     */
    private boolean ownNounFollows(Document doc, ValueClaims found, Operand o) {
        int k = o.last + 1;
        if (k + 1 >= doc.size() || !(doc.token(k).is("di") || doc.token(k).is("d'"))) {
            return false;
        }
        Token w = doc.token(k + 1);
        if (!w.is(Token.Kind.WORD) || found.isClaimed(k + 1) || words.determiners.contains(w.lower())
                || words.articles.contains(w.lower())) {
            return false;
        }
        MetricContext.Cue cue = metrics.after(doc, o);
        return cue == null || cue.kind() != ValueKind.MONEY;
    }

    private static NumberMatch withValue(NumberMatch n, BigDecimal value) {
        return new NumberMatch(value, n.first(), n.last(), n.rule(), n.scaled() || value.compareTo(n.value()) != 0,
                n.spelled(), n.fraction());
    }
}
