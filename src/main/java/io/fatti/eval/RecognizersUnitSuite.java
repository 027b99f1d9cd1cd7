package io.fatti.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.Fatti;
import io.fatti.lexicon.DataFile;
import io.fatti.mention.Quantity;
import io.fatti.quantity.Unit;
import io.fatti.quantity.UnitKind;
import io.fatti.quantity.UnitLexicon;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
public final class RecognizersUnitSuite implements EvalSuite {

    /** {@code -Dfatti.eval.verbose=true} prints every miss and every wrong prediction on stderr. */
    private static final boolean VERBOSE = Boolean.getBoolean("fatti.eval.verbose");

    private final String model;
    private final Set<UnitKind> kinds;
    private final UnitLexicon units = UnitLexicon.italian();
    private final Map<String, String> unitNames = new HashMap<>();

    public RecognizersUnitSuite(String model, Set<UnitKind> kinds) {
        this.model = model;
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

    @Override
    public String name() {
        return "recognizers/" + model;
    }

    private Path file(Path evalDir) {
        return evalDir.resolve("recognizers-it").resolve("NumberWithUnit").resolve(model + ".json");
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.isRegularFile(file(evalDir));
    }

    /** One gold result: original offsets (end exclusive), value, and the unit mapped to a Fatti id (or null). */
    private record Gold(int start, int end, BigDecimal value, String unit, String text) {
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        String json = Files.readString(file(evalDir), StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode cases = new ObjectMapper().readTree(json);
        int gold = 0;
        int found = 0;
        int predicted = 0;
        int correct = 0;
        for (JsonNode c : cases) {
            String input = c.path("Input").asText();
            List<Gold> golds = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode v = r.path("Resolution").path("value");
                if (v.isNull() || v.isMissingNode()) {
                    continue;
                }
                String unitName = r.path("Resolution").path("unit").asText("").toLowerCase(Locale.ROOT);
                golds.add(new Gold(r.path("Start").asInt(), r.path("End").asInt() + 1,
                        new BigDecimal(v.asText().replace(',', '.')), unitNames.get(unitName), r.path("Text").asText()));
            }
            List<Quantity> predictions = new ArrayList<>();
            for (Quantity q : fatti.extract(input).mentions(Quantity.class)) {
                Unit u = q.unit() == null ? null : units.unit(q.unit());
                if (u != null && kinds.contains(u.kind())) {
                    predictions.add(q);
                }
            }
            gold += golds.size();
            predicted += predictions.size();
            for (Gold g : golds) {
                if (predictions.stream().anyMatch(q -> matches(q, g))) {
                    found++;
                } else if (VERBOSE) {
                    System.err.println(name() + " missed: " + g + " in: " + input);
                }
            }
            for (Quantity q : predictions) {
                if (golds.stream().anyMatch(g -> matches(q, g))) {
                    correct++;
                } else if (VERBOSE) {
                    System.err.println(name() + " wrong: " + q + " in: " + input);
                }
            }
        }
        return List.of(
                new Score(name(), "recall", ratio(found, gold), found + "/" + gold),
                new Score(name(), "precision", ratio(correct, predicted), correct + "/" + predicted));
    }

    private static boolean matches(Quantity q, Gold g) {
        BigDecimal v = q.amount().value();
        return q.start() < g.end() && g.start() < q.end() && v != null && v.compareTo(g.value()) == 0
                && q.unit().equals(g.unit());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** Prints the figures for a quick look: {@code java ... RecognizersUnitSuite [evalDir]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Fatti fatti = Fatti.italian();
        for (EvalSuite s : all()) {
            if (!s.available(dir)) {
                System.out.println(s.name() + ": data absent under " + dir);
                continue;
            }
            for (Score sc : s.run(dir, fatti)) {
                System.out.printf(Locale.ROOT, "%-30s %-10s %.3f %s%n", sc.suite(), sc.metric(), sc.value(), sc.detail());
            }
        }
    }
}
