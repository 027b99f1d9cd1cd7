package io.fatti.tools.eval;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.core.Span;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fact-level precision, recall and F1 on the team corpus ({@code corpus/gold}: the {@code {"fact": ...}} lines).
 * A predicted fact matches a gold fact when the metric is the same, the value is the same (the gold value's span
 * and its normalised amount and currency or unit, when the gold states them) and the subject is the same company
 * (same name, or one name the start of the other: "Iliad" and "Iliad Italia"; both null counts). Each gold fact
 * matches at most one prediction. On the matches, the period (same timex, or same from/to, or both null), the
 * change (direction, size, unit, basis), the kind and the segment are scored separately. Figures only.
 *
 * <p>Run it alone with {@code java -cp target/fatti-cli.jar io.fatti.tools.eval.FactScore [--details] [corpusDir]}.
 */
public final class FactScore implements EvalSuite {

    private static final String SUITE = "corpus/facts";

    private final Path corpusDir;

    public FactScore() {
        this(Path.of(System.getProperty("fatti.corpus.dir", "corpus")));
    }

    public FactScore(Path corpusDir) {
        this.corpusDir = Objects.requireNonNull(corpusDir, "corpusDir");
    }

    @Override
    public String name() {
        return SUITE;
    }

    @Override
    public boolean available(Path evalDir) {
        return CorpusArticle.isCorpus(corpusDir);
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        return evaluate(fatti).scores();
    }

    /** The counts behind the figures, and one line per miss. */
    public static final class Report {
        int gold;
        int predicted;
        int matched;
        int periodCorrect;
        int changeGold;
        int changeCorrect;
        int kindCorrect;
        int segmentGold;
        int segmentCorrect;
        final List<String> details = new ArrayList<>();

        static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        public double precision() {
            return ratio(matched, predicted);
        }

