package io.fatti.entity;

import java.util.Map;

/**
 * Italian articulated prepositions and their bare preposition ("nel" → "in", "dell'" → "di", "sulla" → "su").
 * Splitting them is how Italian NER pipelines share evidence between "in Italia" and "nell'Italia"; here the bare
 * form becomes an extra feature instead, so the tokens stay as given. Grammar facts, kept in code because they are
 * closed-class and fixed.
 */
final class ItalianPrepositions {

    private static final Map<String, String> BARE = build();

    private ItalianPrepositions() {
    }

    /** The bare preposition for an articulated (or bare) preposition, or null. */
    static String bare(String lower) {
        return BARE.get(lower);
    }

    private static Map<String, String> build() {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] stems = {{"di", "de"}, {"a", "a"}, {"da", "da"}, {"in", "ne"}, {"su", "su"}};
        for (String[] s : stems) {
            m.put(s[0], s[0]);
            for (String a : new String[] {"l", "llo", "lla", "i", "gli", "lle", "ll'"}) {
                m.put(s[1] + a, s[0]);
            }
        }
        m.put("agli", "a");
        m.put("ai", "a");
        m.put("col", "con");
        m.put("coi", "con");
        m.put("con", "con");
        m.put("per", "per");
        m.put("tra", "tra");
        m.put("fra", "tra");
        m.put("d'", "di");
        return Map.copyOf(m);
    }
}
