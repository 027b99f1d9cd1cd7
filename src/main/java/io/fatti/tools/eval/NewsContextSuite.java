package io.fatti.tools.eval;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.core.ArticleContext;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scoreboard block {@code news-context}: values whose unit lives elsewhere in the text, as Italian news writes them
 * ({@code src/test/resources/number/news-context.tsv}, written by the team). Prints value-correct recall for money
 * (a MONEY mention overlapping the brackets with the expected value and currency) and for counts (a QUANTITY with
 * the expected value), and the share of negatives kept clean (no money, or no money and no count, over the
 * brackets). The file is read from the working directory (the repository root); absent, the block is skipped.
 */
public final class NewsContextSuite implements EvalSuite {

    static final Path FILE = Path.of(System.getProperty("fatti.news.context",
            "src/test/resources/number/news-context.tsv"));

    /** One row of the file as judged: what was expected, what overlapped the brackets, and whether it is right. */
    public record Row(int line, String expected, String text, String found, boolean correct) {
        public String kind() {
            return expected.split(" ")[0];
        }
    }

    @Override
    public String name() {
        return "news-context";
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.isRegularFile(FILE);
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        return score(rows(FILE, fatti, r -> { }));
    }

    /** Judges every row of {@code file}, handing each to {@code each}. */
    public static List<Row> rows(Path file, Fatti fatti, Consumer<Row> each) throws IOException {
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[1].indexOf('[') < 0 || f[1].indexOf(']') < f[1].indexOf('[')) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected <expected> TAB <text with [value]>");
            }
            Row r = judge(n + 1, f[0].trim(), f[1], fatti);
            each.accept(r);
            out.add(r);
        }
        return out;
    }

    static Row judge(int line, String expected, String bracketed, Fatti fatti) {
        int s = bracketed.indexOf('[');
        int e = bracketed.indexOf(']') - 1;
        String text = bracketed.replace("[", "").replace("]", "");
        Extraction x = fatti.extract(text, ArticleContext.undated());
        List<ValueMention> over = new ArrayList<>();
        for (Mention m : x.mentions()) {
            if (m instanceof ValueMention v && m.start() < e && s < m.end()) {
                over.add(v);
            }
        }
        String[] f = expected.split(" ");
        boolean correct = switch (f[0]) {
            case "NONE" -> over.stream().noneMatch(v -> v instanceof Money || v instanceof Quantity);
            case "NOTMONEY" -> over.stream().noneMatch(v -> v instanceof Money);
            case "MONEY" -> over.stream().anyMatch(v -> v instanceof Money m && sameValue(m, f[1])
                    && m.currency() != null && m.currency().getCurrencyCode().equals(f[2]));
            case "COUNT" -> over.stream().anyMatch(v -> v instanceof Quantity q && sameValue(q, f[1]));
            default -> throw new IllegalArgumentException("line " + line + ": unknown expectation " + f[0]);
        };
        return new Row(line, expected, bracketed, over.toString(), correct);
    }

    private static boolean sameValue(ValueMention v, String expected) {
        BigDecimal got = v.amount().value();
        return got != null && got.compareTo(new BigDecimal(expected)) == 0;
    }

    static List<Score> score(List<Row> rows) {
        List<Score> out = new ArrayList<>();
        add(out, rows, "MONEY", "money value_recall");
        add(out, rows, "COUNT", "count value_recall");
        long negatives = rows.stream().filter(r -> r.kind().startsWith("NO")).count();
        long clean = rows.stream().filter(r -> r.kind().startsWith("NO") && r.correct()).count();
        out.add(new Score("news-context", "negatives clean", negatives == 0 ? 1.0 : (double) clean / negatives,
                clean + "/" + negatives));
        return out;
    }

    private static void add(List<Score> out, List<Row> rows, String kind, String metric) {
        long all = rows.stream().filter(r -> r.kind().equals(kind)).count();
        long ok = rows.stream().filter(r -> r.kind().equals(kind) && r.correct()).count();
        out.add(new Score("news-context", metric, all == 0 ? 0 : (double) ok / all, ok + "/" + all));
    }

    /** Prints the figures and every wrong row: {@code java -cp target/fatti-cli.jar io.fatti.tools.eval.NewsContextSuite}. */
    public static void main(String[] args) {
        Fatti fatti = Fatti.italian();
        try {
            List<Row> rows = rows(args.length > 0 ? Path.of(args[0]) : FILE, fatti, r -> {
                if (!r.correct()) {
                    System.out.println("MISS line " + r.line() + " " + r.expected() + "\t" + r.text() + "\n     found " + r.found());
                }
            });
            for (Score sc : score(rows)) {
                System.out.printf("%-14s %-22s %.3f  %s%n", sc.suite(), sc.metric(), sc.value(), sc.detail());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
