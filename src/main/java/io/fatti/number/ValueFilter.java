package io.fatti.number;

import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * Decides whether a plain number is a value or part of something else: a name or code ("iPhone 15", "COVID-19",
 * "5G", "il 787", "volo 574"), a year, a date or duration ("22 novembre", "nove mesi"), a clock time ("alle 16").
 * The word lists come from {@code models/number/} through {@link ValueWords}. Immutable.
 */
final class ValueFilter {

    private final ValueWords words;

    ValueFilter(ValueWords words) {
        this.words = words;
    }

    boolean looksLikeYear(Document doc, NumberMatch n) {
        Token tok = doc.token(n.first());
        if (!n.isBareInteger(tok.text()) || tok.length() != 4) {
            return false;
        }
        int v = n.value().intValue();
        return v >= 1900 && v <= 2099;
    }

    /** Whether a plain number (no currency, no percent) ending at token {@code last} is a value. */
    boolean isValue(Document doc, NumberMatch n, int last) {
        return valueBefore(doc, n) && valueAfter(doc, n, last);
    }

    /** What comes before the number does not make it a name, a code or a label. */
    boolean valueBefore(Document doc, NumberMatch n) {
        List<Token> t = doc.tokens();
        int first = n.first();
        Token head = t.get(first);
        boolean bare = !n.scaled() && !n.fraction() && n.first() == n.last();
        Token prev = first > 0 && doc.sameSentence(first - 1, first) ? t.get(first - 1) : null;
        if (n.spelled()) {
            if (n.first() == n.last() && n.rule().equals("number.fraction-half")
                    && (prev == null || !words.feminineDeterminers.contains(prev.lower()))) {
                return false; // "metà" is a value after "la" ("oltre la metà dei casi"), not in "la seconda metà"
            }
            if (Character.isUpperCase(head.text().charAt(0)) && !isSentenceStart(doc, first)) {
                return false; // "i Ventisette": a name
            }
        } else {
            if (prev != null && doc.glued(first)) {
                if (isWordLike(prev) || prev.text().equals("'")) {
                    return false; // "iPhone15", "anni '90"
                }
                if (isJoiner(prev) && first > 1 && doc.glued(first - 1) && isWordLike(t.get(first - 2))) {
                    return false; // "COVID-19", "H.265", "22/11", "15:30"
                }
            }
            if (head.length() > 1 && head.text().charAt(0) == '0' && n.isBareInteger(head.text())) {
                return false; // "001": a serial number
            }
            if (n.isBareInteger(head.text()) && looksLikeYear(doc, n)) {
                return false;
            }
            if (!n.scaled() && n.first() == n.last() && prev != null && isNameLike(doc, first - 1)) {
                return false; // "iPhone 15", "Windows 11", "USB 3.2"
            }
        }
        if (bare && prev != null && n.value().compareTo(BigDecimal.valueOf(24)) <= 0 && !n.spelled()
                && words.clockCues.endingAt(doc, first - 1) != null) {
            int k = n.last() + 1;
            Token after = k < t.size() && doc.sameSentence(first, k) ? t.get(k) : null;
            if (after == null || !after.is(Token.Kind.WORD) || Character.isUpperCase(after.text().charAt(0))
                    || words.ranges.containsKey(after.lower()) || words.singularArticles.contains(after.lower())) {
                return false; // "alle 16", "giovedì alle 16 Terna ha registrato": a clock time
            }
        }
        if (bare && prev != null) {
            if (words.singularArticles.contains(prev.lower()) && n.value().compareTo(BigDecimal.ONE) != 0
                    && !(n.spelled() && afterComparison(doc, first - 1))
                    || (prev.lower().equals("l'") && n.spelled())) {
                return false; // "il 787", "del 737", "l'uno": a name, not a count
            }
            if (words.labelWords.contains(prev.lower()) || words.notCounts.contains(prev.lower())) {
                return false; // "volo 574", "versione 10", "novembre 22"
            }
            if (prev.text().equals(".") && first > 1 && doc.glued(first - 1)
                    && words.labelWords.contains(t.get(first - 2).lower())) {
                return false; // "n. 34", "art. 18"
            }
        }
        return true;
    }

