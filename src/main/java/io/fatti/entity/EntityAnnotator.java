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
            while (end < n && doc.sameSentence(start, end) && end - start < MAX_SENTENCE_TOKENS) {
                end++;
            }
            pieces.add(new int[] {start, end});
            start = end;
        }
        List<opennlp.tools.util.Span[]> predicted = predict(doc, pieces);
        List<EntityPrecedence.Candidate> chosen = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            chosen.addAll(sentence(doc, pieces.get(p)[0], pieces.get(p)[1],
                    p < predicted.size() ? predicted.get(p) : NO_NAMES));
        }
        chosen.addAll(DocumentConsistency.spread(doc, chosen));
        chosen.sort((a, b) -> Integer.compare(a.from(), b.from()));
        BitSet currencies = numbers.currencyTokens(doc);
        for (EntityPrecedence.Candidate c : chosen) {
            int last = c.to() - 1;
            if (found.anyClaimed(c.from(), last) || currencies.get(c.from(), c.to()).cardinality() > 0) {
                continue;
            }
            if (!c.rule().startsWith("entity.curated") && numbers.isCalendarName(doc, c.from(), c.to())) {
                continue; // "Martedi", "Santo Stefano": the temporal stage owns calendar names
            }
            boolean company = c.rule().equals("entity.curated") && c.label() == Entity.Label.ORG;
            if (!company && !c.rule().equals("entity.curated-model") && numbers.countedAfterNumber(doc, c.from())) {
                // "74,8 milioni di iPhone", "110 gradi Fahrenheit": the value stage owns these tokens; a listed
                // company is never what a number counts ("alle 16 Terna", "le 484.507 di Tesla")
                continue;
            }
            Span sp = doc.tokenSpan(c.from(), last);
            found.add(new Entity(sp, doc.original(sp), c.rule(), c.label()), c.from(), last);
        }
    }

    private static final opennlp.tools.util.Span[] NO_NAMES = new opennlp.tools.util.Span[0];

    /**
     * The model's names for each piece, in order, as one article; pieces past {@link #MAX_MODEL_DOCUMENT_TOKENS} get
     * none (a news article is a few thousand tokens; a megabyte of text must still run in linear, bounded time).
     */
    private List<opennlp.tools.util.Span[]> predict(Document doc, List<int[]> pieces) {
        if (model == null) {
            return List.of();
        }
        List<String[]> sentences = new ArrayList<>();
        int budget = MAX_MODEL_DOCUMENT_TOKENS;
        for (int[] p : pieces) {
            budget -= p[1] - p[0];
            if (budget < 0) {
                break;
            }
            String[] texts = new String[p[1] - p[0]];
            for (int i = 0; i < texts.length; i++) {
                String t = doc.token(p[0] + i).text();
                texts[i] = t.length() > MAX_TOKEN_CHARS ? t.substring(0, MAX_TOKEN_CHARS) : t;
            }
            sentences.add(texts);
        }
        return model.findInDocument(sentences);
    }

    /** Candidates for document tokens {@code from}..{@code to} (exclusive), one sentence or a piece of one. */
    private List<EntityPrecedence.Candidate> sentence(Document doc, int from, int to,
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
            int a = from + s.getStart();
            int b = from + s.getEnd();
            if (label != null && plausible(tokens, s.getStart(), s.getEnd()) && !ValueContext.valueAfter(doc, b)) {
                predicted.add(new EntityPrecedence.Candidate(a, b, label, "entity.model"));
            }
        }
        return EntityPrecedence.merge(listed, predicted);
    }

    private static final Map<String, Entity.Label> LABELS = new HashMap<>(Map.of(
            "ORG", Entity.Label.ORG, "PER", Entity.Label.PER, "LOC", Entity.Label.LOC));

    /**
     * A name starts with a word, has a capital letter somewhere ("cinese" is not a name) and does not end on
     * punctuation.
     */
    public static boolean plausible(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        if (last.is(Token.Kind.PUNCTUATION) || last.is(Token.Kind.SYMBOL) || !first.is(Token.Kind.WORD)
                && !first.is(Token.Kind.ALPHANUMERIC)) {
            return false; // "4,05 GHz" is a value, not a place
        }
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            for (int k = 0; k < t.length(); k++) {
                if (Character.isUpperCase(t.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
