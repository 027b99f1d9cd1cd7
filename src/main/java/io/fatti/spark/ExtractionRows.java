package io.fatti.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an extraction, field for field the JSON of the command line (DESIGN.md): a row is built from
 * the very JSON object {@link io.fatti.json.ExtractionJson} writes, so the two outputs cannot drift apart. Values
 * are plain decimal strings (as in the JSON: exact, never exponents, any size); offsets are ints (UTF-16 chars).
 */
final class ExtractionRows {

    private ExtractionRows() {
    }

    /** A change: {@code change} of a value mention, or of a fact. */
    static final StructType CHANGE = createStructType(new StructField[] {
        createStructField("direction", StringType, true),
        createStructField("value", StringType, true),
        createStructField("unit", StringType, true),
        createStructField("basis", StringType, true),
        createStructField("reference", StringType, true),
        createStructField("qualifier", StringType, true)});

    /** A mention of any type; the fields that do not apply to its type are null. */
    static final StructType MENTION = createStructType(new StructField[] {
        createStructField("type", StringType, true),
        createStructField("start", IntegerType, true),
        createStructField("end", IntegerType, true),
        createStructField("text", StringType, true),
        createStructField("rule", StringType, true),
        createStructField("value", StringType, true),
        createStructField("low", StringType, true),
        createStructField("high", StringType, true),
        createStructField("qualifier", StringType, true),
        createStructField("currency", StringType, true),
        createStructField("per", StringType, true),
        createStructField("unit", StringType, true),
        createStructField("noun", StringType, true),
        createStructField("dimensions", createArrayType(StringType, true), true),
        createStructField("timex", StringType, true),
        createStructField("from", StringType, true),
        createStructField("to", StringType, true),
        createStructField("grain", StringType, true),
        createStructField("modifier", StringType, true),
        createStructField("fiscal", BooleanType, true),
        createStructField("label", StringType, true),
        createStructField("change", CHANGE, true)});

    static final StructType SUBJECT = createStructType(new StructField[] {
        createStructField("text", StringType, true),
        createStructField("start", IntegerType, true),
        createStructField("end", IntegerType, true)});

    static final StructType SENTENCE = createStructType(new StructField[] {
        createStructField("start", IntegerType, true),
        createStructField("end", IntegerType, true)});

    /** A fact; {@code period} is a DATE mention, or only timex/from/to when resolved from context. */
    static final StructType FACT = createStructType(new StructField[] {
        createStructField("subject", SUBJECT, true),
        createStructField("metric", StringType, true),
        createStructField("segment", StringType, true),
        createStructField("value", MENTION, true),
        createStructField("period", MENTION, true),
        createStructField("change", CHANGE, true),
        createStructField("qualifier", StringType, true),
        createStructField("kind", StringType, true),
        createStructField("sentence", SENTENCE, true),
        createStructField("rule", StringType, true)});

    /**
     * One input record after extraction: an article (id, date, source, json, mentions, facts) or, for input that was
     * skipped, only source and problem.
     */
    static final StructType ARTICLE = createStructType(new StructField[] {
        createStructField("article_id", StringType, true),
        createStructField("date", StringType, true),
        createStructField("source", StringType, true),
        createStructField("json", StringType, true),
        createStructField("mentions", createArrayType(MENTION, false), true),
        createStructField("facts", createArrayType(FACT, false), true),
        createStructField("problem", StringType, true),
        createStructField("input_chars", IntegerType, false)});

    /** The article row of one output line of the command line. */
    static Row article(String source, ObjectNode line, String json, int inputChars) {
        List<Row> mentions = new ArrayList<>();
        line.get("mentions").forEach(m -> mentions.add(row(MENTION, m)));
        List<Row> facts = new ArrayList<>();
        line.get("facts").forEach(f -> facts.add(row(FACT, f)));
        return RowFactory.create(line.get("id").asText(), text(line.get("date")), source, json, seq(mentions),
                seq(facts), null, inputChars);
    }

    /** The row of input that was skipped, with what was wrong. */
    static Row problem(String source, String problem, int inputChars) {
        return RowFactory.create(null, null, source, null, seq(List.of()), seq(List.of()), problem, inputChars);
    }

    /** A row of {@code type} from a JSON object, field by field by name; absent or null fields are null. */
    static Row row(StructType type, JsonNode node) {
        StructField[] fields = type.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = value(fields[i].dataType(), node.get(fields[i].name()));
        }
        return RowFactory.create(values);
    }

    private static Object value(DataType type, JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (type instanceof StructType struct) {
            return row(struct, n);
        }
        if (type instanceof ArrayType array) {
            List<Object> list = new ArrayList<>();
            n.forEach(e -> list.add(value(array.elementType(), e)));
            return seq(list);
        }
        if (type.equals(IntegerType)) {
            return n.asInt();
        }
        if (type.equals(BooleanType)) {
            return n.asBoolean();
        }
        return n.asText();
    }

    /** Rows hold arrays as Scala sequences. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
