package io.fatti.quantity;

import io.fatti.core.Span;
import io.fatti.mention.Amount;
import io.fatti.mention.Qualifier;
import io.fatti.mention.Quantity;
import io.fatti.mention.RatePeriod;
import io.fatti.mention.Temporal;
import io.fatti.number.DigitFormat;
import io.fatti.number.NumberMatch;
import io.fatti.number.NumberReader;
import io.fatti.pipeline.Annotations;
import io.fatti.pipeline.Annotator;
import io.fatti.quantity.ValueReader.Reading;
import io.fatti.text.Document;
import io.fatti.text.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * QUANTITY mentions: a number followed by a unit of measure ("256 GB", "5.000mAh", "6,7\"", "3 nanometri") or by
 * the thing it counts ("43,9 milioni di unità", "25mila dipendenti"), with
 * <ul>
 *   <li>a rate period after it ("5,2 exabyte al mese"; "188 miglia all'ora" becomes the unit mile-per-hour);</li>
 *   <li>dimensions ("2.778 x 1.284 pixel", "1920x1080"): every factor, the amount being the first;</li>
 *   <li>ranges sharing the unit or noun ("tra 10 e 15 milioni di utenti", "dai 1.500 ai 2.000 posti di lavoro",
 *       "128-512 GB"): one mention with low and high;</li>
 *   <li>the hedge before it ("quasi 18 milioni di modelli" is APPROX), kept out of the span;</li>
 *   <li>ages only in an age context ("ha 45 anni"), replacing the duration the time stage may have made of them.</li>
 * </ul>
 * The stage runs before the plain-number stage, so a number with a unit or counted noun is a QUANTITY, not a
 * NUMBER; amounts of money are left alone (currencies are not counted nouns). Immutable and thread-safe.
 */
public final class QuantityAnnotator implements Annotator {

    /** Below this, a glued "AxB" without a unit is more likely a code ("2x2 MIMO", "4x4") than a resolution. */
    private static final BigDecimal BARE_DIMENSION_MIN = BigDecimal.valueOf(100);

    /** The rule of a number read with a collective numeral ("una decina"): always APPROX. */
    private static final String ABOUT = "quantity.collective";

    /** A screen or wheel is measured in inches with a quotation mark; larger numbers before one are something else. */
    private static final BigDecimal MAX_QUOTE_INCHES = BigDecimal.valueOf(200);

    private final NumberReader numbers;
    private final UnitLexicon units;
    private final CountedNoun nouns;
    private final RateReader rates;
    private final UnitContext context;
    private final QualifierReader qualifiers;
    private final RangeWords ranges;
    private final ValueReader values;

    QuantityAnnotator(NumberReader numbers, UnitLexicon units, CountedNoun nouns, RateReader rates,
                      UnitContext context, QualifierReader qualifiers, RangeWords ranges) {
        this.numbers = numbers;
        this.units = units;
        this.nouns = nouns;
        this.rates = rates;
        this.context = context;
        this.qualifiers = qualifiers;
        this.ranges = ranges;
        this.values = new ValueReader(numbers, ranges);
    }

    /** The stage with the packaged Italian data. */
    public static QuantityAnnotator italian() {
        return new QuantityAnnotator(NumberReader.italian(), UnitLexicon.italian(), CountedNoun.italian(),
                RateReader.italian(), UnitContext.italian(), QualifierReader.italian(), RangeWords.italian());
    }

    @Override
    public String name() {
        return "quantity";
    }

    @Override
    public void annotate(Document doc, Annotations annotations) {
        Claims found = new Claims(doc, annotations, numbers);
        int i = 0;
        while (i < doc.size()) {
            int next = at(doc, found, i);
            i = next > i ? next : i + 1;
        }
        found.finish();
    }

