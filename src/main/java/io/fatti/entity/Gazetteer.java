package io.fatti.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * A list of names, each a sequence of tokens with a label, matched against a tokenized sentence: at each position the
 * longest name wins, and matches do not overlap. Tokens are compared exactly (names are case-sensitive: "Apple" the
 * company, not "apple" the fruit), or after lower-casing when the gazetteer is built to ignore case. Immutable once
 * built by {@link Builder}; safe to share between threads.
 */
public final class Gazetteer {

    /** One name found in a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(int from, int to, String label, Entry entry) {
        public int length() {
            return to - from;
        }
    }

    /** One name of the list, with what the data file said about it. */
    public record Entry(String label, List<String> tokens, String source, boolean modelNumber) {
    }

    /** Joins tokens into one map key; the separator never occurs inside a token. */
    private static final char SEP = '\u0001';

    /** Whole names, by their joined tokens. */
    private final Map<String, Entry> names;
    /** Every proper prefix of a name (joined tokens), so a scan stops as soon as no name can continue. */
    private final Set<String> prefixes;

    private Gazetteer(Map<String, Entry> names, Set<String> prefixes) {
        this.names = names;
        this.prefixes = prefixes;
    }

    public int size() {
        return names.size();
    }

    /** Longest, left-to-right, non-overlapping matches over {@code tokens}. */
    public List<Match> find(String[] tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }

    /** The one-token name {@code token}, or null: what {@link #longestAt} finds over that token alone. */
    public Entry single(String token) {
        return names.get(token);
    }

    /** True when a name of this list is, or starts with, {@code token}. */
    public boolean mayStart(String token) {
        return names.containsKey(token) || prefixes.contains(token);
    }

    /** The longest name starting at token {@code start}, or null. */
    public Match longestAt(String[] tokens, int start) {
        Match best = null;
        StringBuilder key = null; // built only for names of two or more tokens (most positions start none)
        for (int j = start; j < tokens.length; j++) {
            String k;
            if (j == start) {
                k = tokens[j];
            } else {
                if (key == null) {
                    key = new StringBuilder(tokens[start]);
                }
                key.append(SEP).append(tokens[j]);
                k = key.toString();
            }
            Entry e = names.get(k);
            if (e != null) {
                best = new Match(start, j + 1, e.label(), e);
            }
            if (!prefixes.contains(k)) {
                break;
            }
        }
        return best;
    }

    /** Collects names; a later name with the same tokens replaces the earlier one. */
    public static final class Builder {
        private final Map<String, Entry> names = new HashMap<>();
        private final Set<String> prefixes = new HashSet<>();

        public Builder add(Entry e) {
            if (e.tokens().isEmpty()) {
                throw new IllegalArgumentException("a name needs at least one token");
            }
            StringBuilder key = new StringBuilder();
            List<String> tokens = e.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) {
                    prefixes.add(key.toString());
                    key.append(SEP);
                }
                key.append(tokens.get(i));
            }
            names.put(key.toString(), e);
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(names, prefixes); // never changed after this: the builder is discarded
        }
    }

    /**
     * Splits a name as the tokenizers do: at spaces, after an elision apostrophe ("dell'Aquila" → "dell'",
     * "Aquila"), and around commas, brackets and quotes. A stray apostrophe token ("dell ' Aquila" in some
     * lists) is glued back onto the word before it.
     */
    public static List<String> tokenize(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                flush(cur, out);
            } else if (c == '\'' || c == '\u2019') {
                if (cur.length() == 0 && !out.isEmpty() && Character.isLetter(last(out))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "'");
                } else {
                    cur.append('\'');
                    flush(cur, out);
                }
            } else if (c == ',' || c == '(' || c == ')' || c == '"' || c == '«' || c == '»') {
                flush(cur, out);
                out.add(String.valueOf(c));
            } else {
                cur.append(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static char last(List<String> out) {
        String s = out.get(out.size() - 1);
        return s.charAt(s.length() - 1);
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