        public double recall() {
            return ratio(matched, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public List<Score> scores() {
            List<Score> out = new ArrayList<>();
            out.add(new Score(SUITE, "precision", precision(), matched + "/" + predicted));
            out.add(new Score(SUITE, "recall", recall(), matched + "/" + gold));
            out.add(new Score(SUITE, "f1", f1(), ""));
            out.add(new Score(SUITE, "period accuracy", ratio(periodCorrect, matched), periodCorrect + "/" + matched));
            out.add(new Score(SUITE, "change accuracy", ratio(changeCorrect, changeGold),
                    changeCorrect + "/" + changeGold));
            out.add(new Score(SUITE, "kind accuracy", ratio(kindCorrect, matched), kindCorrect + "/" + matched));
            if (segmentGold > 0) {
                out.add(new Score(SUITE, "segment accuracy", ratio(segmentCorrect, segmentGold),
                        segmentCorrect + "/" + segmentGold));
            }
            return out;
        }

        public void print(PrintStream out, boolean withDetails) {
            for (Score s : scores()) {
                out.printf(Locale.ROOT, "%-18s %.3f  %s%n", s.metric(), s.value(), s.detail());
            }
            if (withDetails) {
                details.forEach(out::println);
            }
        }
    }

    public Report evaluate(Fatti fatti) throws IOException {
        Report report = new Report();
        for (CorpusArticle article : CorpusArticle.readAll(corpusDir.resolve("articles"))) {
            Path goldFile = article.goldFile(corpusDir);
            if (goldFile == null) {
                continue;
            }
            CorpusGold gold = CorpusGold.read(goldFile, article.text());
            Extraction x = fatti.extract(article.text(), article.context());
            compare(article.name(), article.text(), gold, x, report);
        }
        return report;
    }

    static void compare(String name, String text, CorpusGold gold, Extraction x, Report report) {
        Map<Span, CorpusGold.Mention> goldMentions = new HashMap<>();
        gold.mentions().forEach(m -> goldMentions.put(m.span(), m));
        List<Fact> open = new ArrayList<>(x.facts());
        report.predicted += open.size();
        for (CorpusGold.FactLine g : gold.facts()) {
            report.gold++;
            Fact match = null;
            for (Fact p : open) {
                if (matches(g, p, text, goldMentions)) {
                    match = p;
                    break;
                }
            }
            String value = "'" + text.substring(g.value().start(), g.value().end()) + "'";
            if (match == null) {
                report.details.add(name + ": missed " + g.metric() + " " + value + " of "
                        + (g.subject() == null ? "-" : text.substring(g.subject().start(), g.subject().end()))
                        + nearMiss(g, open, text));
                continue;
            }
            open.remove(match);
            report.matched++;
            String periodError = periodError(g, match, text, goldMentions);
            if (periodError == null) {
                report.periodCorrect++;
            } else {
                report.details.add(name + ": period of " + g.metric() + " " + value + ": " + periodError);
            }
            if (g.change() != null) {
                report.changeGold++;
                String why = changeError(g.change(), match);
                if (why == null) {
                    report.changeCorrect++;
                } else {
                    report.details.add(name + ": change of " + g.metric() + " " + value + ": " + why);
                }
            }
            if (g.kind().equals(match.kind().name())) {
                report.kindCorrect++;
            } else {
                report.details.add(name + ": kind of " + g.metric() + " " + value + ": gold " + g.kind() + " got "
                        + match.kind());
            }
            if (g.segment() != null) {
                report.segmentGold++;
                if (g.segment().equalsIgnoreCase(String.valueOf(match.segment()))) {
                    report.segmentCorrect++;
                }
            }
        }
        for (Fact p : open) {
            report.details.add(name + ": spurious " + p.metric() + " '" + p.value().text() + "' of "
                    + (p.subject() == null ? "-" : p.subject().text()) + " (" + p.rule() + ")");
        }
    }

    private static String nearMiss(CorpusGold.FactLine g, List<Fact> open, String text) {
        for (Fact p : open) {
            if (p.value().span().intersects(g.value())) {
                return " (got " + p.metric() + " of " + (p.subject() == null ? "-" : p.subject().text()) + ", "
                        + p.rule() + ")";
            }
        }
        return " (no fact on the value)";
    }

    static boolean matches(CorpusGold.FactLine g, Fact p, String text, Map<Span, CorpusGold.Mention> mentions) {
        if (!g.metric().equals(p.metric()) || !p.value().span().intersects(g.value())) {
            return false;
        }
        CorpusGold.Mention gv = mentions.get(g.value());
        if (gv != null) {
            Map<String, String> have = GoldComparison.fieldsOf(p.value());
            for (String key : List.of("value", "low", "high")) {
                if (gv.fields().get(key) != null && !GoldComparison.sameNumber(gv.fields().get(key), have.get(key))) {
                    return false;
                }
            }
            for (String key : List.of("currency", "unit")) {
                if (gv.fields().get(key) != null && !gv.fields().get(key).equals(have.get(key))) {
                    return false;
                }
            }
        } else if (!p.value().span().equals(g.value())) {
            return false;
        }
        String want = g.subject() == null ? null : text.substring(g.subject().start(), g.subject().end());
        String got = p.subject() == null ? null : p.subject().text();
        return sameCompany(want, got);
    }

    /** Same name, or one the start of the other ("Iliad" and "Iliad Italia"); case does not count. */
    static boolean sameCompany(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        String x = a.toLowerCase(Locale.ROOT).strip();
        String y = b.toLowerCase(Locale.ROOT).strip();
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static String periodError(CorpusGold.FactLine g, Fact p, String text,
                                      Map<Span, CorpusGold.Mention> mentions) {
        Temporal have = p.period();
        if (g.periodTimex() != null) {
            return have != null && g.periodTimex().equals(have.timex()) ? null
                    : "gold " + g.periodTimex() + ", got " + (have == null ? "none" : have.timex());
        }
        if (g.period() == null) {
            return have == null ? null : "gold none, got '" + have.text() + "' " + have.timex();
        }
        String wantText = text.substring(g.period().start(), g.period().end());
        if (have == null) {
            return "gold '" + wantText + "', got none";
        }
        if (have.span().equals(g.period())) {
            return null;
        }
        CorpusGold.Mention gm = mentions.get(g.period());
        if (gm != null) {
            String timex = gm.fields().get("timex");
            if (timex != null && timex.equals(have.timex())) {
                return null;
            }
            String from = gm.fields().get("from");
            String to = gm.fields().get("to");
            if (from != null && to != null && have.from() != null && have.to() != null
                    && from.equals(have.from().toString()) && to.equals(have.to().toString())) {
                return null;
            }
        }
        return "gold '" + wantText + "'" + (gm == null ? "" : " " + gm.fields().get("timex")) + ", got '"
                + have.text() + "' " + have.timex();
    }

    private static String changeError(Map<String, String> want, Fact p) {
        Mention value = p.value();
        if (p.change() != null && (p.value().change() == null || !p.change().equals(p.value().change()))) {
            value = p.value().withChange(p.change());
        }
        return GoldComparison.changeError(want, value);
    }

    /** {@code FactScore [--details] [corpusDir]}: prints the fact figures of the corpus. */
    public static void main(String[] args) throws IOException {
        CorpusToolArgs a = CorpusToolArgs.parse(args);
        FactScore suite = new FactScore(a.dir());
        if (a.missing(suite)) {
            return;
        }
        suite.evaluate(Fatti.italian()).print(System.out, a.details());
    }
}
