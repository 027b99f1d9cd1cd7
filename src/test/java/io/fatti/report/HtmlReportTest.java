package io.fatti.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.core.ArticleContext;
import io.fatti.entity.EntityBackend;
import io.fatti.io.Article;
import io.fatti.io.ArticleSource;
import io.fatti.json.ExtractionJson;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report page, checked structurally with an HTML parser. */
class HtmlReportTest {

    /** Curated names keep the tests fast; the page does not depend on the entity backend. */
    private static final class Extractor {
        static final Fatti FATTI = Fatti.italian(ItalianPipeline.Options.defaults()
                .withEntityBackend(EntityBackend.CURATED));
    }

    static String page(List<Article> articles) {
        HtmlReport report = new HtmlReport("test", null);
        for (Article a : articles) {
            Extraction x = Extractor.FATTI.extract(a.text(), a.context());
            report.add(a.text(), ExtractionJson.article(a.id(), x));
        }
        StringWriter w = new StringWriter();
        report.write(w);
        return w.toString();
    }

    static List<Article> read(String input) {
        List<Article> out = new ArrayList<>();
        Iterator<Article> it = new ArticleSource(p -> {
            throw new AssertionError(p.toString());
        }).read(input, System.in);
        it.forEachRemaining(out::add);
        return out;
    }

    /** The article text as the page shows it: every piece, without the tooltips. */
    static String shownText(Element article) {
        Element text = article.selectFirst("div.text").clone();
        text.select("span.tip").remove();
        return text.wholeText();
    }

    @Test
    void theSeedArticleRendersWithEveryMentionAndItsValue() {
        List<Article> seed = read(TestPaths.seed().toString());
        Document doc = Jsoup.parse(page(seed));
        Element article = doc.selectFirst("article");
        assertThat(shownText(article)).isEqualTo(seed.get(0).text());
        Extraction x = Extractor.FATTI.extract(seed.get(0).text(), seed.get(0).context());
        assertThat(article.select("a.anchor")).hasSize(x.mentions().size());
        Element money = article.select("mark.t-MONEY").first();
        assertThat(money.ownText()).isEqualTo("12,22 miliardi di dollari");
        assertThat(money.selectFirst("span.tip").text()).contains("12220000000").contains("USD")
                .contains("money.amount-of-currency").contains("UP 8.2 PERCENT YOY");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        assertThat(doc.select("ul.legend li")).hasSize(HtmlReport.TYPES.size());
        assertThat(doc.select("[src], link[href]")).as("nothing is loaded from elsewhere").isEmpty();
    }

    @Test
    void theBundledCorpusRendersAnIndexAndEveryArticle() {
        List<Article> corpus = read("corpus/articles");
        Document doc = Jsoup.parse(page(corpus));
        assertThat(doc.select("table.index tbody tr")).hasSize(corpus.size());
        assertThat(doc.select("article")).hasSize(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            assertThat(shownText(doc.select("article").get(i))).isEqualTo(corpus.get(i).text());
        }
        // every index link and every fact's evidence link points at an element of the page
        for (Element a : doc.select("a[href^=#]")) {
            assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        if (doc.select("table.facts tbody tr").size() > 0) {
            assertThat(doc.select("figure.chart svg")).isNotEmpty();
        }
    }

    @Test
    void articleTextIsEscapedNeverMarkup() {
        String hostile = "Il gruppo <script>window.__pwned = 1</script> ha ricavi per 5 milioni di euro "
                + "<img src=x onerror=\"window.__pwned = 2\"> e \" onmouseover=\"alert(1)\" il 3 marzo 2024 & co.";
        Document doc = Jsoup.parse(page(List.of(new Article("<u>id</u>", hostile, ArticleContext.undated()))));
        assertThat(doc.select("script, img, u")).isEmpty();
        assertThat(doc.select("[onerror], [onmouseover]")).isEmpty();
        assertThat(shownText(doc.selectFirst("article"))).isEqualTo(hostile);
        assertThat(doc.selectFirst("article h2").text()).startsWith("<u>id</u>");
    }

    @Test
    void aFactRowLinksToItsValue() throws Exception {
        // a fact written by hand in the JSON contract: the row's link must reach the value's highlighted text
        String text = "Xiaomi ha ricavi per 5 milioni di euro.";
        JsonNode article = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"id":"x","date":"2021","mentions":[
                 {"type":"ENTITY","start":0,"end":6,"text":"Xiaomi","rule":"entity.curated","label":"ORG"},
                 {"type":"MONEY","start":21,"end":38,"text":"5 milioni di euro","rule":"money.amount-of-currency","value":"5000000","currency":"EUR"}],
                 "facts":[{"subject":{"text":"Xiaomi","start":0,"end":6},"metric":"revenue","segment":null,
                  "value":{"type":"MONEY","start":21,"end":38,"text":"5 milioni di euro","value":"5000000","currency":"EUR"},
                  "period":{"timex":"2021","from":"2021-01-01","to":"2021-12-31"},"change":null,"qualifier":null,
                  "kind":"REPORTED","sentence":{"start":0,"end":39},"rule":"fact.test"}]}""");
        HtmlReport report = new HtmlReport("t", null);
        report.add(text, article);
        StringWriter w = new StringWriter();
        report.write(w);
        Document doc = Jsoup.parse(w.toString());
        Element row = doc.selectFirst("table.facts tbody tr");
        assertThat(row.text()).contains("Xiaomi").contains("revenue").contains("5000000 EUR").contains("2021");
        String target = row.selectFirst("a").attr("href").substring(1);
        Element anchor = doc.getElementById(target);
        assertThat(anchor.nextElementSibling().ownText()).isEqualTo("5 milioni di euro");
    }

    /** Where the shared data sits. */
    static final class TestPaths {
        static Path seed() {
            Path p = Path.of("../shared/seed/000_44ab2e7aff044d42.txt");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(p), "../shared/seed is absent");
            return p;
        }
    }
}
