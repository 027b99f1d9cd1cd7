package io.fatti.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.cli.FattiCommand;
import io.fatti.entity.EntityBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} gives, row for row, what the command line writes for the same input. Tagged
 * {@code spark} (skip with {@code -DexcludedGroups=spark}); about 20 s, most of it starting Spark.
 */
@Tag("spark")
class SparkExtractJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("fatti-test")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The command line's output lines for {@code input}, with the curated entity backend. */
    private List<String> cli(String input) throws Exception {
        Path out = dir.resolve("cli-" + Math.abs(input.hashCode()) + ".jsonl");
        int code = FattiCommand.commandLine().execute("extract", "--input", input, "--output", out.toString(),
                "--entities", "curated", "--quiet");
        assertThat(code).isIn(0, 3);
        return Files.readAllLines(out);
    }

    private static List<String> sparkJsonl(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        return lines;
    }

    @Test
    void rowsOfTheBundledCorpusEqualTheCommandLineOutput() throws Exception {
        List<String> expected = cli("corpus/articles");
        Path out = dir.resolve("spark-corpus");
        SparkExtractJob.Summary summary = SparkExtractJob.run(spark, new SparkExtractJob.Options("corpus/articles",
                out.toString(), true, true, EntityBackend.CURATED, 2_000_000));
        assertThat(summary.articles()).isEqualTo(expected.size()).isGreaterThanOrEqualTo(20);
        assertThat(summary.skipped()).isZero();
        assertThat(ExtractorHolder.built()).as("one extractor in this JVM").isEqualTo(1);

        // The JSONL output: exactly the command line's lines (Spark does not keep the order).
        assertThat(sparkJsonl(out.resolve("jsonl"))).containsExactlyInAnyOrderElementsOf(expected);

        // The Parquet rows: every mention and fact of the command line, field by field.
        Map<String, JsonNode> mentions = new HashMap<>();
        Map<String, JsonNode> facts = new HashMap<>();
        for (String line : expected) {
            JsonNode a = JSON.readTree(line);
            String id = a.get("id").asText();
            for (int i = 0; i < a.get("mentions").size(); i++) {
                mentions.put(id + "#" + i, a.get("mentions").get(i));
            }
            for (int i = 0; i < a.get("facts").size(); i++) {
                facts.put(id + "#" + i, a.get("facts").get(i));
            }
        }
        assertThat(summary.mentions()).isEqualTo(mentions.size()).isGreaterThan(500);
        assertThat(summary.facts()).isEqualTo(facts.size());
        List<Row> mentionRows = spark.read().parquet(out.resolve("mentions").toString()).collectAsList();
        assertThat(mentionRows).hasSize(mentions.size());
        for (Row r : mentionRows) {
            JsonNode m = mentions.get(r.<String>getAs("article_id") + "#" + r.<Integer>getAs("mention_index"));
            assertThat(m).as("mention row %s", r).isNotNull();
            assertSameFields(r, ExtractionRows.MENTION, m);
        }
        List<Row> factRows = spark.read().parquet(out.resolve("facts").toString()).collectAsList();
        assertThat(factRows).hasSize(facts.size());
        for (Row r : factRows) {
            JsonNode f = facts.get(r.<String>getAs("article_id") + "#" + r.<Integer>getAs("fact_index"));
            assertThat(f).as("fact row %s", r).isNotNull();
            assertSameFields(r, ExtractionRows.FACT, f);
        }
    }

    /** Every field of the row equals the JSON field of the same name (null when absent). */
    private static void assertSameFields(Row row, StructType type, JsonNode json) {
        for (StructField field : type.fields()) {
            Object value = row.getAs(field.name());
            JsonNode j = json.get(field.name());
            if (j == null || j.isNull()) {
                assertThat(value).as("%s of %s", field.name(), json).isNull();
            } else if (field.dataType() instanceof StructType nested) {
                assertSameFields((Row) value, nested, j);
            } else if (j.isArray()) {
                List<String> expected = new ArrayList<>();
                j.forEach(e -> expected.add(e.asText()));
                assertThat(row.getList(row.fieldIndex(field.name()))).as(field.name()).isEqualTo(expected);
            } else {
                assertThat(String.valueOf(value)).as("%s of %s", field.name(), json).isEqualTo(j.asText());
            }
        }
    }

    @Test
    void jsonlInputGivesTheCommandLineLinesAndReportsBadLines() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(i == 5 ? "{rotto\n" : "{\"id\": \"a" + i + "\", \"text\": \"Nel terzo trimestre 2021 i ricavi "
                    + "sono saliti a " + i + ",2 miliardi di euro (+" + i + "%).\", \"date\": \"2021-11-25\"}\n");
        }
        Files.writeString(in.resolve("a.jsonl"), sb.toString());
        List<String> expected = cli(in.resolve("a.jsonl").toString());
        Path out = dir.resolve("spark-jsonl");
        SparkExtractJob.Summary summary = SparkExtractJob.run(spark, new SparkExtractJob.Options(in.toString(),
                out.toString(), false, true, EntityBackend.CURATED, 2_000_000));
        assertThat(summary.articles()).isEqualTo(11);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(sparkJsonl(out.resolve("jsonl"))).containsExactlyInAnyOrderElementsOf(expected);
        List<Row> skipped = spark.read().parquet(out.resolve("skipped").toString()).collectAsList();
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).<String>getAs("problem")).startsWith("invalid JSON");
        assertThat(skipped.get(0).<String>getAs("source")).endsWith("a.jsonl");
    }

    @Test
    void optionsAreParsedAndCheckedLikeACommandLine() {
        SparkExtractJob.Options o = SparkExtractJob.Options.parse(new String[] {"--input", "s3a://b/x/", "--output",
            "s3a://b/out", "--jsonl", "--entities", "curated", "--master", "local[2]"});
        assertThat(o.textFiles()).isFalse();
        assertThat(o.jsonl()).isTrue();
        assertThat(o.entities()).isEqualTo(EntityBackend.CURATED);
        assertThat(SparkExtractJob.Options.parse(new String[] {"--input", "a.txt", "--output", "o"}).textFiles())
                .isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkExtractJob.Options.parse(new String[] {
            "--input", "x"})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output");
        assertThat(SparkExtractJob.Extract.fileName("file:///tmp/a%20b/c%20d.txt")).isEqualTo("c d.txt");
    }
}
