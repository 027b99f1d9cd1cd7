package io.fatti.entity;

import io.fatti.lexicon.DataFile;
import io.fatti.mention.Entity;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Products as tech news names them, beyond the curated list ({@code models/entity/product-cues.tsv}). Four rules:
 * <ul>
 * <li>{@code entity.product-brand}: a company followed by a model-shaped name is one product ("Tesla" + "Model Y",
 * "Renault Twingo", "HTC One M9", "Fiat 500e", "Spotify Premium"), unless the word after the brand names the company
 * ("Samsung Electronics", "Apple Italia") or a person ("Apple Tim Cook");</li>
 * <li>{@code entity.product-line}: the capitalised name after a product-line word is a product ("lo smartphone Kiro
 * X7", "l'abbonamento Premium Family", "la console portatile Switch"); after a plan word ("il piano Student") a
 * name read as a person stays one;</li>
 * <li>{@code entity.product-spread}: once a product is named, the same product, or its model name without the brand
 * ("X7 Pro" after "Kiro X7 Pro"), is a product wherever else the article writes it;</li>
 * <li>{@code entity.product-code}: a capitalised name followed by a letter-led model code ("Moto G95").</li>
 * </ul>
 * After any product, a model designation nothing else claimed joins it ("Galaxy" + "Buds 5").
 * A curated name is never relabelled, except a company that starts a brand + model product.
 */
final class ProductReading {

    static final String BRAND = "entity.product-brand";
    static final String LINE = "entity.product-line";
    static final String SPREAD = "entity.product-spread";
    static final String CODE = "entity.product-code";
    /** A model name after a brand: at most this many tokens ("One M9", "Core Ultra 7 155H"). */
    private static final int MAX_MODEL_TOKENS = 5;

    private final List<String> lines;
    /** Each line word's place in {@link #lines}: the first listed wins when two could match. */
    private final java.util.Map<String, Integer> lineIndex = new java.util.HashMap<>();
    private final Set<String> plans;
    private final Set<String> companyWords;
    private final Set<String> firstNames;
    private final CuratedNames curated;
    private final ValueContext numbers;

    private ProductReading(List<String> lines, Set<String> plans, Set<String> companyWords, Set<String> firstNames,
            CuratedNames curated, ValueContext numbers) {
        this.curated = curated;
        this.numbers = numbers;
        this.lines = List.copyOf(lines);
        for (int k = 0; k < this.lines.size(); k++) {
            lineIndex.putIfAbsent(this.lines.get(k), k);
        }
        this.plans = Set.copyOf(plans);
        this.companyWords = Set.copyOf(companyWords);
        this.firstNames = Set.copyOf(firstNames);
    }

    static ProductReading load(CuratedNames curated, ValueContext numbers) {
        List<String> lines = new ArrayList<>();
        Set<String> plans = new HashSet<>();
        Set<String> company = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/product-cues.tsv")) {
            String w = CompanyReading.normal(l.field(1));
            switch (l.field(0)) {
                case "line" -> lines.add(w);
                case "plan" -> {
                    lines.add(w);
                    plans.add(w);
                }
                case "company", "event" -> company.add(w);
                default -> throw l.error("unknown kind '" + l.field(0) + "' (expected line, plan, company or event)");
            }
        }
        Set<String> first = new HashSet<>();
        for (DataFile.Line l : DataFile.read("entity/first-names.txt")) {
            first.add(l.field(0));
        }
        return new ProductReading(lines, plans, company, first, curated, numbers);
    }

    /** The chosen names with products read; non-overlapping, sorted. */
    List<EntityPrecedence.Candidate> apply(Document doc, List<EntityPrecedence.Candidate> chosen) {
        EntityPrecedence.Candidate[] at = new EntityPrecedence.Candidate[doc.size()];
        for (EntityPrecedence.Candidate c : chosen) {
            at[c.from()] = c;
        }
        Set<String> brands = new HashSet<>();
        for (EntityPrecedence.Candidate c : chosen) {
            if (c.label() == Entity.Label.ORG && c.rule().equals(CompanyReading.RULE)) {
                brands.add(text(doc, c.from(), c.to()));
            }
        }
        List<EntityPrecedence.Candidate> out = new ArrayList<>();
        Map<String, Boolean> models = new HashMap<>();
        int i = 0;
        while (i < doc.size()) {
            EntityPrecedence.Candidate c = at[i];
            EntityPrecedence.Candidate product = c == null ? null : brandAndModel(doc, c, at, brands);
            if (product == null) {
                product = afterLine(doc, i, c, at);
            }
            if (product == null && c == null) {
                product = nameAndCode(doc, i, at);
            }
            if (product == null && c != null && c.label() == Entity.Label.PRODUCT) {
                int to = tailEnd(doc, suffixEnd(doc, c.to(), at), at);
                product = to > c.to() ? new EntityPrecedence.Candidate(c.from(), to, c.label(), BRAND) : null;
            } else if (product != null) {
                int to = tailEnd(doc, suffixEnd(doc, product.to(), at), at);
                product = new EntityPrecedence.Candidate(product.from(), to, product.label(), product.rule());
            }
            if (product != null) {
                out.add(product);
                models.put(text(doc, product.from(), product.to()), true);
                if (product.rule().equals(BRAND) && c != null && c.to() < product.to()) {
                    models.put(text(doc, c.to(), product.to()), true);
                }
                i = product.to();
            } else if (c != null) {
                if (c.label() == Entity.Label.PRODUCT) {
                    models.put(text(doc, c.from(), c.to()), true);
                }
                out.add(c);
                i = c.to();
            } else {
                i++;
            }
        }
        return spread(doc, out, models.keySet());
    }

    /** Brand + model-shaped name, or null: the brand is {@code c}, a company. */
    private EntityPrecedence.Candidate brandAndModel(Document doc, EntityPrecedence.Candidate c,
            EntityPrecedence.Candidate[] at, Set<String> brands) {
        int end = c.to();
        if (!c.rule().startsWith("entity.curated")) {
            // a listed company the model stretched over the model name ("Amazon Music Unlimited" as one ORG,
            // "Spotify Premium" as a person)
            int brandEnd = c.from() + 1;
            if (c.rule().equals("entity.model") && brandEnd < c.to()
                    && (isBrand(doc, c.from(), brandEnd) || brands.contains(text(doc, c.from(), brandEnd)))
                    && startsModel(doc, brandEnd) && modelRun(doc, brandEnd, c.to()) == c.to()) {
                return new EntityPrecedence.Candidate(c.from(), c.to(), Entity.Label.PRODUCT, BRAND);
            }
            if (!c.rule().equals(CompanyReading.RULE)) {
                return null; // a brand is a listed company or one business context named
            }
        }
        if (c.label() != Entity.Label.ORG) {
            return null;
        }
        if (end >= doc.size() || !doc.sameSentence(end - 1, end)
                || !startsModel(doc, end) && !numberedModel(doc, end)) {
            return null;
        }
        EntityPrecedence.Candidate next = at[end];
        if (next != null) {
            boolean place = next.label() == Entity.Label.LOC && c.rule().startsWith("entity.curated");
            if (place || next.rule().startsWith("entity.curated") && next.label() != Entity.Label.PRODUCT) {
                return null;
            }
            if (next.label() == Entity.Label.PRODUCT || modelRun(doc, end, next.to()) == next.to()) {
                return new EntityPrecedence.Candidate(c.from(), next.to(), Entity.Label.PRODUCT, BRAND);
            }
            return null;
        }
        int to = modelRun(doc, end, Math.min(doc.size(), end + MAX_MODEL_TOKENS));
        while (to > end && at[to - 1] == null && covered(at, end, to)) {
            to--;
        }
        return to > end ? new EntityPrecedence.Candidate(c.from(), to, Entity.Label.PRODUCT, BRAND) : null;
    }

    /**
     * The end of a model name's letters glued after it ("Fiat 500" + "e", "Jeep Compass" + "4xe"), from token
     * {@code k}, over tokens nothing claimed.
     */
    private static int suffixEnd(Document doc, int k, EntityPrecedence.Candidate[] at) {
        while (k < doc.size() && at[k] == null && doc.sameSentence(k - 1, k)) {
            Token t = doc.token(k);
            boolean letters = doc.glued(k) && (t.is(Token.Kind.WORD) || t.is(Token.Kind.ALPHANUMERIC));
            boolean code = t.is(Token.Kind.NUMBER) && !doc.token(k - 1).is(Token.Kind.NUMBER)
                    && k + 1 < doc.size() && at[k + 1] == null && doc.glued(k + 1)
                    && doc.token(k + 1).is(Token.Kind.WORD) && doc.token(k + 1).length() <= 3
                    && Character.isLowerCase(doc.token(k + 1).text().charAt(0));
            if (code) {
                k += 2;
            } else if (letters) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * The end of a model designation after a product, over tokens nothing claimed ("Galaxy" + "Buds 5", "Snapdragon
     * 8" + "Elite", "Amazon Prime" + "Video"): the words must hold a number or a code, or all be model words
     * ({@code models/entity/model-words.txt}), so that a title or a name after a product stays out ("su Netflix
     * Stranger Things").
     */
    private int tailEnd(Document doc, int k, EntityPrecedence.Candidate[] at) {
        if (k >= doc.size() || k == 0 || !doc.sameSentence(k - 1, k) || doc.glued(k)
                || !startsModel(doc, k) && !(doc.token(k).is(Token.Kind.NUMBER) && !sizeOrValue(doc, k))) {
            return k; // a bare number may follow ("Honor Magic" + "8 Pro"), not a value or a size
        }
        int to = modelRun(doc, k, Math.min(doc.size(), k + MAX_MODEL_TOKENS));
        int free = k;
        while (free < to && at[free] == null && !sizeOrValue(doc, free)) {
            free++;
        }
        to = free;
        boolean coded = false;
        boolean modelWords = true;
        for (int j = k; j < to; j++) {
            Token t = doc.token(j);
            coded |= t.is(Token.Kind.NUMBER) || t.is(Token.Kind.ALPHANUMERIC);
            modelWords &= !t.is(Token.Kind.WORD) || curated.modelWord(t.text());
        }
        return coded || modelWords ? to : k;
    }

    /** A number that is a value or a size ("128GB", "2 miliardi"), or a code that starts with digits ("5G"). */
    private boolean sizeOrValue(Document doc, int k) {
        Token t = doc.token(k);
        return t.is(Token.Kind.NUMBER) && (numbers.measured(doc, k) || k + 1 < doc.size() && doc.glued(k + 1))
                || t.is(Token.Kind.ALPHANUMERIC) && Character.isDigit(t.text().charAt(0));
    }

    /**
     * A capitalised name followed by a model code nothing claimed is a product ("Moto G95", "Mate X7", "Kia" +
     * "EV6" aside): the code starts with a letter and holds a digit, so "Rete 5G" or "Fase 2" stay out; a
     * product-line word ("la Serie A2"), a currency word, a company word or a first name never starts one.
     */
    private EntityPrecedence.Candidate nameAndCode(Document doc, int i, EntityPrecedence.Candidate[] at) {
        if (i == 0 || !doc.sameSentence(i - 1, i) || i + 1 >= doc.size() || at[i + 1] != null
                || !doc.sameSentence(i, i + 1) || doc.glued(i + 1)) {
            return null; // a sentence's first word is capitalised anyway ("Il X7 Pro costa")
        }
        Token name = doc.token(i);
        Token code = doc.token(i + 1);
        if (!name.is(Token.Kind.WORD) || name.length() < 2 || !capitalised(doc, i) || !startsModel(doc, i)
                || lineIndex.containsKey(name.lower()) || numbers.currencyWord(name)
                || !code.is(Token.Kind.ALPHANUMERIC) || !Character.isLetter(code.text().charAt(0))
                || i > 0 && doc.glued(i) || i + 2 < doc.size() && doc.glued(i + 2) && doc.token(i + 2).is("-")) {
            return null;
        }
        int to = modelRun(doc, i + 1, Math.min(doc.size(), i + 1 + MAX_MODEL_TOKENS));
        int free = i + 1;
        while (free < to && at[free] == null) {
            free++;
        }
        return new EntityPrecedence.Candidate(i, free, Entity.Label.PRODUCT, CODE);
    }

    /** True when the words are a company the team listed ("Amazon" in "Amazon Music"). */
    private boolean isBrand(Document doc, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(doc.token(k).text());
        }
        return curated.labelOf(words) == Entity.Label.ORG;
    }

    /** A name after a product-line word ("lo smartphone Kiro X7"), or null. */
    private EntityPrecedence.Candidate afterLine(Document doc, int i, EntityPrecedence.Candidate c,
            EntityPrecedence.Candidate[] at) {
        if (i == 0 || !capitalised(doc, i) || !doc.sameSentence(i - 1, i)) {
            return null;
        }
        if (c != null && (c.rule().startsWith("entity.curated") || c.label() == Entity.Label.PRODUCT)) {
            return null;
        }
        String line = lineBefore(doc, i);
        if (line == null) {
            return null;
        }
        if (plans.contains(line) && c != null && c.label() != Entity.Label.ORG) {
            return null; // "il piano Colao", "il piano Italia a 1 Giga"
        }
        int to = modelRun(doc, i, Math.min(doc.size(), i + MAX_MODEL_TOKENS));
        if (c != null) {
            to = Math.max(to, c.to());
        }
        if (to <= i) {
            return null; // a company word or a first name ("il servizio Mario")
        }
        if (to - i == 1 && doc.token(i).length() < 2 || numbers.currencyWord(doc.token(i))) {
            return null; // "la serie A" is a league, "un'auto Euro 0" an emission class
        }
        for (int k = i; k < to; k++) {
            if (at[k] != null && k > i) {
                return null;
            }
        }
        return new EntityPrecedence.Candidate(i, to, Entity.Label.PRODUCT, LINE);
    }

    /** The product-line word right before token {@code i}, or before one lower-case adjective and it; or null. */
    private String lineBefore(Document doc, int i) {
        for (int back = 1; back <= 3 && i - back >= 0 && doc.sameSentence(i - back, i); back++) {
            if (i - back > 0 && doc.glued(i - back) && doc.token(i - back - 1).is("-")) {
                continue; // "docu-serie" is not "serie"
            }
            String prior = CompanyReading.normal(
                    doc.text().substring(doc.token(i - back).start(), doc.token(i - 1).end()));
            // the first line word (in list order) that the words before are, or that they are plus one word
            Integer whole = lineIndex.get(prior);
            int space = prior.lastIndexOf(' ');
            Integer head = space < 0 ? null : lineIndex.get(prior.substring(0, space));
            if (head != null && (whole == null || head < whole) && back >= 2
                    && doc.token(i - 1).is(Token.Kind.WORD)
                    && Character.isLowerCase(doc.token(i - 1).text().charAt(0))
                    && doc.token(i - 1).length() > 3 && ItalianPrepositions.bare(doc.token(i - 1).lower()) == null
                    && !doc.token(i - 1).lower().equals("della") && !doc.token(i - 1).lower().equals("delle")) {
                return lines.get(head);
            }
            if (whole != null) {
                return lines.get(whole);
            }
        }
        return null;
    }

    /** The end of the model-shaped tokens from {@code from} (at most up to {@code limit}). */
    private int modelRun(Document doc, int from, int limit) {
        int k = from;
        while (k < limit && (k == from || doc.sameSentence(k - 1, k)) && (startsModel(doc, k)
                || k == from && numberedModel(doc, k)
                || k > from && doc.glued(k) && (doc.token(k).is(Token.Kind.WORD)
                        || doc.token(k).is(Token.Kind.ALPHANUMERIC) || doc.token(k).is("+"))
                || k > from && doc.token(k).is("-") && doc.glued(k) && k + 1 < limit && doc.glued(k + 1)
                        && (doc.token(k + 1).is(Token.Kind.NUMBER) || doc.token(k + 1).is(Token.Kind.ALPHANUMERIC))
                || k > from && doc.token(k).is(Token.Kind.NUMBER) && !numbers.measured(doc, k))) {
            k++;
        }
        return k;
    }

    /**
     * A number that starts a model name after a brand: three digits ("Boeing 747", "Peugeot 208"), or a small
     * number before a model word ("OnePlus 8 Pro"); never a value ("Apple 2 miliardi", "Samsung 5,2%").
     */
    private boolean numberedModel(Document doc, int k) {
        Token t = doc.token(k);
        if (!t.is(Token.Kind.NUMBER) || numbers.measured(doc, k) || t.length() > 3) {
            return false;
        }
        return t.length() == 3 || k + 1 < doc.size() && doc.sameSentence(k, k + 1) && !doc.glued(k + 1)
                && startsModel(doc, k + 1);
    }

    /** A token that can start or continue a model name: a capitalised word, a code, a number glued to letters. */
    private boolean startsModel(Document doc, int k) {
        Token t = doc.token(k);
        if (t.is(Token.Kind.ALPHANUMERIC)) {
            return true;
        }
        if (t.is(Token.Kind.NUMBER)) {
            return k + 1 < doc.size() && doc.glued(k + 1) && doc.token(k + 1).is(Token.Kind.WORD);
        }
        if (prefixedCode(doc, k)) {
            return true;
        }
        boolean initial = t.length() == 1 && k + 1 < doc.size() && doc.glued(k + 1) && doc.token(k + 1).is(".");
        return capitalised(doc, k) && !initial && !companyWords.contains(t.lower())
                && !firstNames.contains(t.text()); // not "S" of "S.p.A.", not "Apple" + "Tim Cook"
    }

    /** A one- or two-letter lower-case prefix joined by a hyphen to a code or a number ("e-C3", "e-208"). */
    private static boolean prefixedCode(Document doc, int k) {
        Token t = doc.token(k);
        if (!t.is(Token.Kind.WORD) || t.length() > 2 || !Character.isLowerCase(t.text().charAt(0))
                || k + 2 >= doc.size() || !doc.token(k + 1).is("-") || !doc.glued(k + 1) || !doc.glued(k + 2)) {
            return false;
        }
        Token code = doc.token(k + 2);
        return code.is(Token.Kind.ALPHANUMERIC) || code.is(Token.Kind.NUMBER) && code.length() == 3;
    }

    /** Other mentions of a product or of a model name, where only the model or nothing found a name. */
    private List<EntityPrecedence.Candidate> spread(Document doc, List<EntityPrecedence.Candidate> chosen,
            Set<String> products) {
        EntityPrecedence.Candidate[] at = new EntityPrecedence.Candidate[doc.size()];
        BitSet covered = new BitSet();
        for (EntityPrecedence.Candidate c : chosen) {
            at[c.from()] = c;
            covered.set(c.from(), c.to());
        }
        List<EntityPrecedence.Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < doc.size()) {
            EntityPrecedence.Candidate c = at[i];
            if (c != null && (c.label() == Entity.Label.PRODUCT || c.rule().startsWith("entity.curated"))) {
                out.add(c);
                i = c.to();
                continue;
            }
            EntityPrecedence.Candidate found = null;
            if (capitalised(doc, i) || doc.token(i).is(Token.Kind.ALPHANUMERIC)) {
                for (int end = Math.min(doc.size(), i + MAX_MODEL_TOKENS); end > i; end--) {
                    boolean fits = c == null ? covered.get(i, end).cardinality() == 0 : end == c.to();
                    if (fits && (end == doc.size() || !doc.glued(end)) && products.contains(text(doc, i, end))) {
                        found = new EntityPrecedence.Candidate(i, end, Entity.Label.PRODUCT, SPREAD);
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.to();
            } else if (c != null) {
                out.add(c);
                i = c.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean covered(EntityPrecedence.Candidate[] at, int from, int to) {
        for (int k = from; k < to; k++) {
            if (at[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static String text(Document doc, int from, int to) {
        return doc.text().substring(doc.token(from).start(), doc.token(to - 1).end());
    }

    private static boolean capitalised(Document doc, int i) {
        Token t = doc.token(i);
        // a code ("X7", "M9") or a capitalised word, not an all-capitals word ("CEO", "RAM")
        return t.is(Token.Kind.ALPHANUMERIC) || t.is(Token.Kind.WORD) && Character.isUpperCase(t.text().charAt(0))
                && (t.length() == 1 || !t.text().toUpperCase(Locale.ROOT).equals(t.text()));
    }
}
