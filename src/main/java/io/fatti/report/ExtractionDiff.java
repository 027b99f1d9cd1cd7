package io.fatti.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two extraction runs over the same articles (two JSONL files as {@code extract} writes them):
 * for each article, the mentions and facts gained, lost or changed. A mention is the same mention when its type and
 * span are; a fact when its metric, subject and value span are. Articles only in one run are listed as such.
 */
public final class ExtractionDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One difference: what it is about, and its old and new JSON (either may be empty). */
    public record Change(String kind, String what, String before, String after) {
    }

    /** The differences of one article. */
    public record ArticleDiff(String id, List<Change> changes) {
        public int size() {
            return changes.size();
        }
    }

    private final List<ArticleDiff> articles = new ArrayList<>();
    private final List<String> onlyOld = new ArrayList<>();
    private final List<String> onlyNew = new ArrayList<>();
    private int same;

    /**
     * Compares two runs.
     *
     * @throws IllegalArgumentException when a file cannot be read or a line is not an extraction's JSON, naming file
     *                                  and line
     */
    public static ExtractionDiff of(Path oldRun, Path newRun) {
        Map<String, JsonNode> before = read(oldRun);
        Map<String, JsonNode> after = read(newRun);
        ExtractionDiff d = new ExtractionDiff();
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode n = after.get(e.getKey());
            if (n == null) {
                d.onlyOld.add(e.getKey());
                continue;
            }
            List<Change> changes = new ArrayList<>();
            compare("mention", e.getValue().path("mentions"), n.path("mentions"), ExtractionDiff::mentionKey, changes);
            compare("fact", e.getValue().path("facts"), n.path("facts"), ExtractionDiff::factKey, changes);
            if (changes.isEmpty()) {
                d.same++;
            } else {
                d.articles.add(new ArticleDiff(e.getKey(), changes));
            }
        }
        for (String id : after.keySet()) {
            if (!before.containsKey(id)) {
                d.onlyNew.add(id);
            }
        }
        return d;
    }

    public List<ArticleDiff> articles() {
        return articles;
    }

    public int unchanged() {
        return same;
    }

    public List<String> onlyOld() {
        return onlyOld;
    }

    public List<String> onlyNew() {
        return onlyNew;
    }

    /** Counts of gained, lost and changed items over all articles. */
    public Map<String, Integer> totals() {
        Map<String, Integer> t = new LinkedHashMap<>();
        for (String k : List.of("gained", "lost", "changed")) {
            t.put(k, 0);
        }
        articles.forEach(a -> a.changes().forEach(c -> t.merge(c.kind(), 1, Integer::sum)));
        return t;
    }

    /** Writes the diff as a self-contained HTML page (no script, no network). */
    public void write(Writer out, String title) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", title);
        scope.put("articles", articles);
        scope.put("unchanged", same);
        scope.put("onlyOld", onlyOld);
        scope.put("onlyNew", onlyNew);
        scope.put("hasOnlyOld", !onlyOld.isEmpty());
        scope.put("hasOnlyNew", !onlyNew.isEmpty());
        scope.put("totals", totals().entrySet().stream().map(e -> Map.of("kind", e.getKey(), "count", e.getValue())).toList());
        try {
            new DefaultMustacheFactory("io/fatti/report").compile("diff.mustache").execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Key {
        String of(JsonNode n);
    }

    private static void compare(String type, JsonNode before, JsonNode after, Key key, List<Change> out) {
        Map<String, JsonNode> a = index(before, key);
        Map<String, JsonNode> b = index(after, key);
        for (Map.Entry<String, JsonNode> e : a.entrySet()) {
            JsonNode n = b.get(e.getKey());
            if (n == null) {
                out.add(new Change("lost", type + " " + e.getKey(), e.getValue().toString(), ""));
            } else if (!n.equals(e.getValue())) {
                out.add(new Change("changed", type + " " + e.getKey(), e.getValue().toString(), n.toString()));
            }
        }
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                out.add(new Change("gained", type + " " + e.getKey(), "", e.getValue().toString()));
            }
        }
    }

    private static Map<String, JsonNode> index(JsonNode list, Key key) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode n : list) {
            String k = key.of(n);
            // the same key twice (two facts on one value): number them so none is lost
            String unique = k;
            for (int i = 2; m.containsKey(unique); i++) {
                unique = k + " #" + i;
            }
            m.put(unique, n);
        }
        return m;
    }

    private static String mentionKey(JsonNode m) {
        return m.path("type").asText() + " " + m.path("start").asInt() + "-" + m.path("end").asInt() + " «"
                + m.path("text").asText() + "»";
    }

    private static String factKey(JsonNode f) {
        JsonNode v = f.path("value");
        return f.path("metric").asText() + " of " + f.path("subject").path("text").asText("?") + " «"
                + v.path("text").asText() + "» " + v.path("start").asInt() + "-" + v.path("end").asInt();
    }

    private static Map<String, JsonNode> read(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
                if (!n.isObject() || !n.hasNonNull("id")) {
                    throw new IllegalArgumentException(file + ":" + number + ": not an extraction line (no id)");
                }
                out.put(n.get("id").asText(), n);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }
}
