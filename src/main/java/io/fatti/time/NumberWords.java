package io.fatti.time;

import io.fatti.lexicon.DataFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a number written as one Italian word ("millenovecentonovantanove" = 1999, "duemiladiciotto" = 2018,
 * "settanta" = 70) from the parts listed in {@code models/time/number-words.tsv}. Immutable.
 */
final class NumberWords {

    enum Kind { THOUSAND, HUNDRED, TEN, UNIT, ELIDING }

    private final Map<Kind, Map<String, Integer>> parts = new java.util.EnumMap<>(Kind.class);
    private final String[] thousands;

    /** The first letters of the thousands: a cheap test before {@link #startsWithThousand}'s loop. */
    private final String thousandStarts;

    NumberWords(DataFile file) {
        for (Kind k : Kind.values()) {
            parts.put(k, new LinkedHashMap<>());
        }
        for (DataFile.Line l : file) {
            Kind k = l.enumField(1, Kind.class);
            int v;
            try {
                v = Integer.parseInt(l.field(2));
            } catch (NumberFormatException e) {
                throw l.error("expected a number, found '" + l.field(2) + "'");
            }
            parts.get(k).put(l.field(0), v);
        }
        thousands = parts.get(Kind.THOUSAND).keySet().toArray(new String[0]);
        StringBuilder starts = new StringBuilder();
        for (String p : thousands) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("number-words: an empty THOUSAND part");
            }
            starts.append(p.charAt(0));
        }
        thousandStarts = starts.toString();
    }

    /** The value of the whole word, or -1 when it is not a number word. */
    int value(String word) {
        int[] pos = {0};
        int v = 0;
        v += prefix(word, pos, Kind.THOUSAND);
        v += prefix(word, pos, Kind.HUNDRED);
        if (pos[0] == word.length()) {
            return v > 0 ? v : -1;
        }
        int below = belowHundred(word.substring(pos[0]));
        return below < 0 ? -1 : v + below;
    }

    /** True when the word has a thousand part: it can be a year. Called on every word of a text, so no iterator. */
    boolean startsWithThousand(String word) {
        if (word.isEmpty() || thousandStarts.indexOf(word.charAt(0)) < 0) {
            return false;
        }
        for (String p : thousands) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private int prefix(String word, int[] pos, Kind kind) {
        int best = 0;
        String found = null;
        for (Map.Entry<String, Integer> e : parts.get(kind).entrySet()) {
            if (word.startsWith(e.getKey(), pos[0]) && (found == null || e.getKey().length() > found.length())) {
                found = e.getKey();
                best = e.getValue();
            }
        }
        if (found != null) {
            pos[0] += found.length();
        }
        return best;
    }

    private int belowHundred(String rest) {
        Integer unit = parts.get(Kind.UNIT).get(rest);
        if (unit != null) {
            return unit;
        }
        for (Map.Entry<String, Integer> ten : parts.get(Kind.TEN).entrySet()) {
            String t = ten.getKey();
            if (rest.equals(t)) {
                return ten.getValue();
            }
            String tail = null;
            if (rest.startsWith(t)) {
                tail = rest.substring(t.length());
            } else if (rest.startsWith(t.substring(0, t.length() - 1))) {
                tail = rest.substring(t.length() - 1); // "vent" + "uno", "trent" + "otto"
                if (!parts.get(Kind.ELIDING).containsKey(tail)) {
                    tail = null;
                }
            }
            if (tail != null) {
                Integer u = parts.get(Kind.UNIT).get(tail);
                if (u != null && u < 10) {
                    return ten.getValue() + u;
                }
            }
        }
        return -1;
    }
}
