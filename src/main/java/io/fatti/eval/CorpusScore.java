package io.fatti.eval;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Change;
import io.fatti.mention.Entity;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.Temporal;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the extractor on the team's own corpus ({@code corpus/articles} + {@code corpus/gold}): per mention type,
 * gold and predicted counts, precision and recall by exact span, and value-correct recall (every normalised field
 * the gold states agrees); plus how many gold changes are attached to the right value and how many gold facts
 * are linked. Figures only: nothing here asserts a level.
 *
 * <p>Run it alone with {@code java -cp target/fatti-cli.jar io.fatti.eval.CorpusScore [--details] [corpusDir]}.
 */
public final class CorpusScore implements EvalSuite {

    /** Types in the order they are printed. */
    static final List<String> TYPE_ORDER =
            List.of("MONEY", "PERCENT", "QUANTITY", "NUMBER", "ORDINAL", "DATE", "DURATION", "SET", "ENTITY");

    private static final String SUITE = "corpus";

    private final Path corpusDir;

    public CorpusScore() {
        this(Path.of(System.getProperty("fatti.corpus.dir", "corpus")));
    }

    public CorpusScore(Path corpusDir) {
        this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    }

    @Override
    public String name() {
        return SUITE;
    }

    /** The corpus is bundled with the project, so it does not depend on the shared evaluation directory. */
    @Override
    public boolean available(Path evalDir) {
        return Files.isDirectory(corpusDir.resolve("articles")) && Files.isDirectory(corpusDir.resolve("gold"));
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        return evaluate(fatti).scores();
    }

    /** Counts for one mention type. {@code found}: same span and type; {@code overlap}: same type, spans meet. */
    public static final class Tally {
        int gold;
        int predicted;
        int found;
        int valueCorrect;
        int overlap;

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }

        public int found() {
            return found;
        }

        public int valueCorrect() {
            return valueCorrect;
        }

        public int overlap() {
            return overlap;
        }

