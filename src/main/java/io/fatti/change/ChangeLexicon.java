package io.fatti.change;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.mention.Change;
import io.fatti.mention.Qualifier;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The words of changes, read from {@code models/change/}: triggers ("aumento", "sceso"), phrases that look like
 * changes but are not ("perdita netta"), multipliers ("raddoppiato"), fractions ("un terzo"), bases ("su base
 * annua"), percentage points ("punti percentuali") and the small connecting words around them. Immutable; a
 * malformed line fails the load with a {@link io.fatti.lexicon.ModelDataException} naming file and line.
 */
final class ChangeLexicon {

    /** Whether a trigger is a noun ("un aumento", "in calo") or a verb ("è salito", "ha perso"). */
    enum Form { NOUN, VERB }

    /** The kinds of size a trigger may take: "perso il 3%" (PERCENT) but not "perso 3 milioni di euro" (MONEY). */
    enum Size { PERCENT, POINTS, MONEY, COUNT }

    /** A word announcing a change, and which kinds of size it accepts. */
    record Trigger(Change.Direction direction, Form form, Set<Size> sizes) {
    }

    /** A change whose size is in the words: "raddoppiato" (UP FACTOR 2), "più del triplo" (UP FACTOR 3 MORE_THAN). */
    record Multiplier(Change.Direction direction, Change.Unit unit, BigDecimal value, Qualifier qualifier) {
    }

    /** "punti percentuali" (sure) or "punti" (points only when the changed value is a percentage). */
    record Points(BigDecimal scale, boolean sure) {
    }

    /** A word allowed between a trigger and its size, possibly hedging the size ("circa"). */
    record Filler(Qualifier qualifier) {
    }

    final PhraseTable<Trigger> triggers = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> notChanges = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Multiplier> multipliers = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<BigDecimal> fractions = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Change.Basis> bases = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Points> points = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> sizeWords = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Filler> fillers = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> levelLinks = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    /** Opens a reference; FALSE when it does so only before a number or a date ("dal 2020", "sui 12 mesi"). */
    final PhraseTable<Boolean> referenceOpeners = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> boundaries = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> referenceEnds = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Change.Direction> moreOrLess = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> inWords = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> respectively = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> alternatives = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> fromWords = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> joins = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> articles = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> times = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> skippable = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    final PhraseTable<Boolean> parallels = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    /** A move with no direction of its own: "passa da 6,99 a 7,99 euro" (the two values give the direction). */
    final PhraseTable<Boolean> shifts = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    /** Words inside a reference that give its basis: "dello stesso periodo dell'anno precedente" is YOY. */
    final PhraseTable<Change.Basis> referenceBases = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
    /** Words making a reference a point in time ("di fine 2023"): naming a year then implies no basis. */
    final PhraseTable<Boolean> pointReferences = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);

    private static volatile ChangeLexicon italian;

    /** The Italian lexicon, loaded once from the classpath. */
    static ChangeLexicon italian() {
        ChangeLexicon l = italian;
        if (l == null) {
            synchronized (ChangeLexicon.class) {
                l = italian;
                if (l == null) {
                    l = load();
                    italian = l;
                }
            }
        }
        return l;
    }

    /** Longer phrases are not worth supporting. */
    static final int MAX_TOKENS = 10;

    /** Adds a phrase of a data line; one with no or too many tokens, or a duplicate, is an error naming the line. */
    static <V> void put(PhraseTable<V> table, String phrase, V value, DataFile.Line line) {
        int n = PhraseTable.tokens(phrase).size();
        if (n == 0 || n > MAX_TOKENS) {
            throw line.error("a phrase must have 1 to " + MAX_TOKENS + " tokens: '" + phrase + "'");
        }
        if (!table.add(phrase, value)) {
            throw line.error("duplicate phrase '" + phrase + "'");
        }
    }

    static ChangeLexicon load() {
        ChangeLexicon l = new ChangeLexicon();
        for (DataFile.Line line : DataFile.read("change/triggers.tsv")) {
            Change.Direction d = line.enumField(1, Change.Direction.class);
            Form form = line.enumField(2, Form.class);
            Set<Size> sizes = sizes(line, line.field(3));
            put(l.triggers, line.field(0), new Trigger(d, form, sizes), line);
        }
        for (DataFile.Line line : DataFile.read("change/not-changes.tsv")) {
            put(l.notChanges, line.field(0), Boolean.TRUE, line);
        }
        for (DataFile.Line line : DataFile.read("change/multipliers.tsv")) {
            Change.Direction d = line.enumField(1, Change.Direction.class);
            Change.Unit unit = line.enumField(2, Change.Unit.class);
            if (unit != Change.Unit.FACTOR && unit != Change.Unit.PERCENT) {
                throw line.error("a multiplier's unit is FACTOR or PERCENT, not " + unit);
            }
            Qualifier q = line.size() > 4 && !line.field(4, "").isEmpty() ? line.enumField(4, Qualifier.class) : null;
            put(l.multipliers, line.field(0), new Multiplier(d, unit, decimal(line, 3), q), line);
        }
        for (DataFile.Line line : DataFile.read("change/fractions.tsv")) {
            put(l.fractions, line.field(0), percentOf(line, line.field(1)), line);
        }
        for (DataFile.Line line : DataFile.read("change/reference-bases.tsv")) {
            if (line.field(1).equals("POINT")) {
                put(l.pointReferences, line.field(0), Boolean.TRUE, line);
            } else {
                put(l.referenceBases, line.field(0), line.enumField(1, Change.Basis.class), line);
            }
        }
        for (DataFile.Line line : DataFile.read("change/bases.tsv")) {
            put(l.bases, line.field(0), line.enumField(1, Change.Basis.class), line);
        }
        for (DataFile.Line line : DataFile.read("change/points.tsv")) {
            String certainty = line.field(2);
            if (!certainty.equals("SURE") && !certainty.equals("RATE")) {
                throw line.error("certainty must be SURE or RATE, not '" + certainty + "'");
            }
            put(l.points, line.field(0), new Points(decimal(line, 1), certainty.equals("SURE")), line);
        }
        for (DataFile.Line line : DataFile.read("change/connectives.tsv")) {
            String role = line.field(0);
            String phrase = line.field(1);
            switch (role) {
                case "SIZE" -> put(l.sizeWords, phrase, Boolean.TRUE, line);
                case "FILLER" -> {
                    Qualifier q = line.field(2, "").isEmpty() ? null : line.enumField(2, Qualifier.class);
                    put(l.fillers, phrase, new Filler(q), line);
                }
                case "LEVEL" -> put(l.levelLinks, phrase, Boolean.TRUE, line);
                case "REFERENCE" -> put(l.referenceOpeners, phrase, Boolean.TRUE, line);
                case "DATED_REFERENCE" -> put(l.referenceOpeners, phrase, Boolean.FALSE, line);
                case "RESPECTIVELY" -> put(l.respectively, phrase, Boolean.TRUE, line);
                case "ALTERNATIVE" -> put(l.alternatives, phrase, Boolean.TRUE, line);
                case "FROM" -> put(l.fromWords, phrase, Boolean.TRUE, line);
                case "JOIN" -> put(l.joins, phrase, Boolean.TRUE, line);
                case "ARTICLE" -> put(l.articles, phrase, Boolean.TRUE, line);
                case "TIMES" -> put(l.times, phrase, Boolean.TRUE, line);
                case "SKIP" -> put(l.skippable, phrase, Boolean.TRUE, line);
                case "PARALLEL" -> put(l.parallels, phrase, Boolean.TRUE, line);
                case "SHIFT" -> put(l.shifts, phrase, Boolean.TRUE, line);
                case "BOUNDARY" -> {
                    put(l.boundaries, phrase, Boolean.TRUE, line);
                    put(l.referenceEnds, phrase, Boolean.TRUE, line);
                }
                case "END" -> put(l.referenceEnds, phrase, Boolean.TRUE, line);
                case "MORE" -> put(l.moreOrLess, phrase, Change.Direction.UP, line);
                case "LESS" -> put(l.moreOrLess, phrase, Change.Direction.DOWN, line);
                case "IN" -> put(l.inWords, phrase, Boolean.TRUE, line);
                default -> throw line.error("unknown role '" + role + "'");
            }
        }
        return l;
    }

    /** "ANY", or a comma list of PERCENT, POINTS, MONEY, COUNT and ABSOLUTE (= MONEY and COUNT). */
    /** A word with no role in changes: the metric in "un calo DEI RICAVI", the noun in "di UTENTI". */
    boolean isPlainWord(Document doc, int j) {
        return doc.token(j).is(Token.Kind.WORD) && !triggers.has(doc, j) && !boundaries.has(doc, j)
                && !referenceEnds.has(doc, j) && !levelLinks.has(doc, j)
                && !referenceOpeners.has(doc, j);
    }

    private static Set<Size> sizes(DataFile.Line line, String field) {
        Set<Size> out = EnumSet.noneOf(Size.class);
        for (String s : field.split(",")) {
            switch (s.strip()) {
                case "ANY" -> out.addAll(EnumSet.allOf(Size.class));
                case "ABSOLUTE" -> out.addAll(EnumSet.of(Size.MONEY, Size.COUNT));
                default -> {
                    try {
                        out.add(Size.valueOf(s.strip()));
                    } catch (IllegalArgumentException e) {
                        throw line.error("'" + s + "' is not ANY, ABSOLUTE, PERCENT, POINTS, MONEY or COUNT");
                    }
                }
            }
        }
        return out;
    }

    /** "1/3" as the percent it stands for, to ten decimals: 33.3333333333. */
    private static BigDecimal percentOf(DataFile.Line line, String fraction) {
        String[] parts = fraction.split("/");
        try {
            if (parts.length == 2) {
                BigDecimal n = new BigDecimal(parts[0].strip());
                BigDecimal d = new BigDecimal(parts[1].strip());
                if (d.signum() > 0 && n.signum() > 0) {
                    return n.multiply(BigDecimal.valueOf(100))
                            .divide(d, 10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw line.error("'" + fraction + "' is not a positive fraction n/d");
    }

    private static BigDecimal decimal(DataFile.Line line, int i) {
        String s = line.field(i);
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw line.error("'" + s + "' is not a decimal number");
        }
    }
}