    /** Tries a quantity at token i; returns the token after it, or -1. */
    private int at(Document doc, Claims found, int i) {
        if (found.isClaimed(i)) {
            return ageOverDuration(doc, found, i);
        }
        if (!startsValue(doc, i)) {
            return -1;
        }
        if (modelNumberThenValue(doc, i)) {
            int done = afterModelNumber(doc, found, i);
            if (done > 0) {
                return done;
            }
        }
        NumberMatch n = numbers.read(doc, i);
        if (n == null && doc.token(i).is(Token.Kind.WORD) && context.isHalf(doc, i)) {
            return half(doc, found, i);
        }
        n = collective(doc, n);
        if (n == null || found.anyClaimed(n.first(), n.last())) {
            return -1;
        }
        Reading r = values.read(doc, found, n);
        int after = r.last() + 1;
        if (after >= doc.size() || !doc.sameSentence(r.last(), after)) {
            return bareDimensions(doc, found, r);
        }
        // "2,4 miliardi di galloni", "1/4 di miglio": a scale noun or a fraction takes "di" before the unit.
        int unitAt = after;
        NumberMatch last = r.lastNumber();
        if ((last.fraction() || (last.scaled() && nouns.takesDi(doc, last.first(), last.last())))
                && (doc.token(after).is("di") || doc.token(after).is("d'")) && after + 1 < doc.size()) {
            unitAt = after + 1;
        }
        // "16-bit": a hyphen glued on both sides may join the number to its unit.
        if (unitAt == after && doc.token(after).is("-") && doc.glued(after) && doc.glued(after + 1)
                && after + 1 < doc.size() && r.dimensions().isEmpty()) {
            UnitMatch u = units.match(doc, after + 1);
            if (u != null && !u.ageOnly() && !u.degrees()) {
                return unit(doc, found, r, u);
            }
        }
        UnitMatch u = units.match(doc, unitAt);
        if (u != null) {
            int done = unit(doc, found, r, u);
            if (done > 0) {
                return done;
            }
        }
        if (r.dimensions().isEmpty()) {
            NounMatch noun = nouns.match(doc, last.first(), last.last(), after, last.value());
            if (noun != null) {
                return noun(doc, found, r, noun);
            }
        }
        int done = bareDimensions(doc, found, r);
        if (done < 0 && r.first() == i) {
            int name = context.nameEnd(doc, i);
            if (name >= 0 && !found.anyClaimed(i, name)) {
                found.claim(i, name); // "video in 4K": a name, no value for the stages after this one
                return name + 1;
            }
        }
        return done;
    }

    /**
     * "iPhone 15 128GB", "Pixel 8 128 GB": the tokenizer groups "15 128" as a number with a thousands space, but
     * after a product name the first group is the model number and the last one the value.
     */
    private static boolean modelNumberThenValue(Document doc, int i) {
        Token t = doc.token(i);
        if (!t.is(Token.Kind.NUMBER) || t.text().indexOf(' ') < 0 || i == 0 || doc.glued(i)) {
            return false;
        }
        Token name = doc.token(i - 1);
        boolean sentenceStart = i - 1 == 0 || !doc.sameSentence(i - 2, i - 1);
        return name.is(Token.Kind.ALPHANUMERIC)
                || (name.is(Token.Kind.WORD) && !name.text().equals(name.lower()) && !sentenceStart);
    }

    private int afterModelNumber(Document doc, Claims found, int i) {
        Token t = doc.token(i);
        int space = t.text().lastIndexOf(' ');
        BigDecimal value = DigitFormat.parse(t.text().substring(space + 1));
        UnitMatch u = value == null || i + 1 >= doc.size() ? null : units.match(doc, i + 1);
        if (u == null || u.ageOnly() || u.degrees() || found.anyClaimed(i, u.lastToken())) {
            return -1;
        }
        Span sp = doc.span(t.start() + space + 1, doc.token(u.lastToken()).end());
        found.add(new Quantity(sp, doc.original(sp), "quantity.unit-after-model-number", Amount.of(value),
                u.unitId(), null, null, List.of(), null), i, u.lastToken());
        return u.lastToken() + 1;
    }

    /**
     * "una decina di negozi", "tre centinaia di dipendenti": a number (or the article "un", "una", read as one)
     * times the collective numeral after it, an approximate count (rule {@link #ABOUT}).
     */
    private NumberMatch collective(Document doc, NumberMatch n) {
        if (n == null || n.scaled() || n.fraction() || n.last() + 1 >= doc.size()) {
            return n;
        }
        BigDecimal about = context.about(doc, n.last() + 1);
        if (about == null) {
            return n;
        }
        return new NumberMatch(n.value().multiply(about), n.first(), n.last() + 1, ABOUT, true, n.spelled(), false);
    }

