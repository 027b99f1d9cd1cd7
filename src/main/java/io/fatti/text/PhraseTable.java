package io.fatti.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more tokens ("più di", "dollari australiani", "l'altro ieri", "a/a") mapped to values and found
 * in a document's tokens, longest phrase first; among equally long phrases the first added wins.
 *
 * <p>A phrase is split as documents are: words at spaces, each word by the {@link Tokenizer}, a word ending in an
 * elision ("dell'", "quest'") staying one token. Tokens match by lower case, or by exact text for phrases added as
 * case-sensitive ("EUR" but not "eur"). Two options, fixed at construction, narrow the match:
 * {@link Option#GLUED_AS_WRITTEN} (tokens written glued in the phrase, like "Mbit/s", must be glued in the text)
 * and {@link Option#WITHIN_SENTENCE} (a match never crosses a sentence boundary).
 *
 * <p>A look-up costs at most the total length of the phrases sharing its first (or last) token, whatever the
 * text. Not thread-safe while phrases are added; immutable and safe to share once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    public enum Option {
        GLUED_AS_WRITTEN, WITHIN_SENTENCE
    }

    /** A phrase found in a document: tokens {@code first}..{@code last} inclusive, and its value. */
    public record Match<V>(int first, int last, V value) {
        public int length() {
            return last - first + 1;
        }
    }

    private record Phrase<V>(String[] tokens, boolean[] glued, boolean caseSensitive, V value) {
        boolean sameAs(Phrase<V> p) {
            return caseSensitive == p.caseSensitive && Arrays.equals(tokens, p.tokens)
                    && Arrays.equals(glued, p.glued);
        }
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final boolean gluedAsWritten;
    private final boolean withinSentence;
    private final Map<String, List<Phrase<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Phrase<V>>> byLast = new HashMap<>();

    public PhraseTable(Option... options) {
        List<Option> o = Arrays.asList(options);
        this.gluedAsWritten = o.contains(Option.GLUED_AS_WRITTEN);
        this.withinSentence = o.contains(Option.WITHIN_SENTENCE);
    }

    /** Adds a phrase matched in any letter case; see {@link #add(String, boolean, Object)}. */
    public boolean add(String phrase, V value) {
        return add(phrase, false, value);
    }

    /**
     * Adds a phrase.
     *
     * @return false, adding nothing, when the phrase has no tokens or is already in the table
     */
    public boolean add(String phrase, boolean caseSensitive, V value) {
        List<Token> tokens = tokens(phrase);
        if (tokens.isEmpty()) {
            return false;
        }
        String[] forms = new String[tokens.size()];
        boolean[] glued = new boolean[forms.length];
        for (int k = 0; k < forms.length; k++) {
            forms[k] = caseSensitive ? tokens.get(k).text() : tokens.get(k).lower();
            glued[k] = gluedAsWritten && k > 0 && tokens.get(k - 1).end() == tokens.get(k).start();
        }
        Phrase<V> p = new Phrase<>(forms, glued, caseSensitive, value);
        List<Phrase<V>> same = byFirst.getOrDefault(tokens.get(0).lower(), List.of());
        if (same.stream().anyMatch(p::sameAs)) {
            return false;
        }
        insert(byFirst, tokens.get(0).lower(), p);
        insert(byLast, tokens.get(forms.length - 1).lower(), p);
        return true;
    }

    private static <V> void insert(Map<String, List<Phrase<V>>> map, String key, Phrase<V> p) {
        List<Phrase<V>> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        list.add(p);
        list.sort((a, b) -> b.tokens().length - a.tokens().length); // stable: first added wins a tie
    }

    /** True when some phrase may start with this token (a cheap test before {@link #startingAt}). */
    public boolean mayStartWith(Token tok) {
        return byFirst.containsKey(tok.lower());
    }

    /** The lower-cased first tokens of the phrases. */
    public Set<String> firstWords() {
        return Collections.unmodifiableSet(byFirst.keySet());
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> startingAt(Document doc, int i) {
        return startingAt(doc, i, doc.size() - 1);
    }

    /** True when some phrase starts at token {@code i}. */
    public boolean has(Document doc, int i) {
        return startingAt(doc, i) != null;
    }

    /** As {@link #startingAt(Document, int)}, never going past token {@code last}. */
    public Match<V> startingAt(Document doc, int i, int last) {
        if (i < 0 || i >= doc.size()) {
            return null;
        }
        // Indexed loops, no iterator: this runs at nearly every token of every article, and on most tokens finds
        // nothing; an iterator per call was a fifth of all the pipeline's allocation.
        List<Phrase<V>> candidates = byFirst.get(doc.token(i).lower());
        if (candidates == null) {
            return null;
        }
        for (int k = 0; k < candidates.size(); k++) {
            Phrase<V> p = candidates.get(k);
            int end = i + p.tokens().length - 1;
            if (end <= last && matches(doc, p, i)) {
                return new Match<>(i, end, p.value());
            }
        }
        return null;
    }

    /** The longest phrase ending at token {@code j}, or null. */
    public Match<V> endingAt(Document doc, int j) {
        if (j < 0 || j >= doc.size()) {
            return null;
        }
        List<Phrase<V>> candidates = byLast.get(doc.token(j).lower());
        if (candidates == null) {
            return null;
        }
        for (int k = 0; k < candidates.size(); k++) {
            Phrase<V> p = candidates.get(k);
            int start = j - p.tokens().length + 1;
            if (start >= 0 && matches(doc, p, start)) {
                return new Match<>(start, j, p.value());
            }
        }
        return null;
    }

    private boolean matches(Document doc, Phrase<V> p, int start) {
        if (start + p.tokens().length > doc.size()) {
            return false;
        }
        String[] forms = p.tokens();
        boolean[] glued = p.glued();
        for (int k = 0; k < forms.length; k++) {
            Token t = doc.token(start + k);
            if (!(p.caseSensitive() ? t.text() : t.lower()).equals(forms[k])
                    || (glued[k] && !doc.glued(start + k))
                    || (withinSentence && !doc.sameSentence(start, start + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a phrase as a document's text is split: normalised, words at spaces, each word tokenized, an elision
     * at the end of a word ("dell'") kept as one token as it is before a following word.
     */
    public static List<Token> tokens(String phrase) {
        List<Token> out = new ArrayList<>();
        String text = NormalizedText.of(phrase).text();
        int from = 0;
        for (String word : text.split(" ", -1)) {
            for (Token t : TOKENIZER.tokenize(word)) {
                Token at = new Token(from + t.start(), from + t.end(), t.text(), t.kind());
                Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (t.text().equals("'") && prev != null && prev.end() == at.start() && prev.is(Token.Kind.WORD)
                        && !prev.text().endsWith("'")) {
                    out.set(out.size() - 1, new Token(prev.start(), at.end(), prev.text() + "'", Token.Kind.WORD));
                } else {
                    out.add(at);
                }
            }
            from += word.length() + 1;
        }
        return out;
    }
}
