package io.fatti.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.core.ArticleContext;
import io.fatti.entity.EntityBackend;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedExtractionTest {

    private static final Fatti FATTI = Fatti.italian(ItalianPipeline.Options.defaults()
            .withEntityBackend(EntityBackend.CURATED));

    @Test
    void resultsComeInInputOrderWithABoundedWindow() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // very different lengths, so later articles often finish first
            String text = "Ricavi per " + i + " milioni di euro. ".repeat(1 + (i * 37) % 50);
            articles.add(new Article("a" + i, text, ArticleContext.undated()));
        }
        AtomicInteger read = new AtomicInteger();
        Iterator<Article> counting = new Iterator<>() {
            private final Iterator<Article> it = articles.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Article next() {
                read.incrementAndGet();
                return it.next();
            }
        };
        List<String> ids = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int threads = 3;
        new OrderedExtraction(FATTI, threads).run(counting, r -> {
            ids.add(r.article().id());
            lines.add(r.json());
            assertThat(read.get() - ids.size()).as("articles in flight").isLessThanOrEqualTo(threads * 4);
        });
        assertThat(ids).containsExactlyElementsOf(articles.stream().map(Article::id).toList());
        List<String> single = new ArrayList<>();
        new OrderedExtraction(FATTI, 1).run(articles.iterator(), r -> single.add(r.json()));
        assertThat(lines).isEqualTo(single);
    }

    @Test
    void loneSurrogatesAreEscapedSoTheLineIsValidUtf8AndReadsBackExactly() throws Exception {
        String text = "Ricavi \uD800 per 3 milioni di euro \uDC00x \uD83D\uDE00.";
        String json = "{\"text\":\"" + text + "\"}";
        String escaped = OrderedExtraction.escapeLoneSurrogates(json);
        assertThat(escaped).contains("\\ud800").contains("\\udc00").contains("\uD83D\uDE00");
        assertThat(new ObjectMapper().readTree(escaped).get("text").asText()).isEqualTo(text);
        assertThat(OrderedExtraction.escapeLoneSurrogates("{\"a\":\"\uD83D\uDE00 ok\"}"))
                .isEqualTo("{\"a\":\"\uD83D\uDE00 ok\"}");
    }
}
