package io.fatti.csv;

import io.fatti.Extraction;
import io.fatti.json.ExtractionJson;
import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Fact;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Facts as a flat table for analysts: one CSV row per fact (RFC 4180, written with Apache Commons CSV), the header
 * first. Columns: {@link #HEADER}. Empty cells stand for nulls; numbers are plain decimals ("12220000000").
 */
public final class FactCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("article_id", "subject", "subject_start", "subject_end",
            "metric", "segment", "value", "low", "high", "currency", "unit", "value_type", "value_text",
            "value_start", "value_end", "period", "period_from", "period_to", "period_text", "change_direction",
            "change_value", "change_unit", "change_basis", "qualifier", "kind", "sentence_start", "sentence_end",
            "rule");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private FactCsv() {
    }

    /** The header line, with its line break. */
    public static String header() {
        return print(List.of(HEADER));
    }

    /** The rows of one article's facts, each ending with a line break; empty when it has none. */
    public static String rows(String articleId, Extraction x) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact f : x.facts()) {
            rows.add(row(articleId, f));
        }
        return print(rows);
    }

    /** One fact as the cells of a row, in {@link #HEADER} order. */
    public static List<String> row(String articleId, Fact f) {
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(articleId);
        r.add(f.subject() == null ? null : f.subject().text());
        r.add(f.subject() == null ? null : Integer.toString(f.subject().start()));
        r.add(f.subject() == null ? null : Integer.toString(f.subject().end()));
        r.add(f.metric());
        r.add(f.segment());
        Amount a = f.value().amount();
        r.add(ExtractionJson.plain(a.value()));
        r.add(ExtractionJson.plain(a.low()));
        r.add(ExtractionJson.plain(a.high()));
        r.add(f.value() instanceof Money m && m.currency() != null ? m.currency().getCurrencyCode() : null);
        r.add(unit(f));
        r.add(f.value().type().name());
        r.add(f.value().text());
        r.add(Integer.toString(f.value().start()));
        r.add(Integer.toString(f.value().end()));
        Temporal p = f.period();
        r.add(p == null ? null : p.timex());
        r.add(p == null || p.from() == null ? null : p.from().toString());
        r.add(p == null || p.to() == null ? null : p.to().toString());
        r.add(p == null ? null : p.text());
        Change c = f.change();
        r.add(c == null ? null : c.direction().name());
        r.add(c == null ? null : ExtractionJson.plain(c.value()));
        r.add(c == null || c.unit() == null ? null : c.unit().name());
        r.add(c == null || c.basis() == null ? null : c.basis().name());
        r.add(f.qualifier() == null ? null : f.qualifier().name());
        r.add(f.kind().name());
        r.add(Integer.toString(f.sentence().start()));
        r.add(Integer.toString(f.sentence().end()));
        r.add(f.rule());
        return r;
    }

    /** A percentage's unit is "percent"; a quantity's is its CLDR unit or, for counted things, its noun. */
    private static String unit(Fact f) {
        return switch (f.value().type()) {
            case PERCENT -> "percent";
            case QUANTITY -> {
                Quantity q = (Quantity) f.value();
                yield q.unit() != null ? q.unit() : q.noun();
            }
            default -> null;
        };
    }

    private static String print(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