        void add(Tally o) {
            gold += o.gold;
            predicted += o.predicted;
            found += o.found;
            valueCorrect += o.valueCorrect;
            overlap += o.overlap;
        }
    }

    /** The outcome of one run over the corpus. */
    public static final class Report {
        final Map<String, Tally> byType = new LinkedHashMap<>();
        int articles;
        int changes;
        int changesCorrect;
        int facts;
        int factsFound;
        int factsLinked;
        final List<String> details = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        Report() {
            for (String t : TYPE_ORDER) {
                byType.put(t, new Tally());
            }
        }

        public Tally tally(String type) {
            return byType.get(type);
        }

        public Tally total() {
            Tally all = new Tally();
            byType.values().forEach(all::add);
            return all;
        }

        public int articles() {
            return articles;
        }

        /** One line per missed, spurious or wrongly valued mention. */
        public List<String> details() {
            return List.copyOf(details);
        }

        /** Stage failures the extractor contained while reading the corpus (should be empty). */
        public List<String> problems() {
            return List.copyOf(problems);
        }

        public List<Score> scores() {
            List<Score> out = new ArrayList<>();
            for (Map.Entry<String, Tally> e : byType.entrySet()) {
                addRatios(out, e.getKey(), e.getValue());
            }
            Tally all = total();
            addRatios(out, "all", all);
            if (all.gold > 0) {
                out.add(new Score(SUITE, "all overlap_recall", ratio(all.overlap, all.gold),
                        all.overlap + "/" + all.gold));
            }
            if (changes > 0) {
                out.add(new Score(SUITE, "change accuracy", ratio(changesCorrect, changes),
                        changesCorrect + "/" + changes));
            }
            if (facts > 0) {
                out.add(new Score(SUITE, "fact recall", ratio(factsFound, facts), factsFound + "/" + facts));
                out.add(new Score(SUITE, "fact linked", ratio(factsLinked, facts), factsLinked + "/" + facts));
            }
            return out;
        }

        private static void addRatios(List<Score> out, String type, Tally t) {
            if (t.predicted > 0) {
                out.add(new Score(SUITE, type + " precision", ratio(t.found, t.predicted),
                        t.found + "/" + t.predicted));
            }
            if (t.gold > 0) {
                out.add(new Score(SUITE, type + " recall", ratio(t.found, t.gold), t.found + "/" + t.gold));
                out.add(new Score(SUITE, type + " value_recall", ratio(t.valueCorrect, t.gold),
                        t.valueCorrect + "/" + t.gold));
            }
        }

        /** Prints the table (and, when asked, the per-mention details). */
        public void print(PrintStream out, boolean withDetails) {
            if (withDetails) {
                details.forEach(out::println);
                problems.forEach(p -> out.println("PROBLEM " + p));
                out.println();
            }
            out.printf(Locale.ROOT, "corpus: %d articles%n", articles);
            out.printf(Locale.ROOT, "%-9s %5s %5s %9s %7s %12s %14s%n",
                    "type", "gold", "pred", "precision", "recall", "value_recall", "overlap_recall");
            for (Map.Entry<String, Tally> e : byType.entrySet()) {
                row(out, e.getKey(), e.getValue());
            }
            row(out, "all", total());
            out.printf(Locale.ROOT, "changes attached correctly: %d/%d; facts found: %d/%d, fully linked: %d/%d%n",
                    changesCorrect, changes, factsFound, facts, factsLinked, facts);
        }

        private static void row(PrintStream out, String type, Tally t) {
            out.printf(Locale.ROOT, "%-9s %5d %5d %9s %7s %12s %14s%n", type, t.gold, t.predicted,
                    fmt(t.found, t.predicted), fmt(t.found, t.gold), fmt(t.valueCorrect, t.gold),
                    fmt(t.overlap, t.gold));
        }

        private static String fmt(int n, int d) {
            return d == 0 ? "-" : String.format(Locale.ROOT, "%.3f", ratio(n, d));
        }
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0.0 : (double) n / d;
    }

    /** Runs the extractor over every article and compares with the gold. */
    public Report evaluate(Fatti fatti) throws IOException {
        Report report = new Report();
        for (CorpusArticle article : CorpusArticle.readAll(corpusDir.resolve("articles"))) {
            Path goldFile = corpusDir.resolve("gold").resolve(article.name() + ".jsonl");
            if (!Files.exists(goldFile)) {
                report.details.add(article.name() + ": no gold file, skipped");
                continue;
            }
            CorpusGold gold = CorpusGold.read(goldFile, article.text());
            Extraction x = fatti.extract(article.text(), article.context());
            report.articles++;
            x.problems().forEach(p -> report.problems.add(article.name() + ": " + p));
            compare(article, gold, x, report);
        }
        return report;
    }

    private static void compare(CorpusArticle article, CorpusGold gold, Extraction x, Report report) {
        String name = article.name();
        Map<Span, Mention> bySpan = new HashMap<>();
        for (Mention m : x.mentions()) {
            bySpan.put(m.span(), m);
            Tally t = report.byType.get(m.type().name());
            if (t != null) {
                t.predicted++;
            }
        }
        Map<Span, CorpusGold.Mention> goldBySpan = new HashMap<>();
        for (CorpusGold.Mention g : gold.mentions()) {
            goldBySpan.put(g.span(), g);
            Tally t = report.byType.get(g.type());
            t.gold++;
            Mention p = bySpan.get(g.span());
            if (p != null && p.type().name().equals(g.type())) {
                t.found++;
                t.overlap++;
                List<String> errors = valueErrors(g, p);
                if (errors.isEmpty()) {
                    t.valueCorrect++;
                } else {
                    report.details.add(name + ": value " + g.type() + " '" + g.text() + "': "
                            + String.join("; ", errors));
                }
                continue;
            }
            Mention sameType = null;
            List<String> others = new ArrayList<>();
            for (Mention m : x.mentions()) {
                if (!m.span().intersects(g.span())) {
                    continue;
                }
                if (sameType == null && m.type().name().equals(g.type())) {
                    sameType = m;
                } else {
                    others.add(m.type() + " '" + m.text() + "'");
                }
            }
            if (sameType != null) {
                t.overlap++;
                report.details.add(name + ": span " + g.type() + " gold '" + g.text() + "' got '" + sameType.text()
                        + "'");
            } else if (!others.isEmpty()) {
                report.details.add(name + ": type " + g.type() + " '" + g.text() + "' got " + String.join(", ", others));
            } else {
                report.details.add(name + ": missed " + g.type() + " '" + g.text() + "'");
            }
        }
        for (Mention m : x.mentions()) {
            CorpusGold.Mention g = goldBySpan.get(m.span());
            if (g == null || !g.type().equals(m.type().name())) {
                boolean reported = false;
                for (CorpusGold.Mention gm : gold.mentions()) {
                    if (gm.span().intersects(m.span())) {
                        reported = true;
                        break;
                    }
                }
                if (!reported) {
                    report.details.add(name + ": spurious " + m.type() + " '" + m.text() + "' (" + m.rule() + ")");
                }
            }
        }
        for (CorpusGold.FactLine f : gold.facts()) {
            if (f.change() != null) {
                report.changes++;
                Mention p = bySpan.get(f.value());
                String why = changeError(f.change(), p);
                if (why == null) {
                    report.changesCorrect++;
                } else {
                    report.details.add(name + ": change on '" + article.text().substring(f.value().start(),
                            f.value().end()) + "': " + why);
                }
            }
            report.facts++;
            for (Fact pf : x.facts()) {
                if (pf.value() != null && pf.value().span().equals(f.value()) && f.metric().equals(pf.metric())) {
                    report.factsFound++;
                    Span subject = pf.subject() == null ? null : pf.subject().span();
                    Span period = pf.period() == null ? null : pf.period().span();
                    if (Objects.equals(subject, f.subject()) && Objects.equals(period, f.period())) {
                        report.factsLinked++;
                    }
                    break;
                }
            }
        }
    }

    /** The normalised fields the gold may state, compared when the gold line has them. */
    private static final List<String> COMPARED = List.of("value", "low", "high", "currency", "unit", "noun",
            "qualifier", "per", "dimensions", "timex", "from", "to", "fiscal", "label");

    private static final List<String> NUMERIC = List.of("value", "low", "high");

    /** Differences between a gold mention's stated fields and the predicted mention's; empty when it is right. */
    static List<String> valueErrors(CorpusGold.Mention g, Mention p) {
        Map<String, String> got = fieldsOf(p);
        List<String> errors = new ArrayList<>();
        for (String key : COMPARED) {
            // A qualifier the gold does not state means "no qualifier": a hedge invented by the extractor is wrong.
            if (!g.fields().containsKey(key) && !key.equals("qualifier")) {
                continue;
            }
            String want = g.fields().get(key);
            String have = got.get(key);
            boolean same;
            if (NUMERIC.contains(key)) {
                same = sameNumber(want, have);
            } else if (key.equals("dimensions")) {
                same = sameNumbers(want, have);
            } else if (key.equals("noun")) {
                same = want == null ? have == null : have != null && head(want).equalsIgnoreCase(head(have));
            } else {
                same = Objects.equals(want, have);
            }
            if (!same) {
                errors.add(key + " gold " + want + " got " + have);
            }
        }
        return errors;
    }

    /** The contract fields of a predicted mention, as strings. */
    static Map<String, String> fieldsOf(Mention m) {
        Map<String, String> f = new HashMap<>();
        if (m instanceof ValueMention v && v.amount() != null) {
            Amount a = v.amount();
            f.put("value", plain(a.value()));
            f.put("low", plain(a.low()));
            f.put("high", plain(a.high()));
            f.put("qualifier", a.qualifier() == null ? null : a.qualifier().name());
        }
        if (m instanceof Money money) {
            f.put("currency", money.currency() == null ? null : money.currency().getCurrencyCode());
            f.put("per", money.per() == null ? null : money.per().name());
        }
        if (m instanceof Quantity q) {
            f.put("unit", q.unit());
            f.put("noun", q.noun());
            f.put("per", q.per() == null ? null : q.per().name());
            List<String> dims = new ArrayList<>();
            q.dimensions().forEach(d -> dims.add(plain(d)));
            f.put("dimensions", dims.isEmpty() ? null : String.join(",", dims));
        }
        if (m instanceof Temporal t) {
            f.put("timex", t.timex());
            f.put("from", t.from() == null ? null : t.from().toString());
            f.put("to", t.to() == null ? null : t.to().toString());
            f.put("modifier", t.modifier() == null ? null : t.modifier().name());
            f.put("fiscal", Boolean.toString(t.fiscal()));
        }
        if (m instanceof Entity e) {
            f.put("label", e.label() == null ? null : e.label().name());
        }
        return f;
    }

    private static String changeError(Map<String, String> want, Mention p) {
        if (!(p instanceof ValueMention v)) {
            return p == null ? "value not found at its span" : "value found as " + p.type();
        }
        Change c = v.change();
        if (c == null) {
            return "no change attached";
        }
        List<String> errors = new ArrayList<>();
        if (!want.get("direction").equals(c.direction().name())) {
            errors.add("direction gold " + want.get("direction") + " got " + c.direction());
        }
        if (want.get("value") != null && !sameNumber(want.get("value"), plain(c.value()))) {
            errors.add("size gold " + want.get("value") + " got " + plain(c.value()));
        }
        if (want.get("unit") != null && !want.get("unit").equals(c.unit() == null ? null : c.unit().name())) {
            errors.add("unit gold " + want.get("unit") + " got " + c.unit());
        }
        if (want.containsKey("basis")) {
            String basis = c.basis() == null ? null : c.basis().name();
            if (!Objects.equals(want.get("basis"), basis)) {
                errors.add("basis gold " + want.get("basis") + " got " + basis);
            }
        }
        return errors.isEmpty() ? null : String.join("; ", errors);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    /** Equal as numbers, within a relative 1e-6 (gold writes 2/3 as 0.6666666667). */
    static boolean sameNumber(String want, String have) {
        if (want == null || have == null) {
            return want == null && have == null;
        }
        try {
            BigDecimal a = new BigDecimal(want);
            BigDecimal b = new BigDecimal(have);
            BigDecimal tolerance = a.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-6"));
            return a.subtract(b).abs().compareTo(tolerance) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameNumbers(String want, String have) {
        if (want == null || have == null) {
            return want == null && have == null;
        }
        String[] a = want.split(",");
        String[] b = have.split(",");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!sameNumber(a[i].strip(), b[i].strip())) {
                return false;
            }
        }
        return true;
    }

    private static String head(String noun) {
        String s = noun.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** {@code CorpusScore [--details] [corpusDir]}: prints the corpus scoreboard. */
    public static void main(String[] args) throws IOException {
        boolean details = false;
        Path dir = Path.of("corpus");
        for (String a : args) {
            if (a.equals("--details")) {
                details = true;
            } else {
                dir = Path.of(a);
            }
        }
        CorpusScore suite = new CorpusScore(dir);
        if (!suite.available(dir)) {
            System.out.println("corpus: no articles/ and gold/ under " + dir.toAbsolutePath());
            return;
        }
        suite.evaluate(Fatti.italian()).print(System.out, details);
    }
}
