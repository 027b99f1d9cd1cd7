package io.fatti.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.NumberMention;
import io.fatti.mention.Percentage;
import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.pipeline.Annotator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates the bundled corpus and its gold, the extractor's spans on it, and the scorer itself. */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("fatti.corpus.dir", "corpus"));
    private static final Fatti FATTI = Fatti.italian();

    static List<CorpusArticle> articles() throws IOException {
        return CorpusArticle.readAll(CORPUS.resolve("articles"));
    }

    @Test
    void corpusHasAtLeastFifteenArticlesEachWithGold() throws IOException {
        List<CorpusArticle> articles = articles();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(15);
        List<String> goldNames;
        try (Stream<Path> s = Files.list(CORPUS.resolve("gold"))) {
            goldNames = s.map(p -> p.getFileName().toString().replaceFirst("\\.jsonl$", "")).sorted().toList();
        }
        assertThat(goldNames).containsExactlyElementsOf(articles.stream().map(CorpusArticle::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articleIsDatedAndNewsSized(CorpusArticle article) {
        assertThat(article.context().isDated()).as("date header").isTrue();
        assertThat(article.words()).as("words").isBetween(150, 400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void goldMentionsPointIntoTheArticleWithoutOverlapping(CorpusArticle article) throws IOException {
        CorpusGold gold = CorpusGold.read(goldFile(article), article.text());
        assertThat(gold.mentions()).isNotEmpty();
        List<CorpusGold.Mention> sorted = new ArrayList<>(gold.mentions());
        sorted.sort(Comparator.comparing(CorpusGold.Mention::span));
        for (int i = 0; i < sorted.size(); i++) {
            CorpusGold.Mention g = sorted.get(i);
            assertThat(article.text().substring(g.span().start(), g.span().end())).as(g.where()).isEqualTo(g.text());
            if (i > 0) {
                assertThat(sorted.get(i - 1).span().intersects(g.span()))
                        .as(g.where() + " overlaps " + sorted.get(i - 1).where()).isFalse();
            }
            for (String numeric : List.of("value", "low", "high")) {
                String v = g.fields().get(numeric);
                if (v != null) {
                    assertThat(v).as(g.where() + " " + numeric).matches("-?\\d+(\\.\\d+)?");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyExtractedSpanIsValid(CorpusArticle article) {
        Extraction x = FATTI.extract(article.text(), article.context());
        String text = article.text();
        Span previous = null;
        for (Mention m : x.mentions()) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start() + 1, text.length());
            assertThat(text.substring(m.start(), m.end())).as(m.rule()).isEqualTo(m.text());
            assertThat(m.rule()).as("rule name of '" + m.text() + "'").isNotBlank();
            if (previous != null) {
                assertThat(previous.intersects(m.span())).as("overlap at '" + m.text() + "'").isFalse();
            }
            previous = m.span();
        }
    }

    @Test
    void occurrencesDoNotSplitWordsOrNumbers() {
        String t = "Il 25% e il 2,5% e il 5%; Apple Music di Apple.";
        assertThat(CorpusGold.find(t, "5%", 1)).isEqualTo(t.indexOf("5%;"));
        assertThat(CorpusGold.find(t, "5%", 2)).isEqualTo(-1);
        assertThat(CorpusGold.find(t, "Apple", 2)).isEqualTo(t.lastIndexOf("Apple"));
    }

    @Test
    void goldErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("x.jsonl");
        Files.writeString(gold, "{\"type\": \"MONEY\", \"text\": \"10 euro\"}\n{\"type\": \"MONEY\", \"text\": \"99 euro\"}\n");
        assertThatThrownBy(() -> CorpusGold.read(gold, "costa 10 euro"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.jsonl:2");
    }

    @Test
    void readsTheDateHeader(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "date 2023-11\nTesto.\n");
        CorpusArticle article = CorpusArticle.read(a);
        assertThat(article.context()).isEqualTo(ArticleContext.parse("2023-11"));
        assertThat(article.text()).isEqualTo("Testo.\n");
        Files.writeString(a, " date 2021-11 Il gruppo.\nSeconda riga.\n");
        assertThat(CorpusArticle.read(a).text()).isEqualTo("Il gruppo.\nSeconda riga.\n");
    }

    /** The scorer on a one-article corpus with a stub extractor: one right, one wrong value, one spurious. */
    @Test
    void scorerCountsExactSpansAndValues(@TempDir Path dir) throws IOException {
        String text = "Ricavi per 12 miliardi di euro, in aumento del 8,2%, con 500 dipendenti.\n";
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("articles/001_x.txt"), "date 2023-05-02\n" + text);
        Files.writeString(dir.resolve("gold/001_x.jsonl"), String.join("\n",
                "{\"type\": \"MONEY\", \"text\": \"12 miliardi di euro\", \"value\": \"12000000000\", \"currency\": \"EUR\"}",
                "{\"type\": \"PERCENT\", \"text\": \"8,2%\", \"value\": \"8.2\"}",
                "{\"type\": \"QUANTITY\", \"text\": \"500 dipendenti\", \"value\": \"500\", \"noun\": \"dipendenti\"}",
                "{\"fact\": {\"subject\": null, \"metric\": \"revenue\", \"value_text\": \"12 miliardi di euro\", "
                        + "\"change\": {\"direction\": \"UP\", \"value\": \"8.2\", \"unit\": \"PERCENT\"}}}"));
        Annotator stub = new Annotator() {
            @Override
            public String name() {
                return "stub";
            }

            @Override
            public void annotate(io.fatti.text.Document doc, io.fatti.pipeline.Annotations found) {
                String t = doc.original();
                found.add(new Money(span(t, "12 miliardi di euro"), "12 miliardi di euro", "stub.money",
                        Amount.of(new BigDecimal("12E9")), Currency.getInstance("EUR"), null, null));
                found.add(new Percentage(span(t, "8,2%"), "8,2%", "stub.percent",
                        Amount.of(new BigDecimal("82")), null));
                found.add(new NumberMention(span(t, "Ricavi"), "Ricavi", "stub.number",
                        Amount.of(BigDecimal.ONE), false, null));
            }
        };
        CorpusReport r = new CorpusScore(dir).evaluate(Fatti.withStages(List.of(stub)));
        assertThat(r.articles()).isEqualTo(1);
        assertThat(r.tally("MONEY").found()).isEqualTo(1);
        assertThat(r.tally("MONEY").valueCorrect()).isEqualTo(1);
        assertThat(r.tally("PERCENT").found()).isEqualTo(1);
        assertThat(r.tally("PERCENT").valueCorrect()).isZero();
        assertThat(r.tally("QUANTITY").gold()).isEqualTo(1);
        assertThat(r.tally("QUANTITY").found()).isZero();
        assertThat(r.tally("NUMBER").predicted()).isEqualTo(1);
        assertThat(r.total().found()).isEqualTo(2);
        assertThat(r.details()).anyMatch(d -> d.contains("spurious NUMBER 'Ricavi'"))
                .anyMatch(d -> d.contains("missed QUANTITY '500 dipendenti'"))
                .anyMatch(d -> d.contains("change on '12 miliardi di euro': no change attached"));
        assertThat(r.scores()).anyMatch(s -> s.metric().equals("MONEY value_recall") && s.value() == 1.0)
                .anyMatch(s -> s.metric().equals("all precision") && Math.abs(s.value() - 2.0 / 3) < 1e-9)
                .allMatch(s -> s.value() >= 0 && s.value() <= 1);
    }

    @Test
    void valuesCompareByNumberHeadNounAndUnstatedQualifier() {
        Span sp = new Span(0, 20);
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("value", "30200000");
        fields.put("noun", "linee");
        CorpusGold.Mention gold = new CorpusGold.Mention("QUANTITY", "30,2 milioni di linee", 1, sp, fields, "t:1");
        Quantity right = new Quantity(sp, "30,2 milioni di linee", "r", Amount.of(new BigDecimal("3.02E7")), null,
                "linee mobili", null, null, null);
        assertThat(GoldComparison.valueErrors(gold, right)).isEmpty();
        Quantity hedged = new Quantity(sp, "30,2 milioni di linee", "r",
                Amount.of(new BigDecimal("30200000"), Qualifier.APPROX), null, "linee", null, null, null);
        assertThat(GoldComparison.valueErrors(gold, hedged)).containsExactly("qualifier gold null got APPROX");
        Quantity scaled = new Quantity(sp, "30,2 milioni di linee", "r", Amount.of(new BigDecimal("30.2")), null,
                "linee", null, null, null);
        assertThat(GoldComparison.valueErrors(gold, scaled)).containsExactly("value gold 30200000 got 30.2");
        assertThat(GoldComparison.sameNumber("0.6666666667", "0.66666666666666")).isTrue();
    }

    private static Span span(String text, String s) {
        int i = text.indexOf(s);
        return new Span(i, i + s.length());
    }

    private static Path goldFile(CorpusArticle article) {
        return CORPUS.resolve("gold").resolve(article.name() + ".jsonl");
    }
}
