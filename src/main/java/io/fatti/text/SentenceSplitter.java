package io.fatti.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.fatti.lexicon.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Italian sentence splitting: ICU's sentence rules for Italian, then breaks undone after the abbreviations listed
 * in {@code models/text/abbreviations.txt} (sig., dott., S.p.A., ecc.) unless a line break follows. Line breaks end
 * a sentence, so headlines without a full stop stand alone. Thread-safe: each call works on its own iterator.
 */
public final class SentenceSplitter {

    private final BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ITALIAN);
    /** Abbreviations in lower case, with their final dot. */
    private final Set<String> abbreviations = new HashSet<>();

    public SentenceSplitter(List<String> abbreviations) {
        for (String a : abbreviations) {
            this.abbreviations.add(a.toLowerCase(Locale.ROOT));
        }
    }

    /** Loads the abbreviations from the packaged data file. */
    public static SentenceSplitter italian() {
        List<String> abbreviations = new ArrayList<>();
        for (DataFile.Line line : DataFile.read("text/abbreviations.txt")) {
            abbreviations.add(line.field(0));
        }
        return new SentenceSplitter(abbreviations);
    }

    /** Sentence ranges over {@code text}, trimmed of surrounding white space; empty sentences are dropped. */
    public List<int[]> split(String text) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        List<int[]> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s >= e) {
                continue;
            }
            if (!out.isEmpty() && continues(text, out.get(out.size() - 1))) {
                out.get(out.size() - 1)[1] = e;
            } else {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    /** True when the sentence {@code prev} ends in an abbreviation on the same line as what follows. */
    private boolean continues(String text, int[] prev) {
        int end = prev[1];
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        for (int k = end; k < text.length() && Character.isWhitespace(text.charAt(k)); k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return false;
            }
        }
        int wordStart = end;
        while (wordStart > prev[0] && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        return abbreviations.contains(text.substring(wordStart, end).toLowerCase(Locale.ROOT));
    }
}
