package io.fatti.time;

import io.fatti.core.ArticleContext;
import io.fatti.core.ArticleContext.DatePrecision;
import io.fatti.core.Orientation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * What relative expressions are resolved against in one article: the publication date as far as it is known,
 * the orientation for bare weekdays and months, and what the article has mentioned so far (the year in focus and
 * the last period named, for "il primo trimestre" and "lo stesso periodo dell'anno precedente"). One per document.
 */
final class Reference {

    private final ArticleContext context;
    /**
     * The year of the last period (a year, half, quarter, "primi nove mesi") the article named with its year, not as
     * a term of comparison: "nel 2022, ... nella seconda metà dell'anno" is 2022-H2.
     */
    private Integer focusYear;
    /** The last year named in any absolute date, and the sentence naming it (for bare months). */
    private Integer sentenceYear;
    private int sentenceYearSentence = -1;
    /** The sentence's year was named as a term of comparison ("rispetto al 2020"). */
    private boolean sentenceYearCompared;
    /** The sentence being read. */
    private int sentence;
    /** The last period the article named as its topic (for "stesso periodo dell'anno precedente"). */
    private TimeValue lastPeriod;
    /** The last such period of each grain (for "il trimestre precedente" after "fine giugno"). */
    private final java.util.Map<io.fatti.mention.Temporal.Grain, TimeValue> lastByGrain =
            new java.util.EnumMap<>(io.fatti.mention.Temporal.Grain.class);

    Reference(ArticleContext context) {
        this.context = context;
    }

    Orientation orientation() {
        return context.orientation();
    }

    /** Set while reading the date inside a deadline ("entro", "fino a"), which always looks forward. */
    private boolean lookingForward;

    boolean future() {
        return lookingForward || context.orientation() == Orientation.FUTURE;
    }

    /** Sets the forward reading of deadlines on or off; returns the previous setting. */
    boolean lookForward(boolean on) {
        boolean before = lookingForward;
        lookingForward = on;
        return before;
    }

    /** The publication day, when known to the day. */
    LocalDate day() {
        return context.precision() == DatePrecision.DAY ? context.date() : null;
    }

    /** The publication month, when known to the month. */
    YearMonth month() {
        DatePrecision p = context.precision();
        return p == DatePrecision.DAY || p == DatePrecision.MONTH ? YearMonth.from(context.date()) : null;
    }

    /** The publication year, when known. */
    Integer year() {
        return context.date() == null ? null : context.date().getYear();
    }

    /** The reference instant, when the context has a time of day. */
    LocalDateTime now() {
        return context.time() == null ? null : context.date().atTime(context.time());
    }

    /**
     * The year a bare period ("il primo trimestre") belongs to: the one in focus, else the article's. Looking
     * forward ("entro la fine dell'anno", "arriverà nella seconda metà dell'anno") it is never before the article's.
     */
    Integer contextYear() {
        Integer article = year();
        if (focusYear == null) {
            return article;
        }
        if (lookingForward && article != null && article > focusYear) {
            return article;
        }
        return focusYear;
    }

    Integer focusYear() {
        return focusYear;
    }

    TimeValue lastPeriod() {
        return lastPeriod;
    }

    /** The last single day named in the sentence being read, or null ("martedì ..., alle 10:30"). */
    private LocalDate sentenceDay;
    private int sentenceDaySentence = -1;

    /** The last single day the article named, in any sentence, or null. */
    private LocalDate lastDay;

    /** The day "il giorno dopo" counts from: the last day named, else the article's day. */
    LocalDate anchorDay() {
        return lastDay != null ? lastDay : day();
    }

    LocalDate dayInSentence() {
        return sentenceDaySentence == sentence ? sentenceDay : null;
    }

    /** The last topical period of a grain, or null. */
    TimeValue lastPeriod(io.fatti.mention.Temporal.Grain grain) {
        return lastByGrain.get(grain);
    }

    /**
     * Records a mention the article made, for later anaphora.
     *
     * @param absoluteYear the mention names its year ("2022", "terzo trimestre 2021"), not a relative one
     * @param relative     the mention is itself relative to another ("trimestre precedente", "stesso periodo")
     * @param comparison   the mention follows "rispetto a", "contro": a term of comparison, not the topic
     */
    void saw(TimeValue v, boolean absoluteYear, boolean relative, boolean comparison) {
        if (v.kind() == io.fatti.mention.Temporal.Kind.DATE && v.fiscal() && !relative && !comparison) {
            lastPeriod = v; // "primo trimestre fiscale 2024 ... stesso periodo di un anno prima"
            return;
        }
        if (v.kind() != io.fatti.mention.Temporal.Kind.DATE || v.from() == null || v.fiscal()) {
            return;
        }
        Integer y = v.year();
        if (y != null && absoluteYear) {
            sentenceYear = y;
            sentenceYearSentence = sentence;
            sentenceYearCompared = comparison;
        }
        if (v.grain() == io.fatti.mention.Temporal.Grain.DAY && v.from() != null && v.from().equals(v.to())) {
            lastDay = v.from();
            sentenceDay = v.from();
            sentenceDaySentence = sentence;
        }
        if (relative || comparison || v.to() == null
                || v.grain().compareTo(io.fatti.mention.Temporal.Grain.DAY) <= 0) {
            return;
        }
        boolean period = v.grain().compareTo(io.fatti.mention.Temporal.Grain.QUARTER) >= 0 || v.timex().startsWith("P");
        if (y != null && absoluteYear && period) {
            focusYear = y;
        }
        lastPeriod = v;
        lastByGrain.put(v.grain(), v);
    }

    /** Tells which sentence is being read (a month's year follows a year named in the same sentence). */
    void atSentence(int s) {
        sentence = s;
    }

    /**
     * The year of a month-day named without a year: the year named earlier in the same sentence, else by orientation (PAST: the latest
     * occurrence not after the article date; FUTURE: the first not before it). Null when nothing anchors it.
     */
    Integer yearOf(int month, int dayOfMonth) {
        LocalDate today = day();
        boolean articleDay = today != null && today.getMonthValue() == month && today.getDayOfMonth() == dayOfMonth;
        boolean yearInSentence = sentenceYear != null && sentenceYearSentence == sentence;
        if (articleDay && (!yearInSentence || sentenceYearCompared)) {
            return today.getYear(); // "al 2 dicembre" in an article of 2 December: that very day
        }
        if (yearInSentence) {
            return sentenceYear; // "nel 2019 la società era stata quotata a giugno"
        }
        Integer y = year();
        if (y == null) {
            return null;
        }
        LocalDate d = day();
        YearMonth m = month();
        if (m == null) {
            return y;
        }
        int cmp;
        if (d != null && dayOfMonth > 0) {
            cmp = MonthDay.of(month, Math.min(dayOfMonth, 28)).withDayOfMonth(dayOfMonth).compareTo(MonthDay.from(d));
        } else {
            cmp = Integer.compare(month, m.getMonthValue());
        }
        if (future()) {
            return cmp < 0 ? y + 1 : y;
        }
        return cmp > 0 ? y - 1 : y;
    }
}
