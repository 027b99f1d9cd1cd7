package io.fatti.pipeline;

import io.fatti.core.Span;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the stages have found so far in one document. A stage that adds a mention over tokens claims them, so later
 * stages (which have lower precedence) leave them alone: entities first ("iPhone 15" is a product, not a count),
 * then dates ("22 novembre 2021" holds no count), then values. Not thread-safe; one per extraction.
 *
 * <p>A stage may add a <em>weak</em> reading ({@link #addWeak}), as Duckling marks a token {@code latent}: the time
 * stage reads "dal 3 al 5" as days, but nothing in it names a month, so a value stage that reads the same tokens
 * as a value ("dal 3 al 5%") may take them and remove the weak reading. A weak reading claims its tokens like any
 * other; the later stages decide, in one place ({@code io.fatti.number.ValueClaims}), when they take them.
 */
public final class Annotations {

    private final List<Mention> mentions = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final BitSet claimed = new BitSet();
    private final List<String> problems = new ArrayList<>();
    /** The weak readings still present, by identity, with the tokens they cover; in the order they were added. */
    private final Map<Mention, Weak> weak = new java.util.IdentityHashMap<>();
    private final List<Weak> weakInOrder = new ArrayList<>();

    /** A weak reading and the tokens it covers ({@code fromToken}..{@code toToken}, inclusive). */
    public record Weak(Mention mention, int fromToken, int toToken) {
    }

    /** Adds a mention covering tokens {@code from}..{@code to} (inclusive) and claims those tokens. */
    public void add(Mention m, int fromToken, int toToken) {
        mentions.add(m);
        claimed.set(fromToken, toToken + 1);
    }

    /**
     * Adds a weak reading over tokens {@code from}..{@code to} (inclusive): it claims them like {@link #add}, but a
     * later stage that reads a value over them may take them and remove it (see the class comment).
     */
    public void addWeak(Mention m, int fromToken, int toToken) {
        add(m, fromToken, toToken);
        Weak w = new Weak(m, fromToken, toToken);
        weak.put(m, w);
        weakInOrder.add(w);
    }

    /** True when {@code m} (this very mention) was added as a weak reading and is still present. */
    public boolean isWeak(Mention m) {
        return weak.containsKey(m);
    }

    /** The weak readings still present, in the order they were added. */
    public List<Weak> weakReadings() {
        if (weakInOrder.size() != weak.size()) {
            weakInOrder.removeIf(w -> !weak.containsKey(w.mention()));
        }
        return Collections.unmodifiableList(new ArrayList<>(weakInOrder));
    }

    /** Adds a mention without claiming tokens. */
    public void add(Mention m) {
        mentions.add(m);
    }

    /** True when token {@code i} belongs to a mention an earlier stage made. */
    public boolean isClaimed(int i) {
        return claimed.get(i);
    }

    /** True when any token in {@code from}..{@code to} (inclusive) is claimed. */
    public boolean anyClaimed(int from, int to) {
        int next = claimed.nextSetBit(from);
        return next >= 0 && next <= to;
    }

    public void claim(int fromToken, int toToken) {
        claimed.set(fromToken, toToken + 1);
    }

    /** Replaces a mention with a refined copy (for example the same value with its change attached). */
    public void replace(Mention old, Mention refined) {
        int i = mentions.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("not a mention of this document: " + old);
        }
        mentions.set(i, refined);
        weak.remove(old);
    }

    /**
     * Replaces many mentions with refined copies in one pass over the list (a refinement stage that touches many
     * values would be quadratic with {@link #replace}); mentions not in the map are kept as they are.
     */
    public void replaceAll(Map<? extends Mention, ? extends Mention> refined) {
        if (refined.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention r = refined.get(mentions.get(i));
            if (r != null) {
                weak.remove(mentions.get(i));
                mentions.set(i, r);
            }
        }
    }

    public void remove(Mention m) {
        if (mentions.remove(m)) {
            weak.remove(m);
        }
    }

    /** Removes these mentions (by identity) in one pass: linear, where removing them one by one would not be. */
    public void removeAll(java.util.Collection<? extends Mention> gone) {
        if (gone.isEmpty()) {
            return;
        }
        java.util.Set<Mention> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(gone);
        mentions.removeIf(set::contains);
        for (Mention m : gone) {
            weak.remove(m);
        }
    }

    /** Mentions in the order they were added. */
    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /** Mentions of one type, in the order they were added. */
    public <T extends Mention> List<T> mentions(Class<T> type) {
        return Mention.ofType(mentions, type);
    }

    public void addFact(Fact f) {
        facts.add(f);
    }

    public List<Fact> facts() {
        return Collections.unmodifiableList(facts);
    }

    /** Records something that went wrong without stopping the extraction. */
    public void problem(String message) {
        problems.add(message);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * The final mention list: no two mentions overlap (the earlier-added mention wins),
     * sorted by start offset.
     */
    public List<Mention> resolved() {
        KeptSpans kept = new KeptSpans(mentions.size());
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Span s = m.span();
            if (!kept.clashes(s)) {
                kept.put(s);
                out.add(m);
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * The spans kept so far, keyed by start in sorted arrays (a map from start to span, as a TreeMap would be, but
     * without boxing every start: this runs once per article over every mention).
     */
    private static final class KeptSpans {
        private int[] starts;
        private Span[] spans;
        private int size;

        KeptSpans(int capacity) {
            starts = new int[Math.max(4, capacity)];
            spans = new Span[starts.length];
        }

        /** True when {@code s} overlaps the kept span starting last at or before it, or first at or after it. */
        boolean clashes(Span s) {
            int i = java.util.Arrays.binarySearch(starts, 0, size, s.start());
            if (i >= 0) {
                return overlaps(spans[i], s);
            }
            int at = -i - 1;
            return (at > 0 && overlaps(spans[at - 1], s)) || (at < size && overlaps(spans[at], s));
        }

        /** Keeps {@code s}, replacing a kept span with the same start. */
        void put(Span s) {
            int i = java.util.Arrays.binarySearch(starts, 0, size, s.start());
            if (i >= 0) {
                spans[i] = s;
                return;
            }
            int at = -i - 1;
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                spans = java.util.Arrays.copyOf(spans, size * 2);
            }
            System.arraycopy(starts, at, starts, at + 1, size - at);
            System.arraycopy(spans, at, spans, at + 1, size - at);
            starts[at] = s.start();
            spans[at] = s;
            size++;
        }
    }

    private static boolean overlaps(Span a, Span b) {
        return a.intersects(b) || (a.isEmpty() && b.isEmpty() && a.start() == b.start());
    }
}
