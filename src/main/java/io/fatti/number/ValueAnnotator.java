package io.fatti.number;

import io.fatti.mention.Money;
import io.fatti.money.CurrencyLexicon;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The value stage: finds money ("12,22 miliardi di dollari", "$ 75 milioni", "1.299€"), percentages ("dell'8,2%",
 * "8,2 per cento") and plain numbers ("500 milioni"), with their qualifier ("quasi", "oltre il") and ranges
 * ("tra 10 e 12 milioni di euro", "dal 5 al 7%", "10-12 miliardi"). Numbers that are names or parts of dates
 * ("iPhone 15", "COVID-19", "5G", "22 novembre 2021", "nove mesi", a year alone) are left alone.
 *
 * <p>The scan reads each number once: {@link OperandReader} reads an operand (currency before, number, what follows),
 * {@link RangeReader} finds the two ends of a range, and {@link SingleValueReader} or {@link RangeValueReader} turn
 * them into a mention, typing a bare number from its context ({@link CarriedCurrency}, {@link DocumentCurrency}).
 * Immutable and thread-safe.
 */
public final class ValueAnnotator implements Annotator {

    /**
     * Which values a pass emits. Money and percentages go first, before the quantity stage, so that "$ 75 milioni
     * di obbligazioni" is money and "420 milioni di marchi" is Finnish marks, not a count of marks; plain numbers
     * and ordinals go last, after the quantity stage has taken the numbers with a unit or a counted noun.
     */
    public enum Pass {
        MONEY_AND_PERCENT, NUMBERS;

        boolean emits(Operand.Kind kind) {
            return (this == MONEY_AND_PERCENT) == (kind == Operand.Kind.MONEY || kind == Operand.Kind.PERCENT);
        }
    }

    private final Pass pass;
    private final NumberReader reader;
    private final ValueWords words;
    private final CurrencyLexicon currencies;
    private final OperandReader operands;
    private final Hedges hedges;
    private final RangeReader ranges;
    private final SingleValueReader singles;
    private final RangeValueReader rangeValues;

    public ValueAnnotator(Pass pass) {
        if (pass == null) {
            throw new IllegalArgumentException("pass is null");
        }
        this.pass = pass;
        this.reader = NumberReader.italian();
        this.words = ValueWords.italian();
        this.currencies = CurrencyLexicon.italian();
        ValueFilter filter = new ValueFilter(words);
        CountedNounFallback nouns = new CountedNounFallback(words);
        this.operands = new OperandReader(reader, words, currencies);
        this.hedges = new Hedges(words);
        this.ranges = new RangeReader(reader, words, filter, operands, hedges);
        CarriedCurrency carried = new CarriedCurrency(reader, words, currencies);
        DocumentCurrency documentCurrency = new DocumentCurrency(reader, currencies);
        ContextTyping context = new ContextTyping(reader, words);
        this.singles = new SingleValueReader(pass, words, filter, operands, hedges,
                new BoundPairReader(words, filter, operands), nouns, carried, documentCurrency, context);
        this.rangeValues = new RangeValueReader(pass, reader, words, filter, hedges, nouns, carried, documentCurrency,
                context);
    }

    /** The money-and-percentage pass (runs before quantities). */
    public static ValueAnnotator moneyAndPercent() {
        return new ValueAnnotator(Pass.MONEY_AND_PERCENT);
    }

    /** The plain-number pass (runs after quantities). */
    public static ValueAnnotator numbers() {
        return new ValueAnnotator(Pass.NUMBERS);
    }

    @Override
    public String name() {
        return pass == Pass.NUMBERS ? "numbers" : "money-percent";
    }

    @Override
    public void annotate(Document doc, Annotations annotations) {
        ValueClaims found = ValueClaims.forNumbers(doc, annotations, reader, words);
        if (pass == Pass.NUMBERS) {
            hedges.hedgeQuantities(doc, found);
        }
        scan(doc, found, null);
        if (pass == Pass.MONEY_AND_PERCENT) {
            // bare amounts near money words take the sentence's or the article's currency; a bare "93 centesimi" is
            // no evidence of one (its euro is only a default, settled by SubunitCurrency below)
            List<Money> named = found.mentions(Money.class).stream().filter(m -> !SubunitCurrency.isBareSubunit(m)).toList();
            scan(doc, found, new ArticleCurrency(doc, named));
            SubunitCurrency.retype(doc, found); // "15 cent" after "66 milioni di dollari"
        }
        found.finish();
    }

    /**
     * One scan over the tokens. With {@code documentMoney} null it finds everything this pass emits; otherwise it
     * only looks for bare scaled amounts in a money context ("il debito scende a 60 miliardi") and gives them the
     * currency of the nearest money mention in the article.
     */
    private void scan(Document doc, ValueClaims found, ArticleCurrency documentMoney) {
        List<Token> t = doc.tokens();
        CarriedCurrency.Trail trail = new CarriedCurrency.Trail();
        for (int i = 0; i < t.size(); i++) {
            if (found.isClaimed(i)) {
                continue;
            }
            Token tok = t.get(i);
            boolean opener = tok.is(Token.Kind.WORD) && words.ranges.containsKey(tok.lower());
            if (!reader.mayStart(tok) && !currencies.mayStartWith(tok) && !opener && !operands.mayBeScaleWord(tok)
                    && !(pass == Pass.NUMBERS && documentMoney == null && operands.ordinalValue(tok) != null)) {
                continue; // most tokens: nothing numeric can start here
            }
            Operand low = null;
            Operand high = null;
            Operand single = null;
            if (opener) {
                int[] r = ranges.rangeAt(doc, found, i);
                if (r != null) {
                    low = operands.read(doc, found, r[0]);
                    high = operands.read(doc, found, r[1]);
                } else if (pass == Pass.NUMBERS) {
                    int end = ranges.extendQuantity(doc, found, i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
            }
            if (low == null) {
                single = operands.read(doc, found, i);
                if (single == null) {
                    continue;
                }
                Operand dashHigh = ranges.dashRange(doc, found, single);
                if (dashHigh != null) {
                    low = single;
                    high = dashHigh;
                    single = null;
                }
            }
            int sentence = doc.sentenceOf(i);
            trail.enter(sentence);
            Step step = single != null ? singles.read(doc, found, single, trail, documentMoney)
                    : rangeValues.read(doc, found, i, low, high, trail, documentMoney);
            if (step.mention() == null) {
                i = Math.max(i, step.skipTo());
                continue;
            }
            if (found.anyClaimed(step.first(), step.last())) {
                continue;
            }
            found.add(step.mention(), step.first(), step.last());
            if (step.mention() instanceof Money money && money.currency() != null && !SubunitCurrency.isBareSubunit(money)) {
                trail.saw(money, sentence, step.last());
            }
            i = step.last();
        }
    }
}
