package io.fatti.text;

import com.ibm.icu.text.Normalizer2;
import io.fatti.core.Span;

/**
 * The article text as the extractors read it, with a map back to the original.
 *
 * <p>Normalisation: Unicode NFC (ICU); typographic apostrophes and quotes to {@code '} and {@code "}; no-break,
 * narrow and thin spaces to a plain space; dashes and the minus sign to {@code -}; tabs and other control characters
 * to a space. Most of these are one char for one char; NFC may merge several chars into one, which is why the
 * offsets are kept in a map rather than assumed equal.
 */
public final class NormalizedText {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final String original;
    private final String text;
    /** toOriginal[i] = offset in the original of normalised char i; one extra entry for the end. Null = identity. */
    private final int[] toOriginal;

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        if (original == null) {
            throw new IllegalArgumentException("text is null");
        }
        int n = original.length();
        if (NFC.isNormalized(original)) {
            int first = 0;
            while (first < n && fold(original.charAt(first)) == original.charAt(first)) {
                first++;
            }
            if (first == n) {
                return new NormalizedText(original, original, null); // nothing to fold: no copy
            }
            char[] out = original.toCharArray();
            for (int i = first; i < n; i++) {
                out[i] = fold(out[i]);
            }
            return new NormalizedText(original, new String(out), null);
        }
        // Slow path: normalise each segment between NFC boundaries; a segment that changes maps all its chars
        // to the segment's start, an unchanged one maps char for char.
        StringBuilder sb = new StringBuilder(n);
        int[] map = new int[n + 1];
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < n && !NFC.hasBoundaryBefore(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            String segment = original.substring(i, j);
            String norm = NFC.normalize(segment);
            boolean same = norm.equals(segment);
            for (int k = 0; k < norm.length(); k++) {
                map = ensure(map, sb.length() + 1);
                map[sb.length()] = same ? i + k : i;
                sb.append(fold(norm.charAt(k)));
            }
            i = j;
        }
        map = ensure(map, sb.length() + 1);
        map[sb.length()] = n;
        int[] exact = new int[sb.length() + 1];
        System.arraycopy(map, 0, exact, 0, exact.length);
        return new NormalizedText(original, sb.toString(), exact);
    }

    private static int[] ensure(int[] a, int size) {
        if (size <= a.length) {
            return a;
        }
        int[] b = new int[Math.max(size, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** The one-for-one character folding. */
    static char fold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060', '\u02BC':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
                return '"';
            case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u2002', '\u2003', '\u2004', '\u2005',
                 '\u2006', '\u2008', '\u205F', '\u3000', '\t', '\u000B', '\f':
                return ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
                return '-';
            default:
                if (c < 0x20 && c != '\n' && c != '\r') {
                    return ' ';
                }
                return c;
        }
    }

    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Maps a normalised offset back to the original text. */
    public int toOriginal(int offset) {
        return toOriginal == null ? offset : toOriginal[offset];
    }

    /**
     * Maps a normalised range to a span of the original text. The end maps to the start of the char after the
     * range, so a range that ends inside a merged NFC segment still covers the whole segment.
     */
    public Span toOriginal(int start, int end) {
        if (toOriginal == null) {
            return new Span(start, end);
        }
        int s = toOriginal[start];
        int e = end == start ? s : endOf(end);
        return new Span(s, Math.max(s, e));
    }

    private int endOf(int end) {
        // The original end of normalised char end-1 is the original offset of the next distinct mapping.
        int last = toOriginal[end - 1];
        int k = end;
        while (k < toOriginal.length - 1 && toOriginal[k] == last) {
            k++;
        }
        return toOriginal[k];
    }
}
