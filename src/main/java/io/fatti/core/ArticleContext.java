package io.fatti.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor knows about an article besides its text: the publication date (possibly known only to the
 * month or the year) and the orientation used for bare weekdays and months. Immutable.
 *
 * @param date        the publication date, or {@code null} when unknown; when the precision is MONTH or YEAR it is
 *                    the first day of that month or year
 * @param precision   how much of {@code date} is known
 * @param orientation how bare weekdays and months are resolved
 * @param time        the time of day the article refers to as "now" ("tra un'ora", "alle 3"), or {@code null};
 *                    only with a DAY precision. News rarely has one; assistant-style corpora do.
 */
public record ArticleContext(LocalDate date, DatePrecision precision, Orientation orientation, LocalTime time) {

    /** How much of the publication date is known. */
    public enum DatePrecision { DAY, MONTH, YEAR, NONE }

    public ArticleContext {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(orientation, "orientation");
        if ((date == null) != (precision == DatePrecision.NONE)) {
            throw new IllegalArgumentException("date and precision disagree: " + date + " / " + precision);
        }
        if (time != null && precision != DatePrecision.DAY) {
            throw new IllegalArgumentException("a time of day needs a full date, precision is " + precision);
        }
    }

    /** A context without a time of day (the usual case for news). */
    public ArticleContext(LocalDate date, DatePrecision precision, Orientation orientation) {
        this(date, precision, orientation, null);
    }

    /** An article (or utterance) whose "now" is known to the minute or second. */
    public static ArticleContext at(LocalDateTime now) {
        if (now == null) {
            throw new IllegalArgumentException("now is null");
        }
        return new ArticleContext(now.toLocalDate(), DatePrecision.DAY, Orientation.PAST, now.toLocalTime());
    }

    public static ArticleContext published(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is null: use ArticleContext.undated()");
        }
        return new ArticleContext(date, DatePrecision.DAY, Orientation.PAST);
    }

    public static ArticleContext published(YearMonth month) {
        if (month == null) {
            throw new IllegalArgumentException("month is null: use ArticleContext.undated()");
        }
        return new ArticleContext(month.atDay(1), DatePrecision.MONTH, Orientation.PAST);
    }

    public static ArticleContext publishedIn(int year) {
        return new ArticleContext(LocalDate.of(year, 1, 1), DatePrecision.YEAR, Orientation.PAST);
    }

    public static ArticleContext undated() {
        return new ArticleContext(null, DatePrecision.NONE, Orientation.PAST);
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    public static ArticleContext parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("date is null");
        }
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return published(LocalDate.parse(v));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return published(YearMonth.parse(v));
            }
            if (v.matches("\\d{4}")) {
                return publishedIn(Integer.parseInt(v));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date '" + value + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("invalid date '" + value + "': expected YYYY-MM-DD, YYYY-MM or YYYY");
    }

    public ArticleContext withOrientation(Orientation newOrientation) {
        if (newOrientation == null) {
            throw new IllegalArgumentException("orientation is null");
        }
        return new ArticleContext(date, precision, newOrientation, time);
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public boolean isDated() {
        return date != null;
    }

    /** The date as written in the contract: {@code 2021-11-22}, {@code 2021-11}, {@code 2021} or {@code null}. */
    public String isoValue() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> Integer.toString(date.getYear());
            case NONE -> null;
        };
    }
}
