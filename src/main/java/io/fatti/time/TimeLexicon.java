package io.fatti.time;

import io.fatti.lexicon.DataFile;
import io.fatti.text.PhraseTable;
import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.TimeModifier;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Italian words of the temporal layer, loaded from {@code models/time/}: month and weekday names, number and
 * ordinal words, units, shift words (scorso, prossimo), parts of periods and days, seasons, holidays and the small
 * function words around dates. Every entry is validated at load; a bad line fails naming file and line.
 * Immutable and thread-safe once built.
 */
public final class TimeLexicon {

    /** Function-word roles, see {@code models/time/function-words.tsv}. */
    enum Role { ARTICLE, OF, IN, FROM, TO, BETWEEN, AND, BY, UNTIL, BEFORE, AFTER, APPROX, EVERY, AGO, YEAR_CUE,
            AGE_CUE, AUXILIARY, CLOCK_CUE, AGE_ADVERB, AGE_ADJECTIVE, COMPARISON, DEFINITE, NOT_A_DATE_AFTER,
        VAGUE_AMOUNT, WHOLE, REST, FUTURE_CUE, CALENDAR, PERIOD_END, SAME }

    /** A month or weekday name; {@code word}: an abbreviation that is also a common word ("set", "mar"). */
    record NameEntry(int value, boolean full, boolean word) {
    }

    /** A time unit; {@code abbreviation}: invariant for one and many ("3 h", "20 min"). */
    record Unit(Grain grain, int count, boolean abbreviation) {
    }

    record Shift(int offset, boolean fromMention) {
    }

    record PartOfDay(String code, int fromHour, int toHour, int dayShift) {
    }

    record DayPart(int dayOffset, String code) {
    }

    record Season(String code, MonthDay first, MonthDay last) {
    }

    /** A named day: a fixed month-day, or the n-th weekday of a month. */
    record Holiday(MonthDay fixed, int nth, DayOfWeek weekday, int month) {
    }

    /**
     * What a word is to the grammar, looked up once per token: a bit for each word list holding it ({@link #MONTH},
     * {@link #UNIT}...; for phrase tables, the lists of phrases it can begin), a bit per {@link Role}, and which
     * form of a {@link Word} it is (-1: none).
     */
    record WordClass(int lists, int roles, int form) {
    }

    static final int MONTH = 1;
    static final int WEEKDAY = 1 << 1;
    static final int NUMBER = 1 << 2;
    static final int ORDINAL = 1 << 3;
    static final int UNIT = 1 << 4;
    static final int PERIOD_PART = 1 << 5;
    static final int PART_OF_DAY = 1 << 6;
    static final int DAY_PART = 1 << 7;
    static final int SEASON = 1 << 8;
    static final int SHIFT = 1 << 9;
    static final int RELATIVE_DAY = 1 << 10;
    static final int HOLIDAY = 1 << 11;
    static final int NOW = 1 << 12;
    static final int CONTENT = 1 << 13;
    static final int LEAD = 1 << 14;
    static final int FORWARD = 1 << 15;

    private static final WordClass NO_CLASS = new WordClass(0, 0, -1);

    private final Map<String, WordClass> wordClasses = new HashMap<>();

