package io.fatti.entity;

import io.fatti.core.Span;
import io.fatti.mention.Entity;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Finds companies, products, people and places (the first stage: a product name swallows its model number before
 * any value stage sees it). Two sources, merged by {@link EntityPrecedence}: the team's curated names (the only
 * source of PRODUCT) and the trained statistical model (ORG, PER, LOC). Then document consistency: a name the
 * model labelled once keeps that label wherever else it appears in the article. Immutable and thread-safe.
 */
public final class EntityAnnotator implements Annotator {

    /** Sentences longer than this are fed to the model in pieces, bounding the work per call. */
    private static final int MAX_SENTENCE_TOKENS = 300;
    /** The statistical model reads at most this many tokens of a document (curated names are found everywhere). */
    static final int MAX_MODEL_DOCUMENT_TOKENS = 20_000;
    /** Longer tokens are cut for the model's features (no name is this long). */
    private static final int MAX_TOKEN_CHARS = 64;

    private final CuratedNames curated;
    private final NameModel model;
    private final ValueContext numbers = Defaults.NUMBERS;
    private final ModelTokens modelTokens = Defaults.MODEL_TOKENS;
    private final CompanyReading companies = Defaults.COMPANIES;
    private final ProductReading products = Defaults.PRODUCTS;

    public EntityAnnotator(CuratedNames curated, NameModel model) {
        if (curated == null) {
            throw new IllegalArgumentException("curated names are required");
        }
        this.curated = curated;
        this.model = model;
    }

    /** The default: curated names plus the bundled statistical model (loaded once per JVM). */
    public static EntityAnnotator italian() {
        return new EntityAnnotator(Defaults.CURATED, DefaultModel.get());
    }

