package io.fatti.change;

import io.fatti.text.PhraseTable;
import io.fatti.mention.Change;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change is measured against: a basis ("su base annua" YOY, "t/t" QOQ, "su base mensile" MOM) or a named
 * reference ("rispetto all'inizio del 2021"), after the change or at the start of its clause, and the basis a
 * reference implies ("rispetto allo stesso periodo del 2022" YOY). Also finds a new level after a change ("a 5
 * miliardi"). Stateless apart from its lexicon.
 */
final class Comparison {

    /** Tokens looked at after a change for its basis, reference or new level. */
    private static final int MAX_GAP = 6;
    /** Tokens of a named reference after its opening words. */
    private static final int MAX_REFERENCE = 8;
    /** Tokens either side of a reference searched for the year the sentence is about. */
    private static final int YEAR_WINDOW = 40;

    private final ChangeLexicon lex;

    Comparison(ChangeLexicon lex) {
        this.lex = lex;
    }

    /** After the cue: a basis ("su base annua"), a named reference ("rispetto al 2020"), a new level ("a 5 mld"). */
    void after(Document doc, ValueIndex idx, Cue c) {
        int n = doc.size();
        int k = c.last + 1;
        boolean comma = false;
        boolean skippedNoun = false;
        while (k < n && k - c.last <= MAX_GAP && doc.sameSentence(c.first, k)) {
            PhraseTable.Match<Change.Basis> basis = lex.bases.startingAt(doc, k);
            if (basis != null && c.basis == null && c.reference == null) {
                c.basis = basis.value();
                k += basis.length();
                c.end = k - 1;
                continue;
            }
            PhraseTable.Match<Boolean> level = lex.levelLinks.startingAt(doc, k);
            if (level != null && c.level < 0) {
                int w = idx.valueStartingAt(k + level.length());
                if (w >= 0 && !idx.isOrdinal(w) && doc.sameSentence(c.first, k + level.length())) {
                    c.level = w; // "salito del 10% a 5 miliardi"; a basis or reference may still follow
                    k = idx.last[w] + 1;
                    c.end = k - 1;
                    comma = false;
                    continue;
                }
            }
            PhraseTable.Match<Boolean> respectively = lex.respectively.startingAt(doc, k);
            if (respectively != null) {
                c.respectively = true;
                k += respectively.length();
                continue;
            }
            PhraseTable.Match<Boolean> ref = lex.referenceOpeners.startingAt(doc, k);
            if (ref != null && c.basis == null && c.reference == null) {
                int end = reference(doc, idx, c, k, ref.length(), ref.value(), n, false);
                if (end > k) {
                    k = end;
                    c.end = k - 1;
                    continue;
                }
                return;
            }
            Token t = doc.token(k);
            if (t.text().equals(",") && !comma) {
                comma = true; // "cresciuto del 5%, a 10 miliardi"
                k++;
                continue;
            }
            if (comma) {
                return;
            }
            int other = idx.otherAt(k);
            if (other < 0 && t.is(Token.Kind.WORD) && idx.otherAt(k + 1) >= 0 && idx.valueAt(k) < 0) {
                other = idx.otherAt(++k); // the preposition of a date left out of it: "NEL trimestre"
            }
            if (other >= 0) {
                while (idx.otherAt(k + 1) == other) {
                    k++; // a date between the change and its basis: "del 5% nel terzo trimestre rispetto a..."
                }
                k++;
                continue;
            }
            if (!skippedNoun && k + 1 < n && lex.skippable.has(doc, k) && idx.valueAt(k + 1) < 0
                    && lex.isPlainWord(doc, k + 1)) {
                skippedNoun = true; // "di 100 milioni DI UTENTI rispetto a", "del 27% NEL TRIMESTRE a 254 milioni"
                k += 2;
                continue;
            }
            return;
        }
    }

    /**
     * A basis or reference placed before the change, at the start of its clause: "Rispetto al 2022, il prezzo è
     * aumentato di due euro", "Su base annua i ricavi sono cresciuti del 4%". Only a strong opener ("rispetto a")
     * counts, and only from the start of the sentence or after ":" or ";" when a comma lies between.
     */
    void fronted(Document doc, ValueIndex idx, Cue c) {
        int found = -1;
        boolean comma = false;
        int t = c.first - 1;
        for (int steps = 0; t >= 0 && steps < MAX_REFERENCE + 4 && doc.sameSentence(t, c.first); t--, steps++) {
            Token tok = doc.token(t);
            if (tok.is(Token.Kind.PUNCTUATION) && ";:.!?()".contains(tok.text())) {
                break;
            }
            if (tok.text().equals(",")) {
                comma = true;
            }
            if (lex.bases.has(doc, t) || Boolean.TRUE.equals(referenceOpener(doc, t))) {
                found = t;
            }
        }
        boolean clauseStart = t < 0 || !doc.sameSentence(t, c.first) || ";:".contains(doc.token(t).text());
        if (found < 0 || (comma && !(clauseStart && t + 1 == found))) {
            return;
        }
        PhraseTable.Match<Change.Basis> basis = lex.bases.startingAt(doc, found);
        if (basis != null && found + basis.length() <= c.first) {
            c.basis = basis.value();
            return;
        }
        PhraseTable.Match<Boolean> opener = lex.referenceOpeners.startingAt(doc, found);
        if (opener != null) {
            reference(doc, idx, c, found, opener.length(), true, c.first, true);
        }
    }

    private Boolean referenceOpener(Document doc, int t) {
        PhraseTable.Match<Boolean> m = lex.referenceOpeners.startingAt(doc, t);
        return m == null ? null : m.value();
    }

    /**
     * Reads a named reference from its opener at {@code k}, up to {@code limit} (exclusive); returns the token after
     * it, or {@code k} if there is none. A reference that is not {@code free} ("dal", "sul") needs a number or a date
     * in it; a {@code fronted} one ends at an article ("rispetto al 2022 | il prezzo...").
     */
    int reference(Document doc, ValueIndex idx, Cue c, int k, int openerLength, boolean free, int limit,
                  boolean fronted) {
        int n = Math.min(doc.size(), limit);
        int t = k + openerLength;
        int end = -1;
        boolean dated = false;
        List<Integer> inside = new ArrayList<>();
        for (int count = 0; t < n && count < MAX_REFERENCE && doc.sameSentence(k, t); count++) {
            Token tok = doc.token(t);
            if (tok.is(Token.Kind.PUNCTUATION) || lex.referenceEnds.has(doc, t) || lex.triggers.has(doc, t)
                    || (fronted && end >= 0 && lex.articles.has(doc, t))) {
                break;
            }
            PhraseTable.Match<Boolean> level = end >= 0 ? lex.levelLinks.startingAt(doc, t) : null;
            if (level != null && idx.valueStartingAt(t + level.length()) >= 0) {
                break; // "rispetto al 2020 a 5 miliardi": the level is not part of the reference
            }
            int v = idx.valueAt(t);
            int other = idx.otherAt(t);
            if (v >= 0) {
                inside.add(v);
                t = idx.last[v];
                dated = true;
            } else if (other >= 0) {
                while (idx.otherAt(t + 1) == other) {
                    t++;
                }
                dated = true;
            } else if (tok.is(Token.Kind.NUMBER)) {
                dated = true; // a year: "dal 2020"
            }
            end = t;
            t++;
        }
        if (end < 0 || (!free && !dated)) {
            return k;
        }
        c.reference = doc.original(doc.tokenSpan(k, end));
        c.hidden.addAll(inside);
        if (c.basis == null) {
            c.basis = basisOfReference(doc, k, end);
        }
        return end + 1;
    }

    /**
     * The basis a reference implies: "dello stesso periodo dell'anno precedente" is YOY; "rispetto al 2022" is YOY
     * when the sentence around it names 2023, or names no year and the article is from 2023. Else null.
     */
    private Change.Basis basisOfReference(Document doc, int from, int to) {
        for (int t = from; t <= to; t++) {
            PhraseTable.Match<Change.Basis> m = lex.referenceBases.startingAt(doc, t);
            if (m != null && t + m.length() - 1 <= to) {
                return m.value();
            }
        }
        int year = -1;
        for (int t = from; t <= to; t++) {
            if (lex.pointReferences.has(doc, t)) {
                return null; // "rispetto ai 12.104 milioni di fine 2023": a stock at a date, not a period
            }
            year = Math.max(year, year(doc.token(t)));
        }
        if (year < 0) {
            return null;
        }
        int other = -1;
        for (int t = Math.max(0, from - YEAR_WINDOW); t < Math.min(doc.size(), to + YEAR_WINDOW); t++) {
            if ((t < from || t > to) && doc.sameSentence(t, from)) {
                int y = year(doc.token(t));
                if (y > 0) {
                    other = y; // the last year named outside the reference
                    if (y == year + 1) {
                        return Change.Basis.YOY;
                    }
                }
            }
        }
        if (other < 0 && doc.context().date() != null && doc.context().date().getYear() == year + 1) {
            return Change.Basis.YOY;
        }
        return null;
    }

    /** The year a token writes ("2022"), or -1. */
    private static int year(Token t) {
        String s = t.text();
        if (!t.is(Token.Kind.NUMBER) || s.length() != 4 || !(s.startsWith("19") || s.startsWith("20"))) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }
}
