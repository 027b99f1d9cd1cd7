package io.fatti.mention;

import io.fatti.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the extractor found in the text. Every mention points into the original text ({@link #span()}),
 * repeats the text it covers ({@link #text()}) and names the rule that produced it ({@link #rule()}).
 */
public sealed interface Mention permits ValueMention, Temporal, Entity {

    Span span();

    String text();

    /** The stable name of the rule that produced this mention (provenance). */
    String rule();

    MentionType type();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }

    /** The mentions of one type among {@code mentions}, in their order. */
    static <T extends Mention> List<T> ofType(List<? extends Mention> mentions, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (type.isInstance(m)) {
                out.add(type.cast(m));
            }
        }
        return out;
    }
}