    /**
     * Starts building the entity stage for a backend and returns it when asked: the statistical model loads on
     * another thread meanwhile, so a pipeline can build its other stages in parallel (construction stays under a
     * second with the five-model ensemble).
     *
     * @throws IllegalArgumentException as {@link #forBackend}
     */
    public static Supplier<Annotator> prepare(EntityBackend backend) {
        if (backend != EntityBackend.OPENNLP && backend != EntityBackend.OPENNLP_FAST) {
            Annotator stage = forBackend(backend);
            return () -> stage;
        }
        CompletableFuture<NameModel> model = CompletableFuture.supplyAsync(
                () -> backend == EntityBackend.OPENNLP_FAST ? DefaultModel.get().fast() : DefaultModel.get());
        return () -> {
            CuratedNames curated = Defaults.CURATED;
            try {
                return new EntityAnnotator(curated, model.join());
            } catch (CompletionException e) {
                Throwable cause = e.getCause() instanceof ExceptionInInitializerError init && init.getCause() != null
                        ? init.getCause() : e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        };
    }

    /**
     * The entity stage for a backend. CoreNLP is optional: its stage lives in {@code src/corenlp/java}, built with
     * {@code mvn -Pcorenlp}, and is looked up by name so the default build never needs it.
     *
     * @throws IllegalArgumentException when the CoreNLP backend is asked for but is not on the classpath
     */
    public static Annotator forBackend(EntityBackend backend) {
        return switch (backend) {
            case OPENNLP -> italian();
            case OPENNLP_FAST -> new EntityAnnotator(Defaults.CURATED, DefaultModel.get().fast());
            case CURATED -> curatedOnly();
            case CORENLP -> coreNlp();
        };
    }

    private static Annotator coreNlp() {
        try {
            Class<?> type = Class.forName("io.fatti.entity.corenlp.CoreNlpEntityAnnotator");
            return (Annotator) type.getMethod("create", CuratedNames.class).invoke(null, Defaults.CURATED);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalArgumentException("the CoreNLP entity backend is not on the classpath: build with "
                    + "'mvn -Pcorenlp -DskipTests package' and run with -cp \"target/fatti-cli.jar:target/corenlp-lib/*\" "
                    + "io.fatti.cli.FattiCommand (" + e.getMessage() + ")", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("the CoreNLP entity backend cannot start: " + cause, cause);
        }
    }

    /** Curated names only, without the statistical model. */
    public static EntityAnnotator curatedOnly() {
        return new EntityAnnotator(Defaults.CURATED, null);
    }

    /** Data every backend uses, loaded once per JVM. */
    private static final class Defaults {
        static final CuratedNames CURATED = CuratedNames.load();
        static final ValueContext NUMBERS = ValueContext.load();
        static final ModelTokens MODEL_TOKENS = ModelTokens.load();
        static final CompanyReading COMPANIES = CompanyReading.load();
        static final ProductReading PRODUCTS = ProductReading.load(CURATED, NUMBERS);
    }

    /** The statistical model, in a holder of its own so the curated and CoreNLP backends never load it. */
    private static final class DefaultModel {
        static final NameModel MODEL = NameModel.fromClasspath(); // null when models/entity-kind/ is left out

        /** The model; fails naming the missing file and the curated-only alternative when it is not there. */
        static NameModel get() {
            if (MODEL == null) {
                throw new IllegalStateException(NameModel.missingMessage());
            }
            return MODEL;
        }
    }

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public void annotate(Document doc, Annotations found) {
        int n = doc.size();
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && (doc.sameSentence(end - 1, end) || modelTokens.initialBreak(doc, end))
                    && end - start < MAX_SENTENCE_TOKENS) {
                end++;
            }
            pieces.add(new int[] {start, end});
            start = end;
        }
        List<ModelTokens.Grouping> groupings = new ArrayList<>();
        for (int[] p : pieces) {
            groupings.add(model == null ? null : modelTokens.group(doc, p[0], p[1]));
        }
        List<opennlp.tools.util.Span[]> predicted = predict(groupings);
        List<EntityPrecedence.Candidate> chosen = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            chosen.addAll(sentence(doc, pieces.get(p)[0], pieces.get(p)[1], groupings.get(p),
                    p < predicted.size() ? predicted.get(p) : NO_NAMES));
        }
        chosen.addAll(DocumentConsistency.spread(doc, chosen));
        chosen.sort((a, b) -> Integer.compare(a.from(), b.from()));
        chosen = companies.apply(doc, chosen);
        chosen = products.apply(doc, chosen);
        BitSet currencies = numbers.currencyTokens(doc);
        for (EntityPrecedence.Candidate c : chosen) {
            int last = c.to() - 1;
            if (found.anyClaimed(c.from(), last) || currencies.get(c.from(), c.to()).cardinality() > 0) {
                continue;
            }
            if (!c.rule().startsWith("entity.curated") && numbers.isCalendarName(doc, c.from(), c.to())) {
                continue; // "Martedi", "Santo Stefano": the temporal stage owns calendar names
            }
            if (countedByNumber(doc, c)) {
                continue;
            }
            Span sp = doc.tokenSpan(c.from(), last);
            found.add(new Entity(sp, doc.original(sp), c.rule(), c.label()), c.from(), last);
        }
    }

    /**
     * True when the value stage owns the name's tokens as what a number counts or measures: a listed product or
     * name ("74,8 milioni di iPhone"), or a name the model found that is a unit ("110 gradi Fahrenheit"). A listed
     * company is never what a number counts ("alle 16 Terna", "le 484.507 di Tesla"), nor is a person or place
     * the model found ("i 2743 di Kramnik", "il 48enne Loris Stecca", "le 6.46 in Italia").
     */
    private boolean countedByNumber(Document doc, EntityPrecedence.Candidate c) {
        if (!numbers.countedAfterNumber(doc, c.from())) {
            return false;
        }
        return switch (c.rule()) {
            case "entity.curated" -> c.label() != Entity.Label.ORG;
            case "entity.curated-model" -> false;
            default -> numbers.unitName(doc, c.from(), c.to()) || numbers.afterScaleOf(doc, c.from()); // "5,6 milioni di Mac"
        };
    }

    private static final opennlp.tools.util.Span[] NO_NAMES = new opennlp.tools.util.Span[0];

    /**
     * The model's names for each piece, in order, as one article, over the model's tokens; pieces past
     * {@link #MAX_MODEL_DOCUMENT_TOKENS} get none (a news article is a few thousand tokens; a megabyte of text must
     * still run in linear, bounded time).
     */
    private List<opennlp.tools.util.Span[]> predict(List<ModelTokens.Grouping> groupings) {
        if (model == null) {
            return List.of();
        }
        List<String[]> sentences = new ArrayList<>();
        int budget = MAX_MODEL_DOCUMENT_TOKENS;
        for (ModelTokens.Grouping g : groupings) {
            String[] texts = g.texts().clone();
            budget -= texts.length;
            if (budget < 0) {
                break;
            }
            for (int i = 0; i < texts.length; i++) {
                String t = texts[i];
                texts[i] = t.length() > MAX_TOKEN_CHARS ? t.substring(0, MAX_TOKEN_CHARS) : t;
            }
            sentences.add(texts);
        }
        return model.findInDocument(sentences);
    }

    /** Candidates for document tokens {@code from}..{@code to} (exclusive), one sentence or a piece of one. */
    private List<EntityPrecedence.Candidate> sentence(Document doc, int from, int to, ModelTokens.Grouping grouping,
            opennlp.tools.util.Span[] names) {
        List<Token> tokens = doc.tokens().subList(from, to);
        List<EntityPrecedence.Candidate> listed = new ArrayList<>();
        for (CuratedNames.Found f : curated.find(tokens)) {
            listed.add(new EntityPrecedence.Candidate(from + f.from(), from + f.to(), f.label(),
                    f.withModel() ? "entity.curated-model" : "entity.curated"));
        }
        List<EntityPrecedence.Candidate> predicted = new ArrayList<>();
        for (opennlp.tools.util.Span s : names) {
            Entity.Label label = LABELS.get(s.getType());
            int[] range = grouping.documentRange(s.getStart(), s.getEnd());
            int a = range[0];
            int b = range[1];
            if (label != null && plausible(doc, a, b, label) && !numbers.currencyOfValue(doc, a, b)) {
                predicted.add(new EntityPrecedence.Candidate(a, b, label, "entity.model"));
            }
        }
        listed.removeIf(c -> (c.from() == 0 || !doc.sameSentence(c.from() - 1, c.from()))
                && curated.ambiguous(doc.text().substring(doc.token(c.from()).start(), doc.token(c.to() - 1).end()))
                && predicted.stream().noneMatch(c::overlaps)); // "Nato a Roma": born, not NATO
        return EntityPrecedence.merge(listed, predicted);
    }

    private static final String ORDINAL_MARKS = "ºª°";

    private static final Map<String, Entity.Label> LABELS = new HashMap<>(Map.of(
            "ORG", Entity.Label.ORG, "PER", Entity.Label.PER, "LOC", Entity.Label.LOC));

    /**
     * A name starts with a word or an ordinal ("6º Stormo"), does not end on punctuation, except an abbreviation's
     * dot ("Yahoo! Inc.") or a brand's glued "!" ("Yahoo!"), and has a capital letter somewhere ("cinese" is not a
     * name), except a body the model names, as its training corpus does, after a definite article ("la polizia",
     * "del governo cinese").
     */
    static boolean plausible(Document doc, int from, int to, Entity.Label label) {
        Token first = doc.token(from);
        Token last = doc.token(to - 1);
        boolean ordinal = first.is(Token.Kind.NUMBER) && from + 1 < to && doc.glued(from + 1)
                && ORDINAL_MARKS.indexOf(doc.token(from + 1).text()) >= 0 && doc.token(from + 1).length() == 1;
        if (!first.is(Token.Kind.WORD) && !first.is(Token.Kind.ALPHANUMERIC) && !ordinal) {
            return false; // "4,05 GHz" is a value, not a place
        }
        if (last.is(Token.Kind.PUNCTUATION) || last.is(Token.Kind.SYMBOL)) {
            boolean abbreviation = last.is(".") && to - 1 > from && doc.glued(to - 1)
                    && doc.token(to - 2).is(Token.Kind.WORD);
            boolean bang = last.is("!") && to - 1 > from && doc.glued(to - 1);
            if (!abbreviation && !bang) {
                return false;
            }
        }
        if (label == Entity.Label.ORG && from > 0) {
            String article = ItalianPrepositions.article(doc.token(from - 1).lower());
            if (article != null && !article.equals("un")) {
                return true; // "la polizia", "dal governo cinese"; not "a regime"
            }
            if (doc.token(from - 1).lower().equals("di") && to - from == 1) {
                return true; // "agenti di polizia": the body, as the model's training corpus labels it
            }
        }
        for (int i = from; i < to; i++) {
            String t = doc.token(i).text();
            for (int k = 0; k < t.length(); k++) {
                if (Character.isUpperCase(t.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
