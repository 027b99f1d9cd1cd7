package io.fatti.entity;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Entity;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The team's curated names for the tech and business domain ({@code models/entity/names.tsv}): companies with their
 * usual short forms, products and product families, services, stock indices, regulators. A product family marked
 * {@code +model} swallows the model designation after it ("iPhone" + "15 Pro", "Galaxy" + "S23 Ultra",
 * "Windows" + "11"), which is how numbers inside product names stop being quantities.
 */
public final class CuratedNames {

    /** One curated name. */
    public record Name(Entity.Label label, String text, boolean modelNumber) {
    }

    /** A curated name found in a sentence, tokens {@code from}..{@code to} exclusive, model number included. */
    public record Found(int from, int to, Entity.Label label, boolean withModel) {
    }

    /** Model designations swallowed after a family name: at most this many tokens. */
    private static final int MAX_MODEL_TOKENS = 4;

    private final List<Name> names;
    private final Gazetteer gazetteer;
    private final Set<String> modelWords;
    /** Names that are also ordinary words capitalised at a sentence's start ("Nato a Roma"). */
    private final Set<String> ambiguous;

    private CuratedNames(List<Name> names, Gazetteer gazetteer, Set<String> modelWords, Set<String> ambiguous) {
        this.names = List.copyOf(names);
        this.gazetteer = gazetteer;
        this.modelWords = Set.copyOf(modelWords);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    public static CuratedNames load() {
        Tokenizer tokenizer = new Tokenizer();
        List<Name> names = new ArrayList<>();
        Gazetteer.Builder b = new Gazetteer.Builder();
        Set<String> texts = new HashSet<>();
        read("entity/names.tsv", tokenizer, b, texts, names);
        // read at run time only: the model's list features were trained on names.tsv alone
        read("entity/extra-names.tsv", tokenizer, b, texts, new ArrayList<>());
        Set<String> words = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/model-words.txt")) {
            words.add(l.field(0));
        }
        Set<String> ambiguous = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/ambiguous-names.tsv")) {
            if (!texts.contains(l.field(0))) {
                throw l.error("'" + l.field(0) + "' is not a curated name");
            }
            ambiguous.add(l.field(0));
        }
        return new CuratedNames(names, b.build(), words, ambiguous);
    }

    /** Adds a file's names to the gazetteer and to {@code out}; a name listed twice is an error. */
    private static void read(String file, Tokenizer tokenizer, Gazetteer.Builder b, Set<String> texts,
            List<Name> out) {
        for (DataFile.Line l : DataFile.read(file)) {
            Entity.Label label = l.enumField(0, Entity.Label.class);
            String text = l.field(1);
            String flags = l.field(2, "");
            if (!flags.isEmpty() && !flags.equals("+model")) {
                throw l.error("unknown flag '" + flags + "' (expected +model or nothing)");
            }
            if (!texts.add(text)) {
                throw l.error("'" + text + "' is listed twice");
            }
            boolean model = flags.equals("+model");
            out.add(new Name(label, text, model));
            List<String> tokens = new ArrayList<>();
            for (Token t : tokenizer.tokenize(text)) {
                tokens.add(t.text());
            }
            if (tokens.isEmpty()) {
                throw l.error("empty name");
            }
            b.add(new Gazetteer.Entry(label.name(), tokens, l.file() + ":" + l.number(), model));
        }
    }

    /** The names of {@code names.tsv}, which the name model's list features are trained with. */
    public List<Name> names() {
        return names;
    }

    /** The label of the curated name written exactly as {@code words} (token texts), or null. */
    Entity.Label labelOf(List<String> words) {
        String[] texts = words.toArray(new String[0]);
        Gazetteer.Match m = texts.length == 0 ? null : gazetteer.longestAt(texts, 0);
        return m != null && m.to() == texts.length ? Entity.Label.valueOf(m.label()) : null;
    }

    /** The end of the longest curated name of label {@code label} starting at token {@code from}, or -1. */
    int nameEnd(String[] texts, int from, Entity.Label label) {
        Gazetteer.Match m = gazetteer.longestAt(texts, from);
        return m != null && m.label().equals(label.name()) ? m.to() : -1;
    }

    /** True when the word belongs to a model designation ("Pro", "Ultra", "Buds"; models/entity/model-words.txt). */
    boolean modelWord(String word) {
        return modelWords.contains(word);
    }

    /** True when the curated name is also an ordinary word at a sentence's start ("Nato a Roma nel 1950"). */
    boolean ambiguous(String text) {
        return ambiguous.contains(text);
    }

    /**
     * Longest non-overlapping curated names over a sentence's tokens; a family name takes the model designation
     * that follows it.
     */
    public List<Found> find(List<Token> tokens) {
        String[] texts = new String[tokens.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = tokens.get(i).text();
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < texts.length) {
            Gazetteer.Match m = gazetteer.longestAt(texts, i);
            if (m == null) {
                i++;
                continue;
            }
            int end = m.to();
            if (m.entry().modelNumber()) {
                end = modelEnd(tokens, end);
            }
            out.add(new Found(m.from(), end, Entity.Label.valueOf(m.label()), end > m.to()));
            i = end;
        }
        return out;
    }

    /** Extends a family name over "15 Pro Max", "S23 Ultra", "11", "Z Fold 5": numbers, codes, model words. */
    private int modelEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_MODEL_TOKENS) {
            Token t = tokens.get(end);
            boolean adjacentOk = end == 0 || tokens.get(end - 1).end() < t.start(); // separated by a space
            boolean designation = (t.is(Token.Kind.NUMBER) && t.length() <= 4 && digitsOnly(t.text()))
                    || (t.is(Token.Kind.ALPHANUMERIC) && t.length() <= 6)
                    || modelWords.contains(t.text())
                    || (t.length() == 1 && Character.isUpperCase(t.text().charAt(0)) && end + 1 < tokens.size()
                        && end - from < MAX_MODEL_TOKENS - 1 && isDesignation(tokens.get(end + 1)));
            // "iPhone 15 128GB": a number glued to what follows is a value with its unit, not a model number
            boolean gluedToNext = end + 1 < tokens.size() && tokens.get(end + 1).start() == t.end()
                    && !tokens.get(end + 1).is(Token.Kind.PUNCTUATION);
            if (!designation || !adjacentOk || (t.is(Token.Kind.NUMBER) && gluedToNext)) {
                break;
            }
            end++;
        }
        return end;
    }

    private boolean isDesignation(Token t) {
        return (t.is(Token.Kind.NUMBER) && t.length() <= 4 && digitsOnly(t.text()))
                || t.is(Token.Kind.ALPHANUMERIC) || modelWords.contains(t.text());
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
