package io.fatti.tools.eval;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.core.Orientation;
import io.fatti.mention.Mention;
import io.fatti.mention.Temporal;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.TimeModifier;
import io.fatti.time.TimeLexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Scoreboard block over Duckling's Italian example corpus ({@code duckling-it/examples.tsv}, Time rows): each
 * phrase is extracted with the corpus's reference time (2013-02-12T04:30, orientation FUTURE) and the longest
 * temporal mention is compared with Duckling's expected value. Both sides are written in one notation first:
 * TIMEX3-style values at the expected grain ({@code 2013-02-12}, {@code 2013-02-12T15:30}, {@code 2013-Q3}),
 * intervals as {@code first/last} (both inclusive at the grain), open intervals as {@code <value} / {@code >value}.
 */
public final class DucklingTimeSuite implements EvalSuite {

    static final Path FILE = Path.of("duckling-it", "examples.tsv");
    static final LocalDateTime NOW = LocalDateTime.of(2013, 2, 12, 4, 30);

    /** One judged row. */
    public record Row(String text, String expected, String got, boolean dayOrCoarser, boolean correct) {
    }

    @Override
    public String name() {
        return "duckling-it/time";
    }

    @Override
    public boolean available(Path evalDir) {
        return Files.isRegularFile(evalDir.resolve(FILE));
    }

    @Override
    public List<Score> run(Path evalDir, Fatti fatti) throws IOException {
        return score(rows(evalDir, fatti, r -> { }));
    }

    /** Judges every Time row, handing each to {@code each} (for reports of the misses). */
    public List<Row> rows(Path evalDir, Fatti fatti, Consumer<Row> each) throws IOException {
        List<Row> out = new ArrayList<>();
        ArticleContext ctx = ArticleContext.at(NOW).withOrientation(Orientation.FUTURE);
        for (String line : Files.readAllLines(evalDir.resolve(FILE), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !f[0].equals("Time")) {
                continue;
            }
            Expected e = Expected.parse(f[1]);
            if (e == null) {
                continue;
            }
            Temporal best = null;
            for (Mention m : fatti.extract(f[2], ctx).mentions()) {
                if (m instanceof Temporal t && (best == null || t.span().length() > best.span().length())) {
                    best = t;
                }
            }
            String got = best == null ? null : notation(best, e.grain);
            Row r = new Row(f[2], e.value, got, e.grain.compareTo(Grain.DAY) >= 0, e.value.equals(got));
            each.accept(r);
            out.add(r);
        }
        return out;
    }

    static List<Score> score(List<Row> rows) {
        int all = rows.size();
        int ok = 0;
        int coarse = 0;
        int coarseOk = 0;
        for (Row r : rows) {
            ok += r.correct ? 1 : 0;
            if (r.dayOrCoarser) {
                coarse++;
                coarseOk += r.correct ? 1 : 0;
            }
        }
        return List.of(
                new Score("duckling-it/time", "accuracy", all == 0 ? 0 : (double) ok / all, ok + "/" + all),
                new Score("duckling-it/time", "accuracy-day-or-coarser", coarse == 0 ? 0 : (double) coarseOk / coarse,
                        coarseOk + "/" + coarse));
    }

    // ------------------------------------------------------------------------------------ our side

    /** Our mention in the shared notation, at the grain Duckling expects where the mention allows it. */
    static String notation(Temporal t, Grain expectedGrain) {
        String timex = t.timex();
        if (timex.equals("PRESENT_REF")) {
            timex = at(NOW, Grain.SECOND);
        }
        String value;
        java.time.OffsetDateTime zoned = zoned(timex);
        if (zoned != null) {
            // a time given in another zone ("alle 16 CET"), seen from the corpus's reference zone
            timex = at(zoned.withOffsetSameInstant(ZONE).toLocalDateTime(), Grain.MINUTE);
        }
        if (timex.contains("/")) {
            value = timex;
        } else if (timex.endsWith("-WE") && t.from() != null) {
            // Duckling's weekend runs from Friday 18:00 to the end of Sunday.
            value = t.from().minusDays(1) + "T18/" + t.to() + "T23";
        } else if (isPartOfDay(timex)) {
            value = partOfDay(timex);
        } else if ((timex.startsWith("P") || isSeason(timex)) && t.from() != null && t.to() != null) {
            // A period we give by its bounds (P2M, a season) is compared by those bounds at Duckling's grain.
            Grain g = expectedGrain.compareTo(Grain.DAY) >= 0 ? expectedGrain : t.grain();
            String a = at(t.from().atStartOfDay(), g);
            String b = at(t.to().atStartOfDay(), g);
            value = a.equals(b) ? a : a + "/" + b;
        } else {
            value = timex;
        }
        if (expectedGrain == Grain.HOUR) {
            value = value.replaceAll("T(\\d{2}):00(?=/|$)", "T$1"); // our hour "T15:00" is Duckling's "T15"
        }
        TimeModifier mod = t.modifier();
        if ((mod == TimeModifier.BY || mod == TimeModifier.END) && t.from() != null && t.to() != null) {
            // "fino a ...": from the reference time to the end named (Duckling writes it to the second)
            LocalDateTime end = mod == TimeModifier.BY && timex.contains("T") ? clock(timex)
                    : t.to().plusDays(1).atStartOfDay();
            if (end != null) {
                return at(NOW, Grain.SECOND) + "/" + at(end.minusSeconds(1), Grain.SECOND);
            }
        }
        if (mod == TimeModifier.END && t.from() == null && t.to() != null) {
            return "<" + at(t.to().plusDays(1).atStartOfDay(), t.grain());
        }
        if (mod == TimeModifier.BY || mod == TimeModifier.BEFORE) {
            return "<" + value;
        }
        if (mod == TimeModifier.AFTER || mod == TimeModifier.SINCE) {
            return ">" + value;
        }
        return value;
    }