    /** "mezzo chilo", "mezzo giro": half of the unit right after it (counted nouns are left alone: "mezza Italia"). */
    private int half(Document doc, Claims found, int i) {
        UnitMatch u = units.match(doc, i + 1);
        if (u == null || u.ageOnly() || u.degrees()) {
            return -1;
        }
        NumberMatch n = new NumberMatch(new BigDecimal("0.5"), i, i, "quantity.half", false, true, true);
        return unit(doc, found, new Reading(i, i, n, n.value(), null, null, List.of(), false, null), u);
    }

    /** A number may not continue a code or name glued to it ("Wi-Fi6", "x86"). */
    private static boolean startsValue(Document doc, int i) {
        if (!doc.glued(i)) {
            return true;
        }
        Token before = doc.token(i - 1);
        if (before.is("-") && doc.glued(i - 1)) {
            return false; // "COVID-19", "F-35"
        }
        return !(before.is(Token.Kind.WORD) || before.is(Token.Kind.ALPHANUMERIC) || before.is(Token.Kind.NUMBER)
                || before.is(".") || before.is("/"));
    }

    // ---- units, nouns, dimensions ----------------------------------------------------------------------------

    private int unit(Document doc, Claims found, Reading r, UnitMatch u) {
        Unit unit = u.unit();
        int last = u.lastToken();
        if (doc.token(u.firstToken()).is("\"") && (r.isRange() || r.value().compareTo(MAX_QUOTE_INCHES) >= 0)) {
            return -1; // "il Boeing 787" or "(1955-2011)" closing a quotation, not inches
        }
        String rule = "quantity.unit";
        Temporal duration = null;
        if (u.ageOnly()) {
            if (!r.dimensions().isEmpty() || r.isRange()) {
                return -1;
            }
            last = context.ageEnd(doc, r.first(), u.lastToken());
            if (last < 0) {
                return -1;
            }
            rule = "quantity.age";
            duration = durationOver(doc, found, r.first(), u.lastToken());
        } else if (u.degrees() && doc.token(u.lastToken()).is("°") && wordFollows(doc, u.lastToken())) {
            return -1; // "1° luglio", "3° posto": an ordinal, not degrees
        } else if (u.degrees() && context.angle(doc, r.first())) {
            unit = units.unit("degree") != null ? units.unit("degree") : unit;
        }
        if (duration == null ? found.anyClaimed(r.first(), last)
                : last > u.lastToken() && found.anyClaimed(u.lastToken() + 1, last)) {
            return -1;
        }
        if (unit.kind() == UnitKind.TEMPERATURE && r.value() != null && r.value().signum() > 0
                && (context.isMinus(doc, r.first() - 1) || spacedMinus(doc, r.first() - 1))
                && !found.isClaimed(r.first() - 1)) {
            NumberMatch n = r.lastNumber();
            r = new Reading(r.first() - 1, r.last(), n, r.value().negate(), null, null, r.dimensions(), false, null);
        }
        RatePeriod per = null;
        if (!u.ageOnly()) {
            RateReader.Rate rate = rateAfter(doc, found, last);
            if (rate != null) {
                last = rate.lastToken();
                Unit compound = compound(unit, rate.period());
                if (compound != null) {
                    unit = compound;
                } else {
                    per = rate.period();
                }
            }
        }
        if (!r.dimensions().isEmpty()) {
            rule = "quantity.dimensions";
        } else if (r.isRange()) {
            rule += "-range";
        }
        if (duration != null) {
            Quantity q = new Quantity(span(doc, r.first(), last), text(doc, r.first(), last), rule,
                    r.amount(hedge(doc, r)), unit.id(), null, per, r.dimensions(), null);
            found.replace(duration, q);
            found.claim(r.first(), last);
            return last + 1;
        }
        int done = emit(doc, found, r, last, rule, unit.id(), null, per);
        if (r.value() != null && r.dimensions().isEmpty() && r.from() == null && !u.ageOnly()) {
            coordinated(doc, found, r.first(), unit.id(), per);
        }
        return done;
    }

