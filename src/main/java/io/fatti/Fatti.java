package io.fatti;

import io.fatti.core.Span;
import io.fatti.core.ArticleContext;
import io.fatti.mention.Mention;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.ItalianPipeline;
import io.fatti.text.Document;
import io.fatti.text.NormalizedText;
import io.fatti.text.SentenceSplitter;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractor. Build it once ({@link #italian()}) and reuse it: it is immutable and thread-safe, and
 * {@link #extract(String, ArticleContext)} never throws on any text.
 *
 * <pre>{@code
 * Fatti fatti = Fatti.italian();
 * Extraction x = fatti.extract(text, ArticleContext.published(LocalDate.of(2021, 11, 25)));
 * x.mentions(Money.class);
 * }</pre>
 */
public final class Fatti {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentences;
    private final List<Annotator> annotators;

    private Fatti(SentenceSplitter sentences, List<Annotator> annotators) {
        this.sentences = sentences;
        this.annotators = List.copyOf(annotators);
    }

    /**
     * The Italian extractor with every default stage, entities found by the bundled name model and curated names.
     *
     * <p><b>Licence:</b> the bundled name model is trained on KIND (CC BY-NC 4.0): <b>not for commercial use</b>.
     * For commercial use take {@link #italianCommercial()} (curated names only, no KIND-trained weights), or train a
     * model on data of your own ({@code train-ner}, docs/entity-backends.md). The model's files live in their own
     * folder, {@code models/entity-kind/} (left out of the jar by {@code mvn -Pcommercial package}); without it on the
     * classpath this method fails with an error naming the missing file and the alternative.
     *
     * <p>The entity backends ({@link io.fatti.entity.EntityBackend}, chosen with {@link #italian(ItalianPipeline.Options)}):
     * the default five-model ensemble (KIND dev F1 0.82, run compiled: the same names as OpenNLP, several times
     * faster), {@code OPENNLP_FAST} (the main model alone, greedy: F1 0.81, faster still), {@code CURATED} (no model,
     * usable commercially, fastest) and {@code CORENLP} (optional jars). Speed and F1 of each: docs/entity-backends.md.
     *
     * @throws IllegalStateException when the KIND-trained model is not on the classpath
     */
    public static Fatti italian() {
        return new Fatti(SentenceSplitter.italian(), ItalianPipeline.defaultStages(ItalianPipeline.Options.defaults()));
    }

    /**
     * The Italian extractor without the KIND-trained model, usable commercially: entities come from the curated
     * names only ({@link io.fatti.entity.EntityBackend#CURATED}: companies, products, services and places the team
     * listed; no people and no unlisted organisations); every other stage is the default. Works with or without
     * {@code models/entity-kind/} on the classpath, and never loads it.
     */
    public static Fatti italianCommercial() {
        return italian(ItalianPipeline.Options.defaults().withEntityBackend(io.fatti.entity.EntityBackend.CURATED));
    }

    /** The Italian extractor with the given options (for example another entity backend). */
    public static Fatti italian(ItalianPipeline.Options options) {
        if (options == null) {
            throw new IllegalArgumentException("options is null");
        }
        return new Fatti(SentenceSplitter.italian(), ItalianPipeline.defaultStages(options));
    }

    /** An extractor with exactly these stages, run in this order (earlier stages take precedence). */
    public static Fatti withStages(List<Annotator> stages) {
        if (stages == null || stages.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("stages must be a list of non-null annotators");
        }
        return new Fatti(SentenceSplitter.italian(), stages);
    }

    /** Extracts from an article whose date is unknown. */
    public Extraction extract(String text) {
        return extract(text, ArticleContext.undated());
    }

    /**
     * Extracts mentions and facts from one article.
     *
     * @throws IllegalArgumentException when {@code text} or {@code context} is null
     */
    public Extraction extract(String text, ArticleContext context) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        if (context == null) {
            throw new IllegalArgumentException("context is null");
        }
        Document doc = prepare(text, context);
        Annotations found = new Annotations();
        for (Annotator a : annotators) {
            try {
                a.annotate(doc, found);
            } catch (RuntimeException | StackOverflowError e) {
                // Contain a stage's failure: the other stages' results are kept, the failure is reported.
                found.problem(a.name() + ": " + e);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : found.resolved()) {
            if (m.span().end() <= text.length() && m.text().length() == m.span().length()
                    && text.regionMatches(m.start(), m.text(), 0, m.text().length())) { // substring, without a copy
                mentions.add(m);
            } else {
                found.problem(m.rule() + ": span " + m.span() + " does not match its text '" + m.text() + "'");
            }
        }
        List<Span> sentenceSpans = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            sentenceSpans.add(doc.sentenceSpan(s));
        }
        return new Extraction(text, context, sentenceSpans, mentions, found.facts(), found.problems());
    }

    /** Normalises, splits and tokenizes; exposed for tools and tests of the text layer. */
    public Document prepare(String text, ArticleContext context) {
        NormalizedText normalized = NormalizedText.of(text);
        List<int[]> sentenceRanges = sentences.split(normalized.text());
        List<Token> tokens = tokenizer.tokenize(normalized.text());
        return new Document(normalized, tokens, sentenceRanges, context);
    }
}
