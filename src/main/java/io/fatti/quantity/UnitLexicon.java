package io.fatti.quantity;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.text.Document;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Italian names of units of measure, singular, plural and abbreviated, read from {@code models/quantity/units.tsv}
 * (the file's header explains its columns). {@link #match(Document, int)} finds the longest unit written at a token,
 * whether glued to the number before it ("5.000mAh", "6,7\"") or spaced ("256 GB", "3 nanometri").
 * Immutable and thread-safe.
 */
public final class UnitLexicon {

    private static final Set<String> FLAGS = Set.of("case", "glued", "age", "degrees", "quote");

    /** How far back an open quotation is looked for, so the work per token stays bounded. */
    private static final int QUOTE_LOOKBACK = 50;

    private record Form(Unit unit, boolean glued, boolean age, boolean degrees, boolean quote) {
    }

    private final PhraseTable<Form> forms = new PhraseTable<>(PhraseTable.Option.GLUED_AS_WRITTEN);
    private final Map<String, Unit> units = new HashMap<>();

    private UnitLexicon() {
    }

    /** The lexicon packaged with the library. */
    public static UnitLexicon italian() {
        return load(DataFile.read("quantity/units.tsv"));
    }

    /** Builds the lexicon from a data file, failing with file and line on a bad entry. */
    public static UnitLexicon load(DataFile file) {
        UnitLexicon lexicon = new UnitLexicon();
        for (DataFile.Line line : file) {
            String form = line.field(0);
            String id = line.field(1);
            if (!id.matches("[a-z]+(-[a-z]+)*")) {
                throw line.error("unit id '" + id + "' is not a lower-case dashed id");
            }
            UnitKind kind = UnitKind.parse(line.field(2));
            if (kind == null) {
                throw line.error("unknown kind '" + line.field(2) + "'");
            }
            Set<String> flags = Set.of();
            if (!line.field(3, "").isEmpty()) {
                flags = Set.of(line.field(3).split(","));
                for (String f : flags) {
                    if (!FLAGS.contains(f)) {
                        throw line.error("unknown flag '" + f + "' (known: " + FLAGS + ")");
                    }
                }
            }
            if (line.size() > 4) {
                throw line.error("expected at most 4 fields, found " + line.size());
            }
            Unit unit = lexicon.units.computeIfAbsent(id, k -> new Unit(k, kind));
            if (unit.kind() != kind) {
                throw line.error("unit '" + id + "' was declared with kind " + unit.kind().label());
            }
            Form f = new Form(unit, flags.contains("glued"), flags.contains("age"), flags.contains("degrees"),
                    flags.contains("quote"));
            lexicon.forms.add(form, flags.contains("case"), f);
        }
        return lexicon;
    }

    /**
     * The longest unit written from token {@code i}, which is the token right after a number; null when none.
     * A unit marked "glued" in the data ({@code "} for inches) must touch the number.
     */
    public UnitMatch match(Document doc, int i) {
        if (i <= 0 || i >= doc.size()) {
            return null;
        }
        PhraseTable.Match<Form> m = forms.startingAt(doc, i);
        if (m == null) {
            return null;
        }
        Form f = m.value();
        if ((f.glued() && !doc.glued(i)) || (f.quote() && closesQuotation(doc, i))) {
            return null;
        }
        // A unit abbreviation glued to a following word is part of that word's token run ("5 GBit" is fine,
        // but "3 mAhx" is not split this way by the tokenizer anyway); a following digit means a code ("4G2").
        int next = m.last() + 1;
        if (next < doc.size() && doc.glued(next) && doc.token(next).kind() == io.fatti.text.Token.Kind.NUMBER) {
            return null;
        }
        return new UnitMatch(f.unit(), i, m.last(), f.age(), f.degrees());
    }

    /** True when the quotation mark at token i closes one opened earlier in its sentence (an odd count before). */
    private static boolean closesQuotation(Document doc, int i) {
        String mark = doc.token(i).text();
        int open = 0;
        for (int k = i - 1; k >= 0 && k >= i - QUOTE_LOOKBACK && doc.sameSentence(k, i); k--) {
            if (doc.token(k).text().equals(mark)) {
                open++;
            }
        }
        return open % 2 == 1;
    }

    /** The unit with this id, or null. */
    public Unit unit(String id) {
        return units.get(id);
    }
}