    /**
     * "8 o 12 GB", "128, 256 e 512 GB", "6,1 e 6,7 pollici": plain numbers coordinated before a quantity share its
     * unit. Only single digit tokens count (not years), joined by "e", "o", "oppure" or a comma.
     */
    private void coordinated(Document doc, Claims found, int first, String unit, RatePeriod per) {
        int k = first - 1;
        while (k >= 1 && isCoordinator(doc.token(k)) && doc.sameSentence(k - 1, first)) {
            int n = k - 1;
            Token t = doc.token(n);
            BigDecimal v = t.is(Token.Kind.NUMBER) ? DigitFormat.parse(t.text()) : null;
            if (v == null || found.isClaimed(n) || (n > 0 && doc.glued(n) && !startsValue(doc, n))
                    || (t.length() == 4 && v.scale() <= 0 && v.intValue() >= 1900 && v.intValue() <= 2100)
                    || (n + 1 < doc.size() && doc.glued(n + 1) && !isCoordinator(doc.token(n + 1)))) {
                return;
            }
            Span sp = doc.tokenSpan(n, n);
            found.add(new Quantity(sp, doc.original(sp), "quantity.unit-shared", Amount.of(v), unit, null, per,
                    List.of(), null), n, n);
            k = n - 1;
        }
    }

    private static boolean isCoordinator(Token t) {
        return t.is("e") || t.is("o") || t.is("oppure") || t.is(",");
    }

    private int noun(Document doc, Claims found, Reading r, NounMatch noun) {
        NumberMatch n = r.lastNumber();
        String firstText = doc.token(r.first()).text();
        // "un utente" is an article and a noun, not a count; "2021 smartphone" is a year.
        if (!r.isRange() && n.spelled() && !n.scaled() && n.value().compareTo(BigDecimal.ONE) == 0) {
            return -1;
        }
        if (!r.isRange() && n.isBareInteger(firstText) && firstText.length() == 4) {
            return -1;
        }
        int last = noun.lastToken();
        if (found.anyClaimed(r.first(), last)) {
            return -1;
        }
        for (int k = n.first(); k <= n.last(); k++) {
            if (doc.token(k).is("su")) {
                return n.last() + 1; // "1 su 3 utenti" is a share of the users, not a count
            }
        }
        RatePeriod per = null;
        RateReader.Rate rate = rateAfter(doc, found, last);
        for (int k = last + 1; rate == null && k <= last + 2 && isAdjective(doc, k) && !found.isClaimed(k); k++) {
            rate = rateAfter(doc, found, k); // "2,9 miliardi di utenti attivi al mese", "utenti attivi mensili"
        }
        if (rate != null) {
            per = rate.period();
            last = rate.lastToken();
        }
        String rule = r.isRange() ? "quantity.noun-range" : "quantity.noun";
        return emit(doc, found, r, last, rule, null, noun.noun(), per);
    }

    /**
     * Adds the quantity read in {@code r} and ending at token {@code last}. A change "da X a Y unit" gives two
     * quantities: Y with the unit written after it, and X ({@code rule}-shared) with the same unit or noun.
     */
    private int emit(Document doc, Claims found, Reading r, int last, String rule, String unit, String noun,
                     RatePeriod per) {
        int first = r.valueFirst();
        Qualifier q = r.from() == null ? hedge(doc, r) : null;
        found.add(new Quantity(span(doc, first, last), text(doc, first, last), rule, r.amount(q), unit, noun, per,
                r.dimensions(), null), first, last);
        if (r.from() != null) {
            NumberMatch x = r.from();
            found.add(new Quantity(span(doc, x.first(), x.last()), text(doc, x.first(), x.last()), rule + "-shared",
                    Amount.of(r.low()), unit, noun, per, List.of(), null), x.first(), x.last());
        }
        return last + 1;
    }

    /** "1920x1080" with no unit: a resolution-like product, kept only when both factors are large. */
    private int bareDimensions(Document doc, Claims found, Reading r) {
        if (r.dimensions().size() < 2 || !r.gluedDimensions() || found.anyClaimed(r.first(), r.last())) {
            return -1;
        }
        for (BigDecimal d : r.dimensions()) {
            if (d.compareTo(BARE_DIMENSION_MIN) < 0) {
                return -1;
            }
        }
        Quantity q = new Quantity(span(doc, r.first(), r.last()), text(doc, r.first(), r.last()),
                "quantity.dimensions-bare", r.amount(hedge(doc, r)), null, null, null, r.dimensions(), null);
        found.add(q, r.first(), r.last());
        return r.last() + 1;
    }