    final Map<String, NameEntry> months = new HashMap<>();
    final Map<String, NameEntry> weekdays = new HashMap<>();
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final PhraseTable<Integer> relativeDays = new PhraseTable<>();
    final PhraseTable<Shift> shifts = new PhraseTable<>();
    final Map<String, TimeModifier> periodParts = new HashMap<>();
    final Map<String, PartOfDay> partsOfDay = new HashMap<>();
    /** Parts of day by TIMEX3 code (MO, AF, EV, NI). */
    final Map<String, PartOfDay> partsByCode = new HashMap<>();
    final Map<String, DayPart> dayPartWords = new HashMap<>();
    final Map<String, Season> seasons = new HashMap<>();
    final PhraseTable<Holiday> holidays = new PhraseTable<>();
    final Map<String, String> sets = new HashMap<>();
    final PhraseTable<Boolean> nowWords = new PhraseTable<>();
    /** Time zone names ("utc", "cet") and their ISO offsets. */
    final Map<String, String> timezones = new HashMap<>();
    /** Endings of the simple future ("sarà", "aumenteranno"). */
    final List<String> futureEndings = new java.util.ArrayList<>();
    /** Words announcing something planned ("prevista", "in programma"). */
    final Set<String> forwardWords = new java.util.HashSet<>();
    /** Stocks measured at a date ("liquidità", "dipendenti"): near one, "a fine marzo" is the month's last day. */
    final Set<String> stockWords = new java.util.HashSet<>();
    /** Numbers written as one word ("millenovecentonovantanove"), for years and decades in words. */
    NumberWords numberWords;
    private final Map<String, Set<Role>> roles = new HashMap<>();
    /** Words that can begin or carry a temporal expression (a cheap gate before the grammar runs). */
    final Set<String> contentWords = new java.util.HashSet<>();
    /** Small words that can begin a wrapper ("entro", "dal", "tra", "al"): tried only when content follows. */
    final Set<String> leadWords = new java.util.HashSet<>();

    /** The forms of each {@link Word}, by ordinal ({@code grammar-words.tsv}). */
    private final String[][] grammarWords = new String[Word.values().length][];

    /** A number for each distinct form of the {@link Word}s, and the numbers of each word's forms, by ordinal. */
    private final Map<String, Integer> formIds = new HashMap<>();

    private final int[][] wordForms = new int[Word.values().length][];

    private TimeLexicon() {
    }

