package io.fatti.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.fatti.Extraction;
import io.fatti.lexicon.DataFile;
import io.fatti.mention.Quantity;
import io.fatti.quantity.Unit;
import io.fatti.quantity.UnitKind;
import io.fatti.quantity.UnitLexicon;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores QUANTITY mentions against a Recognizers-Text Italian NumberWithUnit spec (DimensionModel, TemperatureModel,
 * AgeModel). A gold result is found when a quantity of the suite's kinds overlaps it with the same value and, after
 * mapping the spec's unit name ({@code models/eval/recognizers-units.tsv}), the same unit. Recall counts gold
 * results with a value (the specs also list bare unit names such as "fahrenheit" in "converti 10 celsius in
 * fahrenheit", which carry no value and are not quantities); precision counts the suite-kind quantities predicted.
 */
public final class RecognizersUnitSuite extends RecognizersSuite<Quantity, RecognizersUnitSuite.Expected> {

    private final Set<UnitKind> kinds;
    private final UnitLexicon units = UnitLexicon.italian();
    private final Map<String, String> unitNames = new HashMap<>();

    public RecognizersUnitSuite(String model, Set<UnitKind> kinds) {
        super("NumberWithUnit", model);
        this.kinds = Set.copyOf(kinds);
        for (DataFile.Line line : DataFile.read("eval/recognizers-units.tsv")) {
            String suite = line.field(0);
            if (suite.equals("*") || suite.equals(model)) {
                String id = line.field(2);
                if (units.unit(id) == null) {
                    throw line.error("unit id '" + id + "' is not in models/quantity/units.tsv");
                }
                unitNames.put(line.field(1).toLowerCase(Locale.ROOT), id);
            }
        }
    }

    /** The three NumberWithUnit suites of issue 4. */
    public static List<EvalSuite> all() {
        EnumSet<UnitKind> dimensions = EnumSet.allOf(UnitKind.class);
        dimensions.removeAll(EnumSet.of(UnitKind.TEMPERATURE, UnitKind.AGE));
        return List.of(new RecognizersUnitSuite("DimensionModel", dimensions),
                new RecognizersUnitSuite("TemperatureModel", EnumSet.of(UnitKind.TEMPERATURE)),
                new RecognizersUnitSuite("AgeModel", EnumSet.of(UnitKind.AGE)));
    }

    /** A gold result expects this value, in this unit mapped to a Fatti id (or null when the name is unknown). */
    record Expected(BigDecimal value, String unit) {
    }

    @Override
    Expected expected(JsonNode r) {
        JsonNode v = r.path("Resolution").path("value");
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        String unitName = r.path("Resolution").path("unit").asText("").toLowerCase(Locale.ROOT);
        return new Expected(new BigDecimal(v.asText().replace(',', '.')), unitNames.get(unitName));
    }

    @Override
    List<Quantity> predictions(Extraction extracted) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : extracted.mentions(Quantity.class)) {
            Unit u = q.unit() == null ? null : units.unit(q.unit());
            if (u != null && kinds.contains(u.kind())) {
                out.add(q);
            }
        }
        return out;
    }

    @Override
    boolean matches(Quantity q, Expected e) {
        BigDecimal v = q.amount().value();
        return v != null && v.compareTo(e.value()) == 0 && q.unit().equals(e.unit());
    }

    /** Prints the figures for a quick look: {@code java ... RecognizersUnitSuite [evalDir]}. */
    public static void main(String[] args) throws IOException {
        print(all(), args);
    }
}
