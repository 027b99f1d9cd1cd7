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
    private static final Map<String, String> ARTICLE = articles();

    private ItalianPrepositions() {
    }

    /** The bare preposition for an articulated (or bare) preposition, or null. */
    static String bare(String lower) {
        return BARE.get(lower);
    }

    /**
     * The definite article in a word, alone or fused in a preposition ("la", "nella", "sulla" → "la"; "dell'" →
     * "l'"), "un" for an indefinite one, or null. Italian puts articles before countries and companies, rarely
     * before cities.
     */
    static String article(String lower) {
        return ARTICLE.get(lower);
    }

    private static Map<String, String> articles() {
        Map<String, String> m = new java.util.HashMap<>();
        String[][] fused = {{"l", "il"}, {"llo", "lo"}, {"lla", "la"}, {"i", "i"}, {"gli", "gli"}, {"lle", "le"},
            {"ll'", "l'"}};
        for (String stem : new String[] {"de", "a", "da", "ne", "su"}) {
            for (String[] f : fused) {
                m.put(stem + f[0], f[1]);
            }
        }
        for (String a : new String[] {"il", "lo", "la", "l'", "i", "gli", "le"}) {
            m.put(a, a);
        }
        for (String a : new String[] {"un", "uno", "una", "un'"}) {
            m.put(a, "un");
        }
        m.put("col", "il");
        m.put("coi", "i");
        return Map.copyOf(m);
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