    /** Duckling's reference time is at UTC-2. */
    static final java.time.ZoneOffset ZONE = java.time.ZoneOffset.ofHours(-2);

    /** A clock value of ours with a zone ({@code 2013-02-12T16:00+01:00}, {@code ...T08:00Z}), or null. */
    private static java.time.OffsetDateTime zoned(String timex) {
        if (!timex.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})")) {
            return null;
        }
        return java.time.OffsetDateTime.parse(timex.replace("Z", "+00:00").replaceFirst("(T\\d{2}:\\d{2})", "$1:00"));
    }

    /** A clock value of ours ({@code 2013-02-12T14}, {@code 2013-02-12T14:00}) as a date-time, or null. */
    private static LocalDateTime clock(String timex) {
        try {
            String t = timex.length() == 13 ? timex + ":00" : timex;
            return LocalDateTime.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isSeason(String timex) {
        return timex.matches("\\d{4}-(SP|SU|FA|WI)");
    }

    private static boolean isPartOfDay(String timex) {
        return timex.matches("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}");
    }

    private static final TimeLexicon LEXICON = TimeLexicon.italian();

    /** Our parts of the day as hour ranges, as models/time/parts-of-day.tsv defines them. */
    private static String partOfDay(String timex) {
        String day = timex.substring(0, 10);
        int[] hours = LEXICON.partOfDayHours(timex.substring(11));
        if (hours == null) {
            return timex;
        }
        return String.format("%sT%02d/%sT%02d", day, hours[0], day, hours[1] - 1);
    }

    // ------------------------------------------------------------------------------------ Duckling's side

    /** Duckling's expected value in the shared notation, and its grain. */
    record Expected(String value, Grain grain) {

        static Expected parse(String s) {
            s = s.strip();
            int lastSpace = s.lastIndexOf(' ');
            if (s.startsWith("datetimeHoliday")) {
                int q = s.indexOf('"');
                String head = s.substring(0, q).strip();
                return parse("datetime" + head.substring("datetimeHoliday".length()));
            }
            Grain g = grain(s.substring(lastSpace + 1));
            if (g == null) {
                return null;
            }
            String body = s.substring(0, lastSpace);
            if (body.startsWith("datetimeInterval")) {
                List<int[]> t = tuples(body);
                LocalDateTime a = time(t.get(0));
                LocalDateTime b = minusOne(time(t.get(1)), g);
                return new Expected(at(a, g) + "/" + at(b, g), g);
            }
            if (body.startsWith("datetimeOpenInterval")) {
                String sign = body.contains("Before") ? "<" : ">";
                return new Expected(sign + at(time(tuples(body).get(0)), g), g);
            }
            if (body.startsWith("datetime")) {
                return new Expected(at(time(tuples(body).get(0)), g), g);
            }
            return null;
        }

        private static Grain grain(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "second" -> Grain.SECOND;
                case "minute" -> Grain.MINUTE;
                case "hour" -> Grain.HOUR;
                case "day" -> Grain.DAY;
                case "week" -> Grain.WEEK;
                case "month" -> Grain.MONTH;
                case "quarter" -> Grain.QUARTER;
                case "year" -> Grain.YEAR;
                default -> null;
            };
        }

        private static List<int[]> tuples(String s) {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while ((i = s.indexOf('(', i)) >= 0) {
                int j = s.indexOf(')', i);
                String inner = s.substring(i + 1, j);
                if (inner.startsWith("(")) {
                    i++;
                    continue;
                }
                String[] p = inner.split(",");
                int[] v = new int[6];
                for (int k = 0; k < 6 && k < p.length; k++) {
                    v[k] = Integer.parseInt(p[k].strip());
                }
                out.add(v);
                i = j + 1;
            }
            return out;
        }

        private static LocalDateTime time(int[] v) {
            return LocalDateTime.of(v[0], Math.max(v[1], 1), Math.max(v[2], 1), v[3], v[4], v[5]);
        }

        private static LocalDateTime minusOne(LocalDateTime t, Grain g) {
            return switch (g) {
                case SECOND -> t.minusSeconds(1);
                case MINUTE -> t.minusMinutes(1);
                case HOUR -> t.minusHours(1);
                case DAY -> t.minusDays(1);
                case WEEK -> t.minusWeeks(1);
                case MONTH -> t.minusMonths(1);
                case QUARTER -> t.minusMonths(3);
                default -> t.minusYears(1);
            };
        }
    }

    /** A point in time written at a grain: 2013, 2013-Q1, 2013-02, 2013-W07, 2013-02-12, 2013-02-12T15:30. */
    static String at(LocalDateTime t, Grain g) {
        LocalDate d = t.toLocalDate();
        return switch (g) {
            case YEAR, DECADE, CENTURY -> String.format("%04d", d.getYear());
            case HALF -> String.format("%04d-H%d", d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format("%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case MONTH -> YearMonth.from(d).toString();
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY, PART_OF_DAY -> d.toString();
            case HOUR -> d + String.format("T%02d", t.getHour());
            case MINUTE -> d + String.format("T%02d:%02d", t.getHour(), t.getMinute());
            case SECOND -> d + String.format("T%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        };
    }
}
