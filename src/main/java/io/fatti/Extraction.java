package io.fatti;

import io.fatti.core.ArticleContext;
import io.fatti.core.Span;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import java.util.List;

/**
 * Everything extracted from one article. Immutable.
 *
 * @param text      the original text
 * @param context   the article context it was read with
 * @param sentences sentence spans in the original text
 * @param mentions  mentions sorted by start offset, never overlapping
 * @param facts     linked facts, in text order
 * @param problems  internal failures of single stages that were contained (empty in a healthy run)
 */
public record Extraction(String text, ArticleContext context, List<Span> sentences, List<Mention> mentions,
                         List<Fact> facts, List<String> problems) {

    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }

    /** The mentions of one type, e.g. {@code mentions(Money.class)}, in text order. */
    public <T extends Mention> List<T> mentions(Class<T> type) {
        return Mention.ofType(mentions, type);
    }
}
