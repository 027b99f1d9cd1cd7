package io.fatti.time;

import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed phrases of one or more tokens ("l'altro ieri", "festa della mamma") mapped to a value; matching is by
 * lower-cased token text and returns the longest phrase starting at a token. Immutable once built.
 */
final class PhraseTable<V> {

    /** A phrase found in a document: tokens {@code start..end} inclusive. */
    record Hit<V>(int end, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /** Adds a phrase, split into tokens exactly as documents are. */
    void add(String phrase, V value) {
        List<String> list = new ArrayList<>();
        for (String chunk : phrase.strip().split(" +")) {
            List<Token> tokens = TOKENIZER.tokenize(chunk);
            for (Token t : tokens) {
                // A chunk ending in an elision ("quest'") is one token in running text.
                if (t.text().equals("'") && !list.isEmpty() && t.start() > 0) {
                    list.set(list.size() - 1, list.get(list.size() - 1) + "'");
                } else {
                    list.add(t.lower());
                }
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        String[] words = list.toArray(new String[0]);
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        entries.add(new Entry<>(words, value));
        entries.sort((a, b) -> b.words.length - a.words.length);
    }

    /** The first words of the phrases. */
    java.util.Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> match(Document doc, int i) {
        if (i >= doc.size()) {
            return null;
        }
        List<Entry<V>> list = byFirstWord.get(doc.token(i).lower());
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            int n = e.words.length;
            if (i + n > doc.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = doc.token(i + k).lower().equals(e.words[k]);
            }
            if (ok) {
                return new Hit<>(i + n - 1, e.value);
            }
        }
        return null;
    }
}
