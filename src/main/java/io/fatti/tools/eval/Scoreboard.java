package io.fatti.tools.eval;

import io.fatti.Fatti;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the evaluation suites and checks their figures against floors.
 *
 * <p>Floors file: one line per figure, {@code suite<TAB>metric<TAB>floor}, {@code #} comments. A floor only ever
 * rises: it records the best the project has reached.
 */
public final class Scoreboard {

    private final List<EvalSuite> suites;

    public Scoreboard(List<EvalSuite> suites) {
        this.suites = List.copyOf(suites);
    }

    /** The outcome of a run. */
    public record Result(List<Score> scores, List<String> skipped, List<String> belowFloor) {
    }

    public Result run(Path evalDir, Fatti fatti, Map<String, Double> floors, PrintStream out) throws IOException {
        List<Score> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> below = new ArrayList<>();
        if (!Files.isDirectory(evalDir)) {
            out.println("scoreboard: evaluation data not found at " + evalDir + " (its suites are skipped)");
        }
        out.printf(Locale.ROOT, "%-34s %-22s %8s  %-14s %s%n", "suite", "metric", "value", "detail", "floor");
        for (EvalSuite suite : suites) {
            if (!suite.available(evalDir)) {
                out.println(suite.name() + ": data absent under " + evalDir + ", skipped");
                skipped.add(suite.name());
                continue;
            }
            for (Score s : suite.run(evalDir, fatti)) {
                scores.add(s);
                Double floor = floors.get(s.suite() + "\t" + s.metric());
                String verdict = "";
                if (floor != null) {
                    boolean ok = s.value() + 1e-9 >= floor;
                    verdict = String.format(Locale.ROOT, "%.3f %s", floor, ok ? "ok" : "BELOW FLOOR");
                    if (!ok) {
                        below.add(s.suite() + " " + s.metric() + " " + fmt(s.value()) + " < " + fmt(floor));
                    }
                }
                out.printf(Locale.ROOT, "%-34s %-22s %8s  %-14s %s%n", s.suite(), s.metric(), fmt(s.value()),
                        s.detail(), verdict);
            }
        }
        return new Result(scores, skipped, below);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Reads a floors file; a malformed line fails naming file and line. */
    public static Map<String, Double> readFloors(Path file) throws IOException {
        Map<String, Double> floors = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return floors;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f.length != 3) {
                    throw new NumberFormatException("expected suite<TAB>metric<TAB>floor");
                }
                floors.put(f[0] + "\t" + f[1], Double.parseDouble(f[2]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return floors;
    }
}
