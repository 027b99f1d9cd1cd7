package io.fatti.money;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * How currencies are written in Italian news: symbols, ISO codes and Italian names with their qualifiers
 * ("dollari australiani"), from {@code models/money/currencies.tsv}, and subunits ("centesimi", "pence") from
 * {@code models/money/subunits.tsv}. Immutable.
 */
public final class CurrencyLexicon {

    enum Position { BEFORE, AFTER, BOTH }

    private record Written(Currency currency, Position position) {
    }

    /** A subunit and its default currency: "centesimi" = 0.01 EUR. */
    public record Subunit(Currency currency, BigDecimal factor) {
    }

    /** A currency found in the text, tokens {@code first}..{@code last}. */
    public record Found(int first, int last, Currency currency) {
    }

    private final PhraseTable<Written> forms = new PhraseTable<>();
    private final PhraseTable<Subunit> subunits = new PhraseTable<>();
    private final java.util.Set<String> cues = new java.util.HashSet<>();

    private CurrencyLexicon(DataFile currencies, DataFile subunitFile, DataFile cueFile) {
        for (DataFile.Line line : cueFile) {
            cues.add(line.field(0).toLowerCase(java.util.Locale.ROOT));
        }
        for (DataFile.Line line : currencies) {
            Currency c = currency(line, 1);
            Position p = line.enumField(2, Position.class);
            String letterCase = line.field(3);
            if (!letterCase.equals("ANY") && !letterCase.equals("EXACT")) {
                throw line.error("case must be ANY or EXACT, not '" + letterCase + "'");
            }
            forms.add(line.field(0), letterCase.equals("EXACT"), new Written(c, p));
        }
        for (DataFile.Line line : subunitFile) {
            BigDecimal factor;
            try {
                factor = new BigDecimal(line.field(2));
            } catch (NumberFormatException e) {
                throw line.error("'" + line.field(2) + "' is not a number");
            }
            subunits.add(line.field(0), false, new Subunit(currency(line, 1), factor));
        }
    }

    private static Currency currency(DataFile.Line line, int i) {
        try {
            return Currency.getInstance(line.field(i));
        } catch (IllegalArgumentException e) {
            throw line.error("'" + line.field(i) + "' is not an ISO 4217 currency code");
        }
    }

    private static final class Holder {
        static final CurrencyLexicon ITALIAN = new CurrencyLexicon(DataFile.read("money/currencies.tsv"),
                DataFile.read("money/subunits.tsv"), DataFile.read("money/cues.tsv"));
    }

    public static CurrencyLexicon italian() {
        return Holder.ITALIAN;
    }

    /** True when a currency may be written starting with this token (a cheap test). */
    public boolean mayStartWith(Token tok) {
        return forms.mayStartWith(tok);
    }

    /** A currency written before an amount, starting at token {@code i} ("$", "US$", "EUR"). */
    public Found before(Document doc, int i) {
        PhraseTable.Match<Written> m = forms.startingAt(doc, i);
        return m != null && m.value().position() != Position.AFTER ? new Found(m.first(), m.last(), m.value().currency())
                : null;
    }

    /** A currency written after an amount, starting at token {@code i} ("euro", "dollari statunitensi", "€"). */
    public Found after(Document doc, int i) {
        PhraseTable.Match<Written> m = forms.startingAt(doc, i);
        return m != null && m.value().position() != Position.BEFORE ? new Found(m.first(), m.last(), m.value().currency())
                : null;
    }

    /** True for a word that makes a nearby bare amount money: "ricavi", "debito", "investe" (models/money/cues.tsv). */
    public boolean isMoneyCue(Token tok) {
        return cues.contains(tok.lower());
    }

    /** A subunit starting at token {@code i}: {first, last} and its meaning, or null. */
    public PhraseTable.Match<Subunit> subunit(Document doc, int i) {
        return subunits.startingAt(doc, i);
    }
}
