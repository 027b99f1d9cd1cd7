package io.fatti.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.fatti.Extraction;
import io.fatti.lexicon.DataFile;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores numbers, percentages, money and number ranges against the Recognizers-Text Italian specs
 * ({@code recognizers-it/Number/NumberModel.json}, {@code PercentModel.json}, {@code NumberRangeModel.json},
 * {@code NumberWithUnit/CurrencyModel.json}).
 *
 * <p>A gold result is found when a prediction of the suite's kind overlaps it (the spec's {@code End} is inclusive)
 * with the same value (relative difference below 1e-9) and, for money, an accepted ISO currency
 * ({@code models/eval/recognizers-currencies.tsv}). Gold results without a value (a bare "dollari") are not
 * counted. For number ranges a prediction is a number or a quantity (with or without a unit) that is a range or
 * carries a bounding qualifier; a lower bound ("oltre 30") is the interval (30,) and an upper one (,30). Recall = found / gold; precision = predictions matching some gold result / predictions.
 */
public final class RecognizersValueSuite extends RecognizersSuite<ValueMention, RecognizersValueSuite.Value> {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    /** The spec files this suite can score, and what counts as a prediction for each. */
    public enum Model {
        NUMBER("Number", "NumberModel"),
        PERCENT("Number", "PercentModel"),
        CURRENCY("NumberWithUnit", "CurrencyModel"),
        NUMBER_RANGE("Number", "NumberRangeModel");

        final String folder;
        final String file;

        Model(String folder, String file) {
            this.folder = folder;
            this.file = file;
        }
    }

    record CurrencyName(Set<String> iso, BigDecimal factor) {
    }

    /**
     * What a gold result expects: a value or an interval (for a point value low == high, both closed; a null end is
     * unbounded) and, for money, the accepted currencies.
     */
    record Value(BigDecimal low, BigDecimal high, CurrencyName currency) {
    }

    private final Model model;
    private final Map<String, CurrencyName> currencies = new HashMap<>();

    public RecognizersValueSuite(Model model) {
        super(checked(model).folder, model.file);
        this.model = model;
        if (model == Model.CURRENCY) {
            for (DataFile.Line line : DataFile.read("eval/recognizers-currencies.tsv")) {
                String codes = line.field(1);
                BigDecimal factor;
                try {
                    factor = new BigDecimal(line.field(2));
                } catch (NumberFormatException e) {
                    throw line.error("'" + line.field(2) + "' is not a number");
                }
                currencies.put(line.field(0).toLowerCase(Locale.ROOT),
                        new CurrencyName(codes.equals("*") ? Set.of() : Set.of(codes.split("\\|")), factor));
            }
        }
    }

    private static Model checked(Model model) {
        if (model == null) {
            throw new IllegalArgumentException("model is null");
        }
        return model;
    }

    /** The suites of issue 2 (numbers, percentages, money) and the number ranges of issue 4. */
    public static List<EvalSuite> all() {
        List<EvalSuite> out = new ArrayList<>();
        for (Model m : Model.values()) {
            out.add(new RecognizersValueSuite(m));
        }
        return out;
    }

    @Override
    List<ValueMention> predictions(Extraction extracted) {
        List<ValueMention> out = new ArrayList<>();
        for (Mention m : extracted.mentions()) {
            if (m instanceof ValueMention v && predicts(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a mention is a prediction for this suite. */
    private boolean predicts(ValueMention v) {
        return switch (model) {
            case CURRENCY -> v instanceof Money;
            case PERCENT -> v instanceof Percentage;
            case NUMBER -> (v instanceof NumberMention n && !n.ordinal()) || (v instanceof Quantity q && q.unit() == null);
            // a bounded count or measure is a number range whatever it counts: "più di trenta anni" (an age)
            case NUMBER_RANGE -> (v instanceof NumberMention || v instanceof Quantity)
                    && (v.amount().isRange() || bounding(v.amount().qualifier()));
        };
    }

    private static boolean bounding(Qualifier q) {
        return q != null && q != Qualifier.APPROX;
    }

    @Override
    Value expected(JsonNode r) {
        JsonNode res = r.path("Resolution");
        JsonNode v = res.path("value");
        if (v.isNull() || v.isMissingNode() || v.asText().isEmpty()) {
            return null;
        }
        String text = v.asText().trim();
        Value value;
        CurrencyName currency = null;
        switch (model) {
            case NUMBER_RANGE -> value = interval(text);
            case PERCENT -> value = point(number(text.replace("%", "")));
            case CURRENCY -> {
                currency = currencies.get(res.path("unit").asText("").toLowerCase(Locale.ROOT));
                BigDecimal n = number(text);
                value = point(currency == null || n == null ? n : n.multiply(currency.factor()));
            }
            default -> value = point(number(text));
        }
        if (value == null || (model == Model.CURRENCY && currency == null)) {
            return null;
        }
        return currency == null ? value : new Value(value.low(), value.high(), currency);
    }

    private static Value point(BigDecimal v) {
        return v == null ? null : new Value(v, v, null);
    }

    /** "[20,30)", "(,100]", "[3965,)": the two ends, either may be unbounded (null). */
    private static Value interval(String s) {
        if (s.length() < 3) {
            return null;
        }
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String lo = inner.substring(0, comma).trim();
        String hi = inner.substring(comma + 1).trim();
        return new Value(lo.isEmpty() ? null : number(lo), hi.isEmpty() ? null : number(hi), null);
    }

    /** A spec number: decimal comma, optional exponent ("0,08", "1E-12", "-1,2732E+15"). */
    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    boolean matches(ValueMention p, Value expected) {
        Amount a = p.amount();
        if (model == Model.NUMBER_RANGE) {
            BigDecimal lo;
            BigDecimal hi;
            if (a.isRange()) {
                lo = a.low();
                hi = a.high();
            } else {
                Qualifier q = a.qualifier();
                boolean lower = q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
                lo = lower ? a.value() : null;
                hi = lower ? null : a.value();
            }
            return same(lo, expected.low()) && same(hi, expected.high());
        }
        if (a.isRange() || !same(a.value(), expected.low())) {
            return false;
        }
        if (model == Model.CURRENCY) {
            Money m = (Money) p;
            Set<String> iso = expected.currency().iso();
            return iso.isEmpty() || (m.currency() != null && iso.contains(m.currency().getCurrencyCode()));
        }
        return true;
    }

    /** Equal within a relative 1e-9 (the specs round repeating decimals); two nulls (unbounded) are equal. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal diff = a.subtract(b).abs();
        BigDecimal scale = a.abs().max(b.abs());
        return diff.signum() == 0 || diff.compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL64)) <= 0;
    }

    /** Prints the figures: {@code java ... RecognizersValueSuite [evalDir]}. */
    public static void main(String[] args) throws IOException {
        print(all(), args);
    }
}