    /** Loads the packaged Italian lexicon. */
    public static TimeLexicon italian() {
        TimeLexicon x = new TimeLexicon();
        for (DataFile.Line l : DataFile.read("time/months.tsv")) {
            x.months.put(l.field(0), new NameEntry(intIn(l, 1, 1, 12), full(l), l.field(2).equals("WORD")));
        }
        for (DataFile.Line l : DataFile.read("time/weekdays.tsv")) {
            x.weekdays.put(l.field(0), new NameEntry(intIn(l, 1, 1, 7), full(l), l.field(2).equals("WORD")));
        }
        for (DataFile.Line l : DataFile.read("time/numbers.tsv")) {
            x.numbers.put(l.field(0), intIn(l, 1, 0, 1000));
        }
        for (DataFile.Line l : DataFile.read("time/ordinals.tsv")) {
            x.ordinals.put(l.field(0), intIn(l, 1, -2, 31));
        }
        for (DataFile.Line l : DataFile.read("time/units.tsv")) {
            String abbr = l.field(3, "");
            if (!abbr.isEmpty() && !abbr.equals("ABBR")) {
                throw l.error("expected ABBR or nothing in the fourth field, found '" + abbr + "'");
            }
            x.units.put(l.field(0), new Unit(l.enumField(1, Grain.class), intIn(l, 2, 1, 100), !abbr.isEmpty()));
        }
        for (DataFile.Line l : DataFile.read("time/relative-days.tsv")) {
            x.relativeDays.add(l.field(0), intIn(l, 1, -7, 7));
        }
        for (DataFile.Line l : DataFile.read("time/shifts.tsv")) {
            String anchor = l.field(2);
            if (!anchor.equals("ARTICLE") && !anchor.equals("MENTION")) {
                throw l.error("anchor must be ARTICLE or MENTION, found '" + anchor + "'");
            }
            x.shifts.add(l.field(0), new Shift(intIn(l, 1, -1, 1), anchor.equals("MENTION")));
        }
        for (DataFile.Line l : DataFile.read("time/period-parts.tsv")) {
            TimeModifier m = l.enumField(1, TimeModifier.class);
            if (!EnumSet.of(TimeModifier.START, TimeModifier.MID, TimeModifier.END).contains(m)) {
                throw l.error("expected START, MID or END");
            }
            x.periodParts.put(l.field(0), m);
        }
        for (DataFile.Line l : DataFile.read("time/parts-of-day.tsv")) {
            PartOfDay p = new PartOfDay(code(l, 1), intIn(l, 2, 0, 24), intIn(l, 3, 0, 24), intIn(l, 4, 0, 1));
            x.partsOfDay.put(l.field(0), p);
            x.partsByCode.putIfAbsent(p.code(), p);
        }
        for (DataFile.Line l : DataFile.read("time/day-parts-words.tsv")) {
            DayPart d = new DayPart(intIn(l, 1, -2, 2), code(l, 2));
            if (!x.partsByCode.containsKey(d.code())) {
                throw l.error("unknown part of day '" + d.code() + "' (see parts-of-day.tsv)");
            }
            x.dayPartWords.put(l.field(0), d);
        }
        for (DataFile.Line l : DataFile.read("time/seasons.tsv")) {
            x.seasons.put(l.field(0), new Season(code(l, 1), monthDay(l, 2), monthDay(l, 3)));
        }
        for (DataFile.Line l : DataFile.read("time/holidays.tsv")) {
            x.holidays.add(l.field(0), holiday(l));
        }
        for (DataFile.Line l : DataFile.read("time/sets.tsv")) {
            String period = l.field(1);
            if (!period.matches("P[0-9]{1,2}[DWMY]")) {
                throw l.error("expected a period such as P1Y, found '" + period + "'");
            }
            x.sets.put(l.field(0), period);
        }
        for (DataFile.Line l : DataFile.read("time/future-tense.tsv")) {
            switch (l.field(0)) {
                case "ENDING" -> x.futureEndings.add(l.field(1));
                case "WORD" -> x.forwardWords.add(l.field(1));
                default -> throw l.error("expected ENDING or WORD, found '" + l.field(0) + "'");
            }
        }
        for (DataFile.Line l : DataFile.read("time/timezones.tsv")) {
            String off = l.field(1);
            if (!off.matches("[+-][0-9]{2}:[0-9]{2}")) {
                throw l.error("expected an offset such as +01:00, found '" + off + "'");
            }
            x.timezones.put(l.field(0), off);
        }
        for (DataFile.Line l : DataFile.read("time/now-words.tsv")) {
            x.nowWords.add(l.field(0), Boolean.TRUE);
        }
        x.numberWords = new NumberWords(DataFile.read("time/number-words.tsv"));
        x.loadGrammarWords();
        for (DataFile.Line l : DataFile.read("time/stock-words.tsv")) {
            x.stockWords.add(l.field(0));
        }
        for (DataFile.Line l : DataFile.read("time/function-words.tsv")) {
            x.roles.computeIfAbsent(l.field(0), k -> EnumSet.noneOf(Role.class)).add(l.enumField(1, Role.class));
        }
        x.contentWords.addAll(x.months.keySet());
        x.contentWords.addAll(x.weekdays.keySet());
        x.contentWords.addAll(x.numbers.keySet());
        x.contentWords.addAll(x.ordinals.keySet());
        x.contentWords.addAll(x.units.keySet());
        x.contentWords.addAll(x.periodParts.keySet());
        x.contentWords.addAll(x.partsOfDay.keySet());
        x.contentWords.addAll(x.dayPartWords.keySet());
        x.contentWords.addAll(x.seasons.keySet());
        x.contentWords.addAll(x.sets.keySet());
        x.contentWords.addAll(x.relativeDays.firstWords());
        x.contentWords.addAll(x.shifts.firstWords());
        x.contentWords.addAll(x.holidays.firstWords());
        x.contentWords.addAll(x.nowWords.firstWords());
        x.contentWords.addAll(x.forms(Word.CONTENT));
        x.forms(Word.NOT_CONTENT).forEach(x.contentWords::remove);
        // Small words that only open a phrase ("il giorno dopo domani", "in giornata") are leads, not content:
        // they are frequent, and the phrase is tried only when a content word follows.
        for (String w : new java.util.ArrayList<>(x.contentWords)) {
            Set<Role> r = x.roles.get(w);
            if (r != null && (r.contains(Role.ARTICLE) || r.contains(Role.IN) || r.contains(Role.OF)
                    || r.contains(Role.TO) || r.contains(Role.FROM) || r.contains(Role.AND))) {
                x.contentWords.remove(w);
                x.leadWords.add(w);
            }
        }
        for (Map.Entry<String, Set<Role>> e : x.roles.entrySet()) {
            for (Role r : e.getValue()) {
                if (EnumSet.of(Role.BY, Role.UNTIL, Role.FROM, Role.BETWEEN, Role.BEFORE, Role.AFTER, Role.APPROX,
                        Role.EVERY, Role.VAGUE_AMOUNT, Role.WHOLE, Role.REST, Role.SAME).contains(r)) {
                    x.leadWords.add(e.getKey());
                }
            }
        }
        x.leadWords.addAll(x.forms(Word.LEAD));
        x.classify();
        return x;
    }

