package io.fatti.number;

import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-token phrases ("più di", "dollari australiani", "per cento") mapped to values, matched token by token
 * against tokenized text, longest phrase first. Forms are tokenized with the same {@link Tokenizer} as the text,
 * so "US$" and "us $" are the same phrase. Immutable once built.
 *
 * @param <V> what a phrase means
 */
public final class PhraseLexicon<V> {

    /** A phrase found in the text: tokens {@code first}..{@code last} inclusive. */
    public record Match<V>(int first, int last, V value) {
    }

    private record Entry<V>(String[] tokens, boolean exact, V value) {
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();

    /** Adds a phrase; {@code exact} phrases must match case too ("EUR" but not "eur"). */
    public void add(String form, boolean exact, V value) {
        List<Token> toks = TOKENIZER.tokenize(form);
        if (toks.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        String[] keys = new String[toks.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = exact ? toks.get(i).text() : toks.get(i).lower();
        }
        Entry<V> e = new Entry<>(keys, exact, value);
        insert(byFirst, keys[0].toLowerCase(Locale.ROOT), e);
        insert(byLast, keys[keys.length - 1].toLowerCase(Locale.ROOT), e);
    }

    private static <V> void insert(Map<String, List<Entry<V>>> map, String key, Entry<V> e) {
        List<Entry<V>> l = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        l.add(e);
        l.sort((a, b) -> b.tokens().length - a.tokens().length);
    }

    /** True when some phrase may start with this token (a cheap test before {@link #startingAt}). */
    public boolean mayStartWith(Token tok) {
        return byFirst.containsKey(tok.lower());
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> startingAt(List<Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirst.get(t.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int n = e.tokens().length;
            if (i + n <= t.size() && matches(e, t, i)) {
                return new Match<>(i, i + n - 1, e.value());
            }
        }
        return null;
    }

    /** The longest phrase ending at token {@code j}, or null. */
    public Match<V> endingAt(List<Token> t, int j) {
        if (j < 0 || j >= t.size()) {
            return null;
        }
        List<Entry<V>> candidates = byLast.get(t.get(j).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int start = j - e.tokens().length + 1;
            if (start >= 0 && matches(e, t, start)) {
                return new Match<>(start, j, e.value());
            }
        }
        return null;
    }

    private static <V> boolean matches(Entry<V> e, List<Token> t, int start) {
        String[] keys = e.tokens();
        for (int k = 0; k < keys.length; k++) {
            Token tok = t.get(start + k);
            if (!(e.exact() ? tok.text().equals(keys[k]) : tok.lower().equals(keys[k]))) {
                return false;
            }
        }
        return true;
    }
}
