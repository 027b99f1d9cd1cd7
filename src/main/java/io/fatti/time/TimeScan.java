package io.fatti.time;

import io.fatti.mention.Temporal.Grain;
import io.fatti.mention.Temporal.Kind;
import io.fatti.pipeline.Annotations;
import io.fatti.text.Document;
import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What every temporal rule reads: the tokens of one document with cheap tests on them (a plain number, a month
 * name, a function word's role), the claims of earlier stages, and the reference date. It is the shared context
 * of the readings, which are composed around it, not derived from it: {@link CalendarRules} (days, months, years,
 * weekdays, relative units), {@link PeriodRules} (quarters, halves, fiscal years, first/last months, seasons,
 * holidays), {@link ClockRules} (times of day, durations, sets), {@link TemporalGrammar} (deadlines, ranges and the
 * entry point) and the rule objects of {@link RuleBook}. Each family reaches the others through this context.
 * One instance per document.
 */
final class TimeScan {

    /** Numeric tokens longer than this are never dates (keeps work per token bounded). */
    static final int MAX_NUMBER_LENGTH = 12;

    final TimeLexicon lex;

    final Document doc;

    final Annotations found;

    final Reference ref;

    final int n;

    /** content[i]: token i can carry a temporal expression (a number, a code, a lexicon word). */
    final boolean[] content;

    /** lead[i]: token i is a small word that can open a wrapper ("entro", "dal", "tra"). */
    final boolean[] lead;

    /** lists[i], roles[i]: the word lists holding token i and its roles ({@link TimeLexicon.WordClass}). */
    final int[] lists;

    final int[] roles;

    /** plainDigits[i]: the value of token i when it is at most four plain digits, else -1. */
    private final int[] plainDigits;

    /** forms[i]: which form of a {@link Word} token i is ({@link TimeLexicon.WordClass#form()}, -1: none). */
    final int[] forms;

    /** forwardAt[i]: token i is in a clause with a future verb ("sarà"), so its bare dates look forward. */
    final boolean[] forwardAt;

    /** The readings, composed: the entry point and wrappers, and the three families of cores. */
    final TemporalGrammar grammar;

    final CalendarRules calendar;

    final PeriodRules periods;

    final ClockRules clock;

    TimeScan(TimeLexicon lex, Document doc, Annotations found, Reference ref) {
        this.lex = lex;
        this.doc = doc;
        this.found = found;
        this.ref = ref;
        this.n = doc.size();
        this.content = new boolean[n];
        this.lead = new boolean[n];
        this.lists = new int[n];
        this.roles = new int[n];
        this.forms = new int[n];
        this.plainDigits = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = doc.token(i);
            TimeLexicon.WordClass c = lex.classOf(t.lower());
            lists[i] = c.lists();
            roles[i] = c.roles();
            forms[i] = c.form();
            plainDigits[i] = plainDigits(t);
            content[i] = switch (t.kind()) {
                case NUMBER -> t.length() <= MAX_NUMBER_LENGTH;
                case ALPHANUMERIC -> t.length() <= 6;
                case WORD -> (lists[i] & TimeLexicon.CONTENT) != 0 || lex.numberWords.startsWithThousand(t.lower());
                default -> false;
            };
            lead[i] = t.kind() == Token.Kind.WORD && (lists[i] & TimeLexicon.LEAD) != 0;
        }
        this.forwardAt = new boolean[n];
        // A clause runs between commas, colons, semicolons and brackets; one with a future verb looks forward.
        int clauseStart = 0;
        boolean forward = false;
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || i > 0 && !doc.sameSentence(i - 1, i) || isClauseMark(i);
            if (boundary) {
                for (int k = clauseStart; k < i; k++) {
                    forwardAt[k] = forward;
                }
                clauseStart = i;
                forward = false;
            }
            if (i < n && doc.token(i).kind() == Token.Kind.WORD && looksForward(i)) {
                forward = true;
            }
        }
        this.calendar = new CalendarRules(this);
        this.periods = new PeriodRules(this);
        this.clock = new ClockRules(this);
        this.grammar = new TemporalGrammar(this);
    }

    private boolean isClauseMark(int i) {
        String t = doc.token(i).text();
        if (t.length() != 1) {
            return false;
        }
        char c = t.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')';
    }

    private boolean looksForward(int i) {
        if ((lists[i] & TimeLexicon.FORWARD) != 0) {
            return true;
        }
        String word = doc.token(i).lower();
        if (word.length() > 3) {
            for (String ending : lex.futureEndings) {
                if (word.endsWith(ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a comparison word ("rispetto", "contro") stands shortly before token i in its sentence. */
    boolean afterComparison(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8 && doc.sameSentence(k, i); k--) {
            if (role(k, Role.COMPARISON)) {
                return true;
            }
        }
        return false;
    }

    /** True when some token in i..i+3 can carry a temporal expression. */
    boolean contentNear(int i) {
        for (int k = i; k < n && k < i + 4; k++) {
            if (content[k]) {
                return true;
            }
        }
        return false;
    }

    String w(int i) {
        return i >= 0 && i < n ? doc.token(i).lower() : "";
    }

    boolean free(int i) {
        return i >= 0 && i < n && !found.isClaimed(i);
    }

    boolean role(int i, Role r) {
        return i >= 0 && i < n && (roles[i] & (1 << r.ordinal())) != 0;
    }

    /** Token i is one of the forms of {@code word} (a number compare, no string compare). */
    boolean is(int i, Word word) {
        return i >= 0 && i < n && forms[i] >= 0 && lex.isForm(forms[i], word);
    }

    /** Token i is in one of the word lists {@code list} (bits of {@link TimeLexicon.WordClass}). */
    boolean in(int i, int list) {
        return i >= 0 && i < n && (lists[i] & list) != 0;
    }

    // The lexicon's entry for token i, or null; the word lists are tested first, so most tokens cost no look-up.

    TimeLexicon.NameEntry monthAt(int i) {
        return in(i, TimeLexicon.MONTH) ? lex.months.get(w(i)) : null;
    }

    TimeLexicon.NameEntry weekdayAt(int i) {
        return in(i, TimeLexicon.WEEKDAY) ? lex.weekdays.get(w(i)) : null;
    }

    Integer numberWordAt(int i) {
        return in(i, TimeLexicon.NUMBER) ? lex.numbers.get(w(i)) : null;
    }

    Integer ordinalWordAt(int i) {
        return in(i, TimeLexicon.ORDINAL) ? lex.ordinals.get(w(i)) : null;
    }

    TimeLexicon.Unit unitAt(int i) {
        return in(i, TimeLexicon.UNIT) ? lex.units.get(w(i)) : null;
    }

    io.fatti.mention.TimeModifier periodPartAt(int i) {
        return in(i, TimeLexicon.PERIOD_PART) ? lex.periodParts.get(w(i)) : null;
    }

    TimeLexicon.PartOfDay partOfDayAt(int i) {
        return in(i, TimeLexicon.PART_OF_DAY) ? lex.partsOfDay.get(w(i)) : null;
    }

    TimeLexicon.DayPart dayPartAt(int i) {
        return in(i, TimeLexicon.DAY_PART) ? lex.dayPartWords.get(w(i)) : null;
    }

    TimeLexicon.Season seasonAt(int i) {
        return in(i, TimeLexicon.SEASON) ? lex.seasons.get(w(i)) : null;
    }

    io.fatti.text.PhraseTable.Match<TimeLexicon.Shift> shiftAt(int i) {
        return in(i, TimeLexicon.SHIFT) ? lex.shifts.startingAt(doc, i) : null;
    }

    io.fatti.text.PhraseTable.Match<Integer> relativeDayAt(int i) {
        return in(i, TimeLexicon.RELATIVE_DAY) ? lex.relativeDays.startingAt(doc, i) : null;
    }

    io.fatti.text.PhraseTable.Match<TimeLexicon.Holiday> holidayAt(int i) {
        return in(i, TimeLexicon.HOLIDAY) ? lex.holidays.startingAt(doc, i) : null;
    }

    io.fatti.text.PhraseTable.Match<Boolean> nowAt(int i) {
        return in(i, TimeLexicon.NOW) ? lex.nowWords.startingAt(doc, i) : null;
    }

    /** Token i is a plain run of digits (no separators), at most 4 long: its value, or -1. */
    int digits(int i) {
        return free(i) ? plainDigits[i] : -1;
    }

    /** The value of a number token of at most four plain digits, else -1 (read once per token). */
    private static int plainDigits(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.length() > 4) {
            return -1;
        }
        String s = t.text();
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    int digitCount(int i) {
        return doc.token(i).length();
    }

    /** A small cardinal: digits (up to 3) or a number word. -1 when none. */
    int cardinal(int i) {
        if (!free(i)) {
            return -1;
        }
        int d = digits(i);
        if (d >= 0) {
            return digitCount(i) <= 3 ? d : -1;
        }
        Integer v = numberWordAt(i);
        return v == null ? -1 : v;
    }

    boolean symbol(int i, String s) {
        return free(i) && doc.token(i).text().equals(s);
    }

    boolean gluedSymbol(int i, String s) {
        return symbol(i, s) && doc.glued(i);
    }

    boolean capitalised(int i) {
        String t = doc.token(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    int skipArticle(int i) {
        return role(i, Role.ARTICLE) && free(i) ? i + 1 : i;
    }

    /** A month name at i (full, or abbreviated when {@code abbrOk}); returns month or -1, and the end via out. */
    int month(int i, boolean abbrOk, int[] end) {
        if (!free(i)) {
            return -1;
        }
        TimeLexicon.NameEntry e = monthAt(i);
        if (e == null || (!e.full() && !abbrOk)) {
            return -1;
        }
        end[0] = i;
        if (!e.full() && gluedSymbol(i + 1, ".")) {
            end[0] = i + 1;
        } else if (!e.full()) {
            boolean yearNext = year4(i + 1) > 0 || symbol(i + 1, "'") && digits(i + 2) >= 0 && digitCount(i + 2) == 2;
            int dayAt = gluedSymbol(i - 1, "°") ? i - 2 : i - 1;
            boolean dayBefore = dayAt >= 0 && doc.token(dayAt).kind() == Token.Kind.NUMBER;
            if (capitalised(i) && !(dayBefore && (yearNext || digits(i + 1) < 0))) {
                return -1; // "Snapdragon 8 Gen 3", "la Gen Z": a capitalised abbreviation is a name; "22 Gen" is not
            }
            if (e.word() && !yearNext && !(dayBefore && dateCue(dayAt - 1))) {
                return -1; // "ha vinto 2 set": the abbreviation is a word unless a cue or a year frames the date
            }
        }
        return e.value();
    }

    /** Token k introduces a day number: an article, a preposition of dates, a comma, a weekday, or nothing. */
    boolean dateCue(int k) {
        if (k < 0 || isSentenceStart(k + 1)) {
            return true;
        }
        return role(k, Role.ARTICLE) || role(k, Role.TO) || role(k, Role.FROM) || role(k, Role.BETWEEN)
                || role(k, Role.AND) || role(k, Role.BY) || role(k, Role.YEAR_CUE) || symbol(k, ",")
                || (weekdayAt(k) != null) || symbol(k, "-");
    }

    /**
     * The one ordinal reader: a word ("terzo", "ultimo" = -1) or digits with a degree sign ("3°") up to {@code max}.
     * Returns {ordinal, index after it}, or null. Short Roman numerals ("II") count only as written, in capitals,
     * and only where {@code romanNumerals} (a period may be "II trimestre"; a weekday is never "II martedì").
     */
    int[] ordinalAt(int i, int max, boolean romanNumerals) {
        Integer o = ordinalWordAt(i);
        if (o != null && free(i)) {
            if (w(i).length() <= 3 && w(i).startsWith("i") && (!romanNumerals || !capitalised(i))) {
                return null;
            }
            return new int[] {o, i + 1};
        }
        int d = digits(i);
        if (d < 1 || d > max || !(gluedSymbol(i + 1, "°") || (doc.glued(i + 1) && w(i + 1).equals("º")))) {
            return null;
        }
        return new int[] {d, i + 2};
    }

    /**
     * A unit of the given grain among tokens {@code from..to}: a cheap test some rules make before their costlier
     * readings ("prossima settimana, domenica" needs a week, "il prossimo decennio" a decade).
     */
    boolean unitWithin(int from, int to, Grain grain) {
        for (int k = Math.max(from, 0); k <= to && k < n; k++) {
            TimeLexicon.Unit u = unitAt(k);
            if (u != null && u.grain() == grain) {
                return true;
            }
        }
        return false;
    }

    /** A plausible year written in four digits at i, or -1. */
    int year4(int i) {
        int y = digits(i);
        return y >= 1000 && y <= 2999 && digitCount(i) == 4 ? y : -1;
    }

    /** Two-digit year such as "'21", "21" → 2021, "'90" → 1990. */
    static int century(int yy) {
        return yy < 50 ? 2000 + yy : 1900 + yy;
    }

    /** True when the token after {@code end} does not make the number a value ("2021%", "2022 euro" is fine). */
    boolean notFollowedByValueSign(int end) {
        if (end + 1 >= n) {
            return true;
        }
        Token t = doc.token(end + 1);
        if (t.kind() == Token.Kind.SYMBOL && !t.text().equals("'")) {
            return false;
        }
        return !(doc.glued(end + 1) && (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.ALPHANUMERIC));
    }

    static Match longer(Match a, Match b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.end() > a.end()) {
            return b;
        }
        return a;
    }

    static boolean validMonthDay(int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.Month.of(month).maxLength();
    }

    static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    boolean isSentenceStart(int i) {
        return i == 0 || !doc.sameSentence(i - 1, i);
    }

    boolean isPlural(int i) {
        String s = w(i);
        return s.endsWith("i") || (s.endsWith("e") && !is(i, Word.MONTH) && !is(i, Word.QUARTER)
                && !is(i, Word.HALF_YEAR) && !is(i, Word.TWO_MONTHS) && !is(i, Word.FOUR_MONTHS));
    }

    static boolean allDigits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isPluralForm(String s) {
        return s.endsWith("i") || s.endsWith("e");
    }

    boolean sentencePunctuation(int i) {
        String t = doc.token(i).text();
        return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(":") || t.equals(")");
    }

    boolean isPunctuationOrEnd(int i) {
        return i >= n || doc.token(i).kind() == Token.Kind.PUNCTUATION;
    }

}
