package io.fatti.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.io.InputProblem;
import io.fatti.io.OrderedExtraction;
import io.fatti.json.ExtractionJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads articles from any Hadoop-compatible path (JSONL, gzip or not, or .txt files), extracts inside
 * {@code mapPartitions} with one extractor per executor JVM ({@link ExtractorHolder}), and writes under the output
 * directory {@code mentions/} and {@code facts/} as Parquet, {@code skipped/} (input that could not be read, with
 * what was wrong) and, with {@code --jsonl}, {@code jsonl/}: the command line's output lines. Schema in
 * docs/spark.md.
 *
 * <pre>
 * spark-submit --class io.fatti.spark.SparkExtractJob target/fatti-cli.jar \
 *     --input s3a://bucket/articles/ --format jsonl --output s3a://bucket/fatti/ [--jsonl] [--entities curated]
 * </pre>
 */
public final class SparkExtractJob {

    /** What a run did, for the summary line. */
    public record Summary(long articles, long skipped, long mentions, long facts, long chars, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "spark: %d articles, %d skipped, %d mentions, %d facts, %.2f MB of text "
                    + "in %.1f s: %.1f articles/s, %.3f MB/s", articles, skipped, mentions, facts, chars / 1e6,
                    seconds, articles / seconds, chars / 1e6 / seconds);
        }
    }

    /** The job's options; see {@link #usage()}. */
    public record Options(String input, String output, boolean textFiles, boolean jsonl, EntityBackend entities,
            int maxChars) {
        static Options parse(String[] args) {
            String input = null;
            String output = null;
            String format = null;
            boolean jsonl = false;
            EntityBackend entities = EntityBackend.OPENNLP;
            int maxChars = ArticleSource.DEFAULT_MAX_CHARS;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--input" -> input = value(args, ++i, a);
                    case "--output" -> output = value(args, ++i, a);
                    case "--format" -> format = value(args, ++i, a);
                    case "--jsonl" -> jsonl = true;
                    case "--entities" -> entities = EntityBackend.valueOf(value(args, ++i, a).toUpperCase(Locale.ROOT));
                    case "--max-chars" -> maxChars = Integer.parseInt(value(args, ++i, a));
                    case "--master" -> i++; // read in main()
                    default -> throw new IllegalArgumentException("unknown option " + a + "\n" + usage());
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required\n" + usage());
            }
            if (format == null) {
                format = input.endsWith(".txt") ? "text" : "jsonl";
            }
            if (!format.equals("text") && !format.equals("jsonl")) {
                throw new IllegalArgumentException("--format must be jsonl or text, was " + format);
            }
            return new Options(input, output, format.equals("text"), jsonl, entities, maxChars);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    static String usage() {
        return "usage: SparkExtractJob --input PATH --output DIR [--format jsonl|text] [--jsonl] "
                + "[--entities opennlp|curated] [--max-chars N] [--master URL (when not run by spark-submit)]";
    }

    private SparkExtractJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fatti spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("fatti-extract");
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--master")) {
                builder.master(args[i + 1]);
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, options);
            System.out.println(summary + " (master " + spark.sparkContext().master() + ")");
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}; returns the counts and the wall time. */
    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        Dataset<Row> raw = o.textFiles()
                ? spark.read().option("wholetext", true).option("recursiveFileLookup", true)
                        .option("pathGlobFilter", "*.txt").text(o.input())
                : spark.read().option("recursiveFileLookup", true).text(o.input());
        Dataset<Row> articles = raw.select(col("value"), input_file_name().as("file"))
                .mapPartitions(new Extract(o.entities(), o.maxChars(), o.textFiles()), Encoders.row(ExtractionRows.ARTICLE))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row totals = articles.agg(count(col("article_id")), count(col("problem")), sum(size(col("mentions"))),
                    sum(size(col("facts"))), sum(col("input_chars"))).first();
            Dataset<Row> good = articles.filter(col("problem").isNull());
            good.select(col("article_id"), posexplode(col("mentions")).as(new String[] {"mention_index", "m"}))
                    .select(col("article_id"), col("mention_index"), col("m.*"))
                    .write().mode(SaveMode.Overwrite).parquet(o.output() + "/mentions");
            good.select(col("article_id"), posexplode(col("facts")).as(new String[] {"fact_index", "f"}))
                    .select(col("article_id"), col("fact_index"), col("f.*"))
                    .write().mode(SaveMode.Overwrite).parquet(o.output() + "/facts");
            articles.filter(col("problem").isNotNull()).select(col("source"), col("problem"))
                    .write().mode(SaveMode.Overwrite).parquet(o.output() + "/skipped");
            if (o.jsonl()) {
                good.select(col("json")).write().mode(SaveMode.Overwrite).text(o.output() + "/jsonl");
            }
            return new Summary(totals.getLong(0), totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2),
                    totals.isNullAt(3) ? 0 : totals.getLong(3), totals.isNullAt(4) ? 0 : totals.getLong(4),
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            articles.unpersist();
        }
    }

    /** Extracts one partition's records (lines of JSONL, or whole .txt files) with this JVM's extractor. */
    static final class Extract implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper JSON = new ObjectMapper();

        private final EntityBackend backend;
        private final int maxChars;
        private final boolean textFiles;

        Extract(EntityBackend backend, int maxChars, boolean textFiles) {
            this.backend = backend;
            this.maxChars = maxChars;
            this.textFiles = textFiles;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> records) {
            Fatti fatti = ExtractorHolder.extractor(backend);
            List<InputProblem> problems = new ArrayList<>();
            ArticleSource parser = new ArticleSource(problems::add, maxChars);
            return new Iterator<>() {
                private final List<Row> ready = new ArrayList<>();

                @Override
                public boolean hasNext() {
                    while (ready.isEmpty() && records.hasNext()) {
                        Row r = records.next();
                        String value = r.getString(0);
                        String file = r.getString(1);
                        if (!textFiles && value.isBlank()) {
                            continue; // blank lines are no articles, as in the command line
                        }
                        problems.clear();
                        Article a = textFiles
                                ? parser.textArticle(file, fileName(file), value)
                                : withId(parser.jsonArticle(file, 0, value), file, value);
                        if (a == null) {
                            problems.forEach(p -> ready.add(ExtractionRows.problem(file, p.message(), value.length())));
                            continue;
                        }
                        Extraction x = fatti.extract(a.text(), a.context());
                        ObjectNode line = ExtractionJson.article(a.id(), x);
                        ready.add(ExtractionRows.article(file, line,
                                OrderedExtraction.escapeLoneSurrogates(line.toString()), value.length()));
                    }
                    return !ready.isEmpty();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return ready.remove(0);
                }
            };
        }

        /**
         * A JSONL article without an "id" is named after its file and line on the command line; a Spark task does not
         * know the line, so it is named after its file and a hash of its line instead.
         */
        private static Article withId(Article a, String file, String line) {
            if (a == null || !a.id().equals(file + ":0")) {
                return a;
            }
            try {
                if (JSON.readTree(line).hasNonNull("id")) {
                    return a;
                }
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
                return new Article(file + "#" + HexFormat.of().formatHex(hash, 0, 8), a.text(), a.context());
            } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
                return a;
            }
        }

        /** The file name of a path or URI ({@code file:///a/b%20c.txt} → {@code b c.txt}), as the id of a .txt. */
        static String fileName(String path) {
            String p;
            try {
                p = java.net.URI.create(path).getPath();
            } catch (IllegalArgumentException e) {
                p = path;
            }
            if (p == null) {
                p = path;
            }
            int slash = p.lastIndexOf('/');
            return slash < 0 ? p : p.substring(slash + 1);
        }
    }
}
