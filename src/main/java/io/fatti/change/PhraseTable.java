package io.fatti.change;

import io.fatti.lexicon.DataFile;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases of a data file matched against a document's tokens, longest first. A phrase is compared token by token in
 * lower case, so "a/a" matches "a/a" and "a / a", and "sull'anno" matches "sull'" "anno". Matching never crosses a
 * sentence boundary.
 */
final class PhraseTable<V> {

    /** Longer phrases are not worth supporting and cap the work per token. */
    static final int MAX_TOKENS = 10;

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private record Entry<V>(String[] tokens, V value) {
    }

    /** A phrase found at a token: how many tokens it covers and the value it stands for. */
    record Match<V>(int length, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();

    /** Adds a phrase; duplicates and phrases that are empty or too long are an error naming the data line. */
    void put(String phrase, V value, DataFile.Line line) {
        String[] tokens = tokens(phrase);
        if (tokens.length == 0 || tokens.length > MAX_TOKENS) {
            throw line.error("a phrase must have 1 to " + MAX_TOKENS + " tokens: '" + phrase + "'");
        }
        List<Entry<V>> list = byFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>());
        for (Entry<V> e : list) {
            if (java.util.Arrays.equals(e.tokens(), tokens)) {
                throw line.error("duplicate phrase '" + phrase + "'");
            }
        }
        list.add(new Entry<>(tokens, value));
        list.sort((a, b) -> Integer.compare(b.tokens().length, a.tokens().length));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(Document doc, int i) {
        if (i < 0 || i >= doc.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstToken.get(doc.token(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (matches(doc, i, e.tokens())) {
                return new Match<>(e.tokens().length, e.value());
            }
        }
        return null;
    }

    boolean has(Document doc, int i) {
        return at(doc, i) != null;
    }

    private static boolean matches(Document doc, int i, String[] tokens) {
        if (i + tokens.length > doc.size()) {
            return false;
        }
        for (int k = 1; k < tokens.length; k++) {
            Token t = doc.token(i + k);
            if (!t.lower().equals(tokens[k]) || !doc.sameSentence(i, i + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a phrase as the document tokenizer would: words separated by spaces, each word tokenized, except that a
     * word ending in an elision apostrophe ("dell'", "d'") stays one token as it does before a following word.
     */
    static String[] tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.strip().toLowerCase(Locale.ROOT).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.endsWith("'") && word.chars().limit(word.length() - 1L).allMatch(Character::isLetter)) {
                out.add(word);
                continue;
            }
            for (Token t : TOKENIZER.tokenize(word)) {
                out.add(t.lower());
            }
        }
        return out.toArray(new String[0]);
    }
}
