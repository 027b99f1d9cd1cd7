package io.fatti.pipeline;

import io.fatti.core.Span;
import io.fatti.mention.Fact;
import io.fatti.mention.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the stages have found so far in one document. A stage that adds a mention over tokens claims them, so later
 * stages (which have lower precedence) leave them alone: entities first ("iPhone 15" is a product, not a count),
 * then dates ("22 novembre 2021" holds no count), then values. Not thread-safe; one per extraction.
 */
public final class Annotations {

    private final List<Mention> mentions = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final BitSet claimed = new BitSet();
    private final List<String> problems = new ArrayList<>();

    /** Adds a mention covering tokens {@code from}..{@code to} (inclusive) and claims those tokens. */
    public void add(Mention m, int fromToken, int toToken) {
        mentions.add(m);
        claimed.set(fromToken, toToken + 1);
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
                mentions.set(i, r);
            }
        }
    }

    public void remove(Mention m) {
        mentions.remove(m);
    }

    /** Removes these mentions (by identity) in one pass: linear, where removing them one by one would not be. */
    public void removeAll(java.util.Collection<? extends Mention> gone) {
        if (gone.isEmpty()) {
            return;
        }
        java.util.Set<Mention> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(gone);
        mentions.removeIf(set::contains);
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
        TreeMap<Integer, Span> kept = new TreeMap<>();
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Span s = m.span();
            Map.Entry<Integer, Span> before = kept.floorEntry(s.start());
            Map.Entry<Integer, Span> after = kept.ceilingEntry(s.start());
            boolean clash = (before != null && overlaps(before.getValue(), s))
                    || (after != null && overlaps(after.getValue(), s));
            if (!clash) {
                kept.put(s.start(), s);
                out.add(m);
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.intersects(b) || (a.isEmpty() && b.isEmpty() && a.start() == b.start());
    }
}