    /**
     * The rate period right after token {@code last}, or null. When the time stage already read the phrase as a
     * recurring set ("al mese" as SET), the set is dropped: after a quantity the phrase is the quantity's rate.
     */
    private RateReader.Rate rateAfter(Document doc, Claims found, int last) {
        RateReader.Rate rate = rates.read(doc, last + 1);
        if (rate == null || !found.anyClaimed(last + 1, rate.lastToken())) {
            return rate;
        }
        Temporal set = found.durationOrSet(doc.tokenSpan(last + 1, rate.lastToken()), Temporal.Kind.SET);
        if (set == null) {
            return null;
        }
        found.remove(set);
        return rate;
    }

    /**
     * "convertire - 20 gradi": a hyphen-minus or minus sign written apart from a temperature after a word is its sign.
     * Dashes (en, em), which separate headline parts ("Milano – 35 gradi"), are not.
     */
    private static boolean spacedMinus(Document doc, int i) {
        if (i < 1 || !doc.token(i).is("-") || doc.glued(i) || doc.glued(i + 1)
                || !doc.token(i - 1).is(Token.Kind.WORD) || !doc.sameSentence(i - 1, i)) {
            return false;
        }
        String original = doc.original(doc.tokenSpan(i, i));
        return original.equals("-") || original.equals("\u2212");
    }

    /** A lower-case word shaped like an Italian adjective ("attivi", "paganti", "unici") between a noun and its rate. */
    private static boolean isAdjective(Document doc, int i) {
        if (i >= doc.size() || !doc.token(i).is(Token.Kind.WORD) || doc.token(i).length() < 4) {
            return false;
        }
        String w = doc.token(i).text();
        char end = w.charAt(w.length() - 1);
        return Character.isLowerCase(w.charAt(0)) && (end == 'i' || end == 'e' || end == 'o' || end == 'a');
    }

    private static boolean wordFollows(Document doc, int i) {
        return i + 1 < doc.size() && doc.sameSentence(i, i + 1) && doc.token(i + 1).is(Token.Kind.WORD);
    }

    /** "miglia all'ora" is the unit mile-per-hour, "megabit al secondo" megabit-per-second, when the lexicon has it. */
    private Unit compound(Unit unit, RatePeriod period) {
        if (period != RatePeriod.SECOND && period != RatePeriod.HOUR) {
            return null;
        }
        return units.unit(unit.id() + "-per-" + period.name().toLowerCase(Locale.ROOT));
    }

    /**
     * "ha 45 anni" where the time stage already made "45 anni" a duration: in an age context the duration becomes
     * an age. Returns the token after it, or -1.
     */
    private int ageOverDuration(Document doc, Claims found, int i) {
        NumberMatch n = numbers.read(doc, i);
        if (n == null || n.last() + 1 >= doc.size()) {
            return -1;
        }
        UnitMatch u = units.match(doc, n.last() + 1);
        if (u == null || !u.ageOnly() || durationOver(doc, found, n.first(), u.lastToken()) == null) {
            return -1;
        }
        Reading r = new Reading(n.first(), n.last(), n, n.value(), null, null, List.of(), false, null);
        return unit(doc, found, r, u);
    }

    /** The time stage's duration over exactly these tokens ("cinque anni"), which an age context turns into an age. */
    private static Temporal durationOver(Document doc, Claims found, int first, int last) {
        return found.anyClaimed(first, last)
                ? found.durationOrSet(doc.tokenSpan(first, last), Temporal.Kind.DURATION) : null;
    }

    private Qualifier hedge(Document doc, Reading r) {
        QualifierReader.Hedge h = qualifiers.before(doc, r.first());
        if (h == null && r.lastNumber().rule().equals(ABOUT)) {
            return Qualifier.APPROX; // "una decina di negozi"
        }
        return h == null ? null : h.qualifier();
    }

    private static Span span(Document doc, int first, int last) {
        return doc.tokenSpan(first, last);
    }

    private static String text(Document doc, int first, int last) {
        return doc.original(doc.tokenSpan(first, last));
    }
}
