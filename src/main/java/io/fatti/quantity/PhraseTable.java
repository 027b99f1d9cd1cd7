package io.fatti.quantity;

import io.fatti.text.Document;
import io.fatti.text.NormalizedText;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short phrases (one or more tokens) mapped to values, matched longest-first over a document's tokens.
 *
 * <p>A phrase is split with the project's {@link Tokenizer}, so it matches the text exactly as the text is
 * tokenized ("Mbit/s" is Mbit, /, s). Tokens written glued in the phrase must be glued in the text; tokens written
 * apart may be glued or apart. Matching ignores case unless the phrase was added as case-sensitive. Immutable once
 * built; a look-up walks at most as many tokens as the longest phrase has.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<Phrase<V>> ends = new ArrayList<>(1);
    }

    private record Phrase<V>(String[] tokens, boolean[] gluedToPrevious, boolean caseSensitive, V value) {
    }

    /** A phrase found at a token: its value and its last token (inclusive). */
    record Match<V>(V value, int firstToken, int lastToken) {
    }

    /**
     * Adds a phrase.
     *
     * @return false when the phrase has no tokens
     */
    boolean add(String phrase, boolean caseSensitive, V value) {
        String text = NormalizedText.of(phrase).text();
        List<Token> tokens = TOKENIZER.tokenize(text);
        if (tokens.isEmpty()) {
            return false;
        }
        String[] forms = new String[tokens.size()];
        boolean[] glued = new boolean[tokens.size()];
        Node<V> node = root;
        for (int k = 0; k < tokens.size(); k++) {
            forms[k] = tokens.get(k).text();
            glued[k] = k > 0 && tokens.get(k - 1).end() == tokens.get(k).start();
            node = node.next.computeIfAbsent(tokens.get(k).lower(), key -> new Node<>());
        }
        node.ends.add(new Phrase<>(forms, glued, caseSensitive, value));
        return true;
    }

    /** The longest phrase starting at token {@code i}, or null. Among equally long ones, the first added wins. */
    Match<V> longest(Document doc, int i) {
        return longest(doc, i, doc.size() - 1);
    }

    /** As {@link #longest(Document, int)}, never going past token {@code limit}. */
    Match<V> longest(Document doc, int i, int limit) {
        Match<V> best = null;
        Node<V> node = root;
        int end = Math.min(limit, doc.size() - 1);
        for (int j = i; j <= end && j >= 0; j++) {
            node = node.next.get(doc.token(j).lower());
            if (node == null) {
                break;
            }
            for (Phrase<V> p : node.ends) {
                if (fits(doc, i, p)) {
                    best = new Match<>(p.value(), i, j);
                    break;
                }
            }
        }
        return best;
    }

    private static <V> boolean fits(Document doc, int i, Phrase<V> p) {
        for (int k = 0; k < p.tokens().length; k++) {
            if (p.caseSensitive() && !doc.token(i + k).text().equals(p.tokens()[k])) {
                return false;
            }
            if (k > 0 && p.gluedToPrevious()[k] && !doc.glued(i + k)) {
                return false;
            }
        }
        return true;
    }
}