    /**
     * The article at {@code article} belongs to a comparison ("più in alto del dieci", "sopra il venti"): a spelled
     * number after it is compared, not named. Model names are written in digits ("oltre al 737").
     */
    private boolean afterComparison(Document doc, int article) {
        return words.qualifiers.endingAt(doc, article) != null
                || (article > 0 && words.qualifiers.endingAt(doc, article - 1) != null);
    }

    /** What comes after the number does not make it a code, a measure, a date or a duration. */
    boolean valueAfter(Document doc, NumberMatch n, int last) {
        List<Token> t = doc.tokens();
        if (n.spelled() && n.first() == n.last() && n.value().compareTo(BigDecimal.ONE) == 0
                && !endsPhrase(doc, last)) {
            return false; // the article "un", "una", "uno": a number only when no noun follows ("ne ho uno.")
        }
        int k = last + 1;
        if (k < t.size()) {
            Token next = t.get(k);
            if (doc.glued(k) && isWordLike(next)) {
                return false; // "5G", "6E", "180ml": a code or a measure, not a bare number
            }
            if (!n.scaled() && n.first() == last && words.modelSuffixes.contains(next.text())) {
                return false; // "Xiaomi 14 Ultra", "iPhone 15 Pro"
            }
            if (doc.glued(k) && isJoiner(next) && k + 1 < t.size() && doc.glued(k + 1)
                    && isWordLike(t.get(k + 1))) {
                return false; // "22/11/2021", "15:30", "192.168"
            }
            if (!n.scaled() && words.notCounts.contains(next.lower())) {
                return false; // "22 novembre", "nove mesi": the temporal stage's
            }
        }
        return true;
    }

    /** True when nothing but punctuation or the end of the sentence follows token {@code last}. */
    static boolean endsPhrase(Document doc, int last) {
        int k = last + 1;
        if (k >= doc.size() || !doc.sameSentence(last, k)) {
            return true;
        }
        String s = doc.token(k).text();
        if (s.equals("'") && doc.glued(k)) {
            return endsPhrase(doc, k); // "un'" written alone
        }
        return s.equals(".") || s.equals(",") || s.equals(";") || s.equals(":") || s.equals("!") || s.equals("?")
                || s.equals(")");
    }

    static boolean isJoiner(Token tok) {
        String s = tok.text();
        return s.equals("-") || s.equals(".") || s.equals("/") || s.equals(":") || s.equals("_");
    }

    static boolean isWordLike(Token tok) {
        return tok.is(Token.Kind.WORD) || tok.is(Token.Kind.ALPHANUMERIC) || tok.is(Token.Kind.NUMBER);
    }

    /**
     * A mixed-case word, a capitalised word inside a sentence, an all-capitals word or a code: "iPhone", "Windows",
     * "USB", "S23". A capitalised first word of a sentence ("Oltre", "Circa") is not a name.
     */
    static boolean isNameLike(Document doc, int i) {
        Token tok = doc.token(i);
        if (tok.is(Token.Kind.ALPHANUMERIC)) {
            return true;
        }
        if (!tok.is(Token.Kind.WORD) || tok.text().endsWith("'")) {
            return false;
        }
        String s = tok.text();
        for (int k = 0; k < s.length(); k++) {
            if (Character.isUpperCase(s.charAt(k)) && (k > 0 || !isSentenceStart(doc, i))) {
                return true;
            }
        }
        return false;
    }

    /** "Euro" in "Euro 7" inside a sentence: a capitalised word, not an all-capitals code like "USD". */
    static boolean isTitleCaseMidSentence(Document doc, int i) {
        String s = doc.token(i).text();
        return !isSentenceStart(doc, i) && s.length() > 1 && Character.isUpperCase(s.charAt(0))
                && Character.isLowerCase(s.charAt(1));
    }

    static boolean isSentenceStart(Document doc, int i) {
        return i == 0 || !doc.sameSentence(i - 1, i);
    }
}