    private void loadGrammarWords() {
        Map<Word, List<String>> forms = new java.util.EnumMap<>(Word.class);
        DataFile file = DataFile.read("time/grammar-words.tsv");
        for (DataFile.Line l : file) {
            forms.computeIfAbsent(l.enumField(1, Word.class), k -> new java.util.ArrayList<>()).add(l.field(0));
        }
        for (Word w : Word.values()) {
            List<String> f = forms.get(w);
            if (f == null) {
                throw new IllegalStateException("time/grammar-words.tsv: no form for " + w);
            }
            grammarWords[w.ordinal()] = f.toArray(new String[0]);
            wordForms[w.ordinal()] = f.stream().mapToInt(form -> formIds.computeIfAbsent(form, k -> formIds.size()))
                    .toArray();
        }
    }

    /** The forms of a word the grammar names. */
    List<String> forms(Word w) {
        return List.of(grammarWords[w.ordinal()]);
    }

    /** True when {@code s} is one of the forms of {@code w}. */
    boolean is(String s, Word w) {
        for (String f : grammarWords[w.ordinal()]) {
            if (f.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when form number {@code form} (of {@link WordClass#form()}) is one of the forms of {@code w}. */
    boolean isForm(int form, Word w) {
        for (int f : wordForms[w.ordinal()]) {
            if (f == form) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} starts with one of the forms of {@code w} ("tutt" in "tutto", "tutta"). */
    boolean startsWith(String s, Word w) {
        return anyForm(s, w, String::startsWith);
    }

    /** True when {@code s} ends with one of the forms of {@code w}. */
    boolean endsWith(String s, Word w) {
        return anyForm(s, w, String::endsWith);
    }

    private boolean anyForm(String s, Word w, java.util.function.BiPredicate<String, String> test) {
        for (String f : grammarWords[w.ordinal()]) {
            if (test.test(s, f)) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@link #wordClasses} from the lists loaded above. */
    private void classify() {
        if (Role.values().length > Integer.SIZE) {
            throw new IllegalStateException("more roles than bits in a WordClass");
        }
        Map<String, int[]> bits = new HashMap<>();
        mark(bits, months.keySet(), MONTH);
        mark(bits, weekdays.keySet(), WEEKDAY);
        mark(bits, numbers.keySet(), NUMBER);
        mark(bits, ordinals.keySet(), ORDINAL);
        mark(bits, units.keySet(), UNIT);
        mark(bits, periodParts.keySet(), PERIOD_PART);
        mark(bits, partsOfDay.keySet(), PART_OF_DAY);
        mark(bits, dayPartWords.keySet(), DAY_PART);
        mark(bits, seasons.keySet(), SEASON);
        mark(bits, shifts.firstWords(), SHIFT);
        mark(bits, relativeDays.firstWords(), RELATIVE_DAY);
        mark(bits, holidays.firstWords(), HOLIDAY);
        mark(bits, nowWords.firstWords(), NOW);
        mark(bits, contentWords, CONTENT);
        mark(bits, leadWords, LEAD);
        mark(bits, forwardWords, FORWARD);
        for (Map.Entry<String, Set<Role>> e : roles.entrySet()) {
            for (Role r : e.getValue()) {
                bits.computeIfAbsent(e.getKey(), k -> new int[3])[1] |= 1 << r.ordinal();
            }
        }
        for (Map.Entry<String, Integer> e : formIds.entrySet()) {
            bits.computeIfAbsent(e.getKey(), k -> new int[3])[2] = e.getValue() + 1;
        }
        for (Map.Entry<String, int[]> e : bits.entrySet()) {
            wordClasses.put(e.getKey(), new WordClass(e.getValue()[0], e.getValue()[1], e.getValue()[2] - 1));
        }
    }

    private static void mark(Map<String, int[]> bits, Set<String> words, int bit) {
        for (String w : words) {
            bits.computeIfAbsent(w, k -> new int[3])[0] |= bit;
        }
    }

    /** The word lists and roles of a lower-cased word (none for a word the lexicon does not hold). */
    WordClass classOf(String lower) {
        return wordClasses.getOrDefault(lower, NO_CLASS);
    }

    /** The hours a part of the day covers, {first, hour after the last}, by TIMEX3 code (MO, AF...); null if unknown. */
    public int[] partOfDayHours(String code) {
        PartOfDay p = partsByCode.get(code);
        return p == null ? null : new int[] {p.fromHour(), p.toHour()};
    }

    boolean is(String word, Role role) {
        Set<Role> r = roles.get(word);
        return r != null && r.contains(role);
    }

    Set<Role> roles(String word) {
        Set<Role> r = roles.get(word);
        return r == null ? Set.of() : r;
    }

    private static boolean full(DataFile.Line l) {
        String kind = l.field(2);
        if (!kind.equals("FULL") && !kind.equals("ABBR") && !kind.equals("WORD")) {
            throw l.error("expected FULL, ABBR or WORD, found '" + kind + "'");
        }
        return kind.equals("FULL");
    }

    private static String code(DataFile.Line l, int i) {
        String c = l.field(i);
        if (!c.matches("[A-Z]{2}")) {
            throw l.error("expected a two-letter TIMEX3 code, found '" + c + "'");
        }
        return c;
    }

    private static int intIn(DataFile.Line l, int i, int min, int max) {
        String v = l.field(i);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw l.error("expected a number from " + min + " to " + max + ", found " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw l.error("expected a number, found '" + v + "'");
        }
    }

    private static MonthDay monthDay(DataFile.Line l, int i) {
        try {
            return MonthDay.parse("--" + l.field(i));
        } catch (RuntimeException e) {
            throw l.error("expected MM-DD, found '" + l.field(i) + "'");
        }
    }

    private static Holiday holiday(DataFile.Line l) {
        String v = l.field(1);
        if (v.startsWith("NTH:")) {
            String[] p = v.split(":");
            try {
                if (p.length != 4) {
                    throw new IllegalArgumentException();
                }
                int nth = Integer.parseInt(p[1]);
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[2]));
                int month = Integer.parseInt(p[3]);
                if (nth < 1 || nth > 5 || month < 1 || month > 12) {
                    throw new IllegalArgumentException();
                }
                return new Holiday(null, nth, dow, month);
            } catch (RuntimeException e) {
                throw l.error("expected NTH:n:weekday:month, found '" + v + "'");
            }
        }
        return new Holiday(monthDay(l, 1), 0, null, 0);
    }
}
