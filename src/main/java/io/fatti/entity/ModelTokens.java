package io.fatti.entity;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline's tokens regrouped as the name model's training corpus (KIND) writes them. The pipeline splits
 * "Berners-Lee", "COVID-19", "J.H.", "Scambioetico.org" and "25mila" into pieces so the value stages can read them;
 * the model was trained on them as single words, and fed the pieces it mislabels or cuts the names ("Berners" +
 * "Lee", "al" + "-Maliki"). A model token is a run of glued pipeline tokens joined by a hyphen, an ampersand or a
 * dot between letters, glued letters and digits, or an initial or abbreviation with its dot ("W.", "St.", "Inc.").
 *
 * <p>Also says where a sentence break is not one for names: the sentence splitter ends a sentence after "George
 * W." and "J.H.", which cuts the name in two.
 */
final class ModelTokens {

    /** Abbreviations that keep their dot, from the sentence splitter's own list ("dott.", "St.", "Inc."). */
    private final Set<String> abbreviations;

    private ModelTokens(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    static ModelTokens load() {
        Set<String> out = new HashSet<>();
        try {
            for (DataFile.Line l : DataFile.read("text/abbreviations.txt")) {
                String a = l.field(0);
                if (a.endsWith(".") && a.indexOf('.') == a.length() - 1 && a.length() > 1) {
                    String word = a.substring(0, a.length() - 1);
                    out.add(word); // "dott." is one word in the corpus
                    out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
            }
        } catch (ModelDataException e) {
            // no abbreviation list on the classpath: initials still keep their dot
        }
        return new ModelTokens(Set.copyOf(out));
    }

    /** Model tokens of document tokens {@code from}..{@code to} (exclusive). */
    Grouping group(Document doc, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            int j = i + 1;
            while (j < to) {
                int take = joins(doc, i, j, to);
                if (take == 0) {
                    break;
                }
                j += take;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        String[] texts = new String[runs.size()];
        String text = doc.text();
        for (int k = 0; k < texts.length; k++) {
            int[] r = runs.get(k);
            texts[k] = text.substring(doc.token(r[0]).start(), doc.token(r[1] - 1).end());
        }
        return new Grouping(runs, texts);
    }

    /** How many more document tokens the model token started at {@code first} takes at {@code j} (0: none). */
    private int joins(Document doc, int first, int j, int to) {
        if (!doc.glued(j)) {
            return 0;
        }
        Token prev = doc.token(j - 1);
        Token t = doc.token(j);
        if (prev.text().endsWith("'")) {
            // "dell'" + "università": the corpus splits after an elision too; not "Gourmet'" + "s"
            return t.text().equals("s") && prev.length() > 2 ? 1 : 0;
        }
        if (wordLike(prev) && wordLike(t)) {
            return 1; // "25mila", "5G": one written word
        }
        boolean nextGlued = j + 1 < to && doc.glued(j + 1) && wordLike(doc.token(j + 1));
        if (wordLike(prev) && (t.is("-") || t.is("&") || t.is("‐")) && nextGlued) {
            return 2; // "Berners-Lee", "COVID-19", "AT&T"
        }
        if (t.is(".") && wordLike(prev)) {
            if (nextGlued && doc.token(j + 1).is(Token.Kind.WORD)) {
                return 2; // "J.H", "Scambioetico.org"
            }
            boolean initial = prev.length() == 1 && Character.isUpperCase(prev.text().charAt(0));
            boolean dotted = j - 2 > first && doc.token(j - 2).is("."); // "J.H" + "."
            if (initial || dotted || abbreviations.contains(prev.text())) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean wordLike(Token t) {
        return t.is(Token.Kind.WORD) || t.is(Token.Kind.ALPHANUMERIC) || t.is(Token.Kind.NUMBER);
    }

    /**
     * True when the sentence break before document token {@code i} follows an initial or a capitalised
     * abbreviation with its dot and a capitalised word starts the next sentence on the same line ("George W. |
     * Bush", "J.H. | Newman"): the name model reads both as one piece.
     */
    boolean initialBreak(Document doc, int i) {
        if (i < 2 || i >= doc.size() || !doc.token(i - 1).is(".") || !doc.glued(i - 1)) {
            return false;
        }
        Token before = doc.token(i - 2);
        Token next = doc.token(i);
        if (next.text().isEmpty() || !Character.isUpperCase(next.text().charAt(0))) {
            return false;
        }
        if (doc.text().substring(doc.token(i - 1).end(), next.start()).indexOf('\n') >= 0) {
            return false;
        }
        return before.length() == 1 && Character.isUpperCase(before.text().charAt(0))
                || abbreviations.contains(before.text());
    }

    /** Model tokens over a piece: {@code runs[k]} = {first, end} document tokens of model token {@code k}. */
    record Grouping(List<int[]> runs, String[] texts) {

        /** The document tokens {from, to} (exclusive) under model tokens {@code a}..{@code b} (exclusive). */
        int[] documentRange(int a, int b) {
            return new int[] {runs.get(a)[0], runs.get(b - 1)[1]};
        }
    }
}
