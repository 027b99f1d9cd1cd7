package io.fatti.entity;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Entity;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code entity.company-context}: in business news the subject is a company. A name the model read as a person
 * or a place, or a capitalised word nothing claimed, becomes ORG when business context touches it
 * ({@code models/entity/company-cues.tsv}): "il gruppo X", "l'azienda X", "X, la società torinese", a company word
 * inside the name ("Harbour Capital"), a legal form after it ("Voltaria S.p.A."). The reading then holds for the same
 * name everywhere in the article ("Quantix" in a sentence with no cue). A name led by a known first name ("Marco
 * Ferri") is never relabelled, nor is a curated name.
 */
final class CompanyReading {

    static final String RULE = "entity.company-context";

    /** Cues before a name ("il gruppo", "l'azienda"), as a set: a suffix of the words before is looked up. */
    private final Set<String> beforeSet;
    private final List<String> after;
    private final Set<String> parts;
    private final Set<String> legal;
    private final Set<String> branches;
    private final Set<String> firstNames;

    private CompanyReading(List<String> before, List<String> after, Set<String> parts, Set<String> legal,
            Set<String> branches, Set<String> firstNames) {
        this.branches = Set.copyOf(branches);
        this.beforeSet = Set.copyOf(before);
        this.after = List.copyOf(after);
        this.parts = Set.copyOf(parts);
        this.legal = Set.copyOf(legal);
        this.firstNames = Set.copyOf(firstNames);
    }

    static CompanyReading load() {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Set<String> parts = new HashSet<>();
        Set<String> legal = new HashSet<>();
        Set<String> branches = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/company-cues.tsv")) {
            String words = normal(l.field(1));
            switch (l.field(0)) {
                case "before" -> before.add(words);
                case "after" -> after.add(words);
                case "part" -> parts.add(l.field(1));
                case "legal" -> legal.add(l.field(1));
                case "branch" -> branches.add(l.field(1));
                default -> throw l.error("unknown kind '" + l.field(0)
                        + "' (expected before, after, part, legal or branch)");
            }
        }
        Set<String> first = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/first-names.txt")) {
            first.add(l.field(0));
        }
        return new CompanyReading(before, after, parts, legal, branches, first);
    }

    /** The chosen names with business context applied; may add names for uncovered capitalised words. */
    List<EntityPrecedence.Candidate> apply(Document doc, List<EntityPrecedence.Candidate> chosen) {
        List<EntityPrecedence.Candidate> out = new ArrayList<>(chosen);
        BitSet covered = new BitSet();
        for (EntityPrecedence.Candidate c : chosen) {
            covered.set(c.from(), c.to());
        }
        // a legal form the model found alone takes the name before it ("Voltaria" + "S.p.A.")
        for (int k = 0; k < out.size(); k++) {
            EntityPrecedence.Candidate c = out.get(k);
            if (legal.contains(text(doc, c.from(), c.to())) && c.from() > 0 && !covered.get(c.from() - 1)
                    && capitalised(doc, c.from() - 1) && doc.sameSentence(c.from() - 1, c.from())) {
                out.set(k, new EntityPrecedence.Candidate(c.from() - 1, c.to(), Entity.Label.ORG, RULE));
                covered.set(c.from() - 1);
            }
        }
        Set<String> companies = new HashSet<>();
        for (EntityPrecedence.Candidate c : out) {
            if (c.rule().startsWith("entity.curated") || c.label() == Entity.Label.PRODUCT) {
                if (c.label() == Entity.Label.ORG) {
                    companies.add(bare(doc, c.from(), c.to()));
                }
                continue;
            }
            if (cued(doc, c.from(), c.to()) && (c.label() == Entity.Label.ORG || !personal(doc, c.from()))) {
                addCompany(doc, c.from(), c.to(), companies);
            }
        }
        // capitalised words nothing claimed, with a cue ("il gruppo Voltaria", "Nordtel, il gruppo di ...")
        for (int i = 0; i < doc.size(); i++) {
            if (covered.get(i) || !capitalised(doc, i) || i > 0 && doc.sameSentence(i - 1, i) && capitalised(doc, i - 1)) {
                continue;
            }
            int end = i + 1;
            while (end < doc.size() && !covered.get(end) && capitalised(doc, end) && doc.sameSentence(i, end)
                    && end - i < 4) {
                end++;
            }
            boolean before = i > 0 && doc.sameSentence(i - 1, i) && cuedBefore(doc, i);
            if ((before || cuedAfter(doc, end)) && !personal(doc, i)) {
                addCompany(doc, i, end, companies);
                covered.set(i, end);
                out.add(new EntityPrecedence.Candidate(i, end, Entity.Label.ORG, RULE));
            }
        }
        List<EntityPrecedence.Candidate> read = new ArrayList<>();
        for (EntityPrecedence.Candidate c : out) {
            boolean relabel = c.label() != Entity.Label.ORG && c.label() != Entity.Label.PRODUCT
                    && !c.rule().startsWith("entity.curated") && companies.contains(bare(doc, c.from(), c.to()))
                    && !(c.label() == Entity.Label.PER && personal(doc, c.from()));
            read.add(relabel ? new EntityPrecedence.Candidate(c.from(), c.to(), Entity.Label.ORG, RULE) : c);
        }
        // the same name elsewhere in the article, where nothing was found ("Quantix" with no cue)
        for (int i = 0; i < doc.size(); i++) {
            if (covered.get(i) || !capitalised(doc, i)) {
                continue;
            }
            for (int end = Math.min(doc.size(), i + 4); end > i; end--) {
                if (covered.get(i, end).cardinality() == 0 && companies.contains(text(doc, i, end))) {
                    read.add(new EntityPrecedence.Candidate(i, end, Entity.Label.ORG, RULE));
                    covered.set(i, end);
                    break;
                }
            }
        }
        read.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return read;
    }

    /** True when business context touches the name: a cue before or after it, a company word or a legal form. */
    private boolean cued(Document doc, int from, int to) {
        if (cuedBefore(doc, from)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if ((i > from || to - from > 1) && parts.contains(doc.token(i).text())) {
                return true;
            }
            if (i > from && !doc.glued(i) && legal.contains(text(doc, i, to))) { // not "S.A." of "U.S.A."
                return true;
            }
        }
        if (to < doc.size() && doc.sameSentence(to - 1, to)) {
            for (int end = Math.min(doc.size(), to + 4); end > to; end--) {
                if (legal.contains(text(doc, to, end))) {
                    return true;
                }
            }
            return cuedAfter(doc, to);
        }
        return false;
    }

    /** True when a company noun in apposition follows token {@code to} ("X, la società torinese"). */
    private boolean cuedAfter(Document doc, int to) {
        if (to >= doc.size() || to == 0 || !doc.sameSentence(to - 1, to)) {
            return false;
        }
        String next = following(doc, to);
        if (next.startsWith(", ")) {
            String rest = stripArticle(next.substring(2));
            int k = to + 1;
            while (k < doc.size() && ItalianPrepositions.article(doc.token(k).lower()) != null) {
                k++;
            }
            // a noun, not a name: "PIL, la Banca centrale" is not an apposition
            boolean noun = k < doc.size() && Character.isLowerCase(doc.token(k).text().charAt(0));
            for (String cue : after) {
                if (noun && rest.startsWith(cue) && boundary(rest, cue.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds a company's name, without its legal form, and its head when a company word or a branch ends it
     * ("Kiro Technology" also reads "Kiro"; "Aeris Italia" also "Aeris").
     */
    private void addCompany(Document doc, int from, int to, Set<String> companies) {
        String name = bare(doc, from, to);
        companies.add(name);
        int end = to;
        while (end - from > 1 && (legal.contains(doc.token(end - 1).text()) || doc.token(end - 1).is(".")
                || parts.contains(doc.token(end - 1).text()) || branches.contains(doc.token(end - 1).text()))) {
            end--;
        }
        if (end < to && !parts.contains(doc.token(from).text()) && !personal(doc, from)) {
            companies.add(text(doc, from, end));
        }
    }

    /**
     * True when a cue ends right before token {@code i}, or before one lower-case adjective and token {@code i}
     * ("il gruppo cinese X"; not "il gruppo di Singapore").
     */
    private boolean cuedBefore(Document doc, int i) {
        String prior = preceding(doc, i);
        if (endsWithCue(prior)) {
            return true;
        }
        // "il gruppo fiorentino del lusso X": a complement "del lusso" between the adjective and the name
        String[] w = prior.split(" ");
        if (w.length >= 4 && i >= 3 && "di".equals(ItalianPrepositions.bare(w[w.length - 2]))
                && !w[w.length - 2].endsWith("'") && lowerWord(doc.token(i - 1))) {
            int cut = prior.length() - w[w.length - 1].length() - w[w.length - 2].length() - 2;
            String shorter = prior.substring(0, cut);
            int space = shorter.lastIndexOf(' ');
            String adjective = shorter.substring(space + 1);
            if (space > 0 && adjective.length() > 3 && ItalianPrepositions.bare(adjective) == null
                    && ItalianPrepositions.article(adjective) == null && endsWithCue(shorter.substring(0, space))) {
                return true;
            }
        }
        int space = prior.lastIndexOf(' ');
        String adjective = prior.substring(space + 1);
        return space > 0 && i > 0 && doc.token(i - 1).is(Token.Kind.WORD) && adjective.length() > 3
                && ItalianPrepositions.bare(adjective) == null && ItalianPrepositions.article(adjective) == null
                && Character.isLowerCase(doc.token(i - 1).text().charAt(0)) && endsWithCue(prior.substring(0, space));
    }

    /** True when the words before end with a cue ("il gruppo", "l'azienda") starting at a word boundary. */
    private boolean endsWithCue(String prior) {
        for (int p = 0; p < prior.length(); p++) {
            if ((p == 0 || !Character.isLetter(prior.charAt(p - 1))) && beforeSet.contains(prior.substring(p))) {
                return true;
            }
        }
        return false;
    }

    /** True when the name starts with a known first name ("Marco Ferri"). */
    private boolean personal(Document doc, int from) {
        return firstNames.contains(doc.token(from).text());
    }

    /** The name without a legal form at its end ("Teknova S.p.A." reads "Teknova"). */
    private String bare(Document doc, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (legal.contains(text(doc, k, to))) {
                return text(doc, from, k);
            }
        }
        return text(doc, from, to);
    }

    /** Lower-case text of the sentence before token {@code i} (at most 60 characters), apostrophes unified. */
    private static String preceding(Document doc, int i) {
        int s = i;
        while (s > 0 && doc.sameSentence(s - 1, i) && doc.token(i).start() - doc.token(s - 1).start() < 60) {
            s--;
        }
        return s == i ? "" : normal(doc.text().substring(doc.token(s).start(), doc.token(i - 1).end()));
    }

    /** Lower-case text of the sentence from token {@code i} on (at most 60 characters). */
    private static String following(Document doc, int i) {
        int e = i;
        while (e < doc.size() && doc.sameSentence(i, e) && doc.token(e).end() - doc.token(i).start() < 60) {
            e++;
        }
        return e == i ? "" : normal(doc.text().substring(doc.token(i).start(), doc.token(e - 1).end()));
    }

    private static String stripArticle(String s) {
        for (String a : new String[] {"la ", "il ", "lo ", "l'", "una ", "un ", "uno ", "un'"}) {
            if (s.startsWith(a)) {
                return s.substring(a.length());
            }
        }
        return s;
    }

    private static boolean boundary(String s, int at) {
        return at >= s.length() || !Character.isLetter(s.charAt(at));
    }

    static String normal(String s) {
        // as s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).trim(), without compiling
        // a pattern on every call (this runs for every candidate name)
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    b.append(' ');
                }
                space = true;
            } else {
                b.append(c == '\u2019' ? '\'' : c);
                space = false;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT).trim();
    }

    private static String text(Document doc, int from, int to) {
        return doc.text().substring(doc.token(from).start(), doc.token(to - 1).end());
    }

    private static boolean lowerWord(Token t) {
        return t.is(Token.Kind.WORD) && Character.isLowerCase(t.text().charAt(0));
    }

    private static boolean capitalised(Document doc, int i) {
        Token t = doc.token(i);
        return (t.is(Token.Kind.WORD) || t.is(Token.Kind.ALPHANUMERIC)) && Character.isUpperCase(t.text().charAt(0));
    }
}
