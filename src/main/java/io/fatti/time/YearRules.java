package io.fatti.time;

import io.fatti.text.Token;
import io.fatti.time.TimeLexicon.Role;
import java.util.List;

/** Years written in words. */
final class YearRules {

    private YearRules() {
    }

    static final List<TimeRule> RULES = List.of(new YearInWords());

    /**
     * "nel millenovecentonovantanove", "il duemiladiciotto", "nel duemila": a year spelled as one word. A bare
     * thousand ("duemila", "mille") is a year only after "nel", "dal", "al" or "anno"; "duemila euro" is an amount.
     * A year cue (article or preposition) is needed: "duemiladuecento" alone is a number.
     */
    static final class YearInWords extends NamedRule {

        YearInWords() {
            super("time.year.words", Token.Kind.WORD);
        }

        @Override
        public Match read(TimeScan g, int i) {
            if (g.doc.token(i).kind() != Token.Kind.WORD || !g.lex.numberWords.startsWithThousand(g.w(i))) {
                return null;
            }
            int y = g.lex.numberWords.value(g.w(i));
            if (y < 1000 || y > 2100) {
                return null;
            }
            String prev = g.w(i - 1);
            boolean cue = g.role(i - 1, Role.YEAR_CUE) || g.role(i - 1, Role.ARTICLE) || g.role(i - 1, Role.IN);
            boolean bareThousand = y % 1000 == 0;
            if (bareThousand && !(g.lex.is(prev, Word.IN_THE) || g.lex.is(prev, Word.FROM_THE)
                    || g.lex.is(prev, Word.TO_THE) || g.lex.is(prev, Word.YEAR))
                    || !cue) {
                return null;
            }
            if (g.doc.token(i).kind() == Token.Kind.WORD && i + 1 < g.n && (g.unitAt(i + 1) != null)) {
                return null; // "duemilacinquecento anni"
            }
            return match(i, i, Periods.year(y), true);
        }
    }
}
