package io.fatti.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.Mention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Recognizers-Text spec suites share: reading a spec file ({@code recognizers-it/<folder>/<model>.json},
 * a JSON array of cases with {@code Input} and {@code Results}), turning each result into a gold span (the spec's
 * {@code End} is inclusive), and counting. A gold result is found when a prediction overlaps it and
 * {@link #matches} says the value is the same. Recall = found / gold; precision = predictions matching some gold
 * result / predictions. A subclass says what a gold result expects and what counts as a prediction.
 *
 * @param <P> the mentions that are predictions
 * @param <E> what a gold result expects of a prediction
 */
abstract class RecognizersSuite<P extends Mention, E> implements EvalSuite {

    /** {@code -Dfatti.eval.verbose=true} prints every miss and every wrong prediction on stderr. */
    private static final boolean VERBOSE = Boolean.getBoolean("fatti.eval.verbose");

    /** One gold result: original offsets, end exclusive. */
    record Gold<E>(int start, int end, E expected, String text) {
    }

    private final String folder;
    private final String model;

    RecognizersSuite(String folder, String model) {
        this.folder = folder;
        this.model = model;
    }

    /** What the result {@code r} expects, or null when it is not counted (a bare unit name, no value). */
    abstract E expected(JsonNode r);

    /** The predictions of this suite among what was extracted from one input. */
    abstract List<P> predictions(Extraction extracted);

    /** Whether an overlapping prediction has the expected value. */
    abstract boolean matches(P p, E expected);

    @Override
    public String name() {
        return "recognizers/" + model;
    }

    private Path file(Path evalDir) {
        return evalDir.resolve("recognizers-it").resolve(folder).resolve(model + ".json");
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.isRegularFile(file(evalDir));
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        String json = Files.readString(file(evalDir), StandardCharsets.UTF_8);
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        int gold = 0;
        int found = 0;
        int predicted = 0;
        int correct = 0;
        for (JsonNode c : new ObjectMapper().readTree(json)) {
            String input = c.path("Input").asText();
            List<Gold<E>> golds = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                E e = expected(r);
                if (e != null) {
                    golds.add(new Gold<>(r.path("Start").asInt(), r.path("End").asInt() + 1, e, r.path("Text").asText()));
                }
            }
            List<P> predictions = predictions(fatti.extract(input));
            gold += golds.size();
            predicted += predictions.size();
            for (Gold<E> g : golds) {
                if (predictions.stream().anyMatch(p -> found(p, g))) {
                    found++;
                } else if (VERBOSE) {
                    System.err.println(name() + " missed: " + g + " in: " + input + " got " + predictions);
                }
            }
            for (P p : predictions) {
                if (golds.stream().anyMatch(g -> found(p, g))) {
                    correct++;
                } else if (VERBOSE) {
                    System.err.println(name() + " wrong: " + p + " in: " + input);
                }
            }
        }
        return List.of(
                new Score(name(), "recall", ratio(found, gold), found + "/" + gold),
                new Score(name(), "precision", ratio(correct, predicted), correct + "/" + predicted));
    }

    private boolean found(P p, Gold<E> g) {
        return p.start() < g.end() && g.start() < p.end() && matches(p, g.expected());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** Runs suites and prints their figures, for a quick look from a {@code main}: {@code [evalDir]}. */
    static void print(List<EvalSuite> suites, String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        Fatti fatti = Fatti.italian();
        for (EvalSuite s : suites) {
            if (!s.available(dir)) {
                System.out.println(s.name() + ": data absent under " + dir);
                continue;
            }
            for (Score sc : s.run(dir, fatti)) {
                System.out.printf(Locale.ROOT, "%-32s %-10s %.3f %s%n", sc.suite(), sc.metric(), sc.value(), sc.detail());
            }
        }
    }
}
