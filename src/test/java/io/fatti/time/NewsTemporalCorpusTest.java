package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.core.Orientation;
import io.fatti.mention.Temporal;
import io.fatti.mention.TimeModifier;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team's in-sentence news corpus ({@code src/test/resources/time/news.tsv}): each row names a sentence, the
 * article context, and one expected temporal mention (span text, kind, TIMEX3, bounds, modifier), or that the
 * sentence holds no temporal mention at all.
 */
class NewsTemporalCorpusTest {

    private static final Fatti FATTI = Fatti.withStages(List.of(TemporalAnnotator.italian()));

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines("/time/news.tsv")) {
            int number = row.number();
            String[] f = row.text().split("\t", -1);
            if (f.length != 8) {
                throw new IllegalStateException("news.tsv:" + number + ": expected 8 fields, found " + f.length);
            }
            out.add(Arguments.of(number, f[2], f));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("rows")
    void findsTheExpectedMention(int line, String span, String[] f) {
        List<Temporal> found = FATTI.extract(f[1], context(f[0])).mentions(Temporal.class);
        if (span.equals("!NONE")) {
            assertThat(found).as("no temporal mention in: %s", f[1]).isEmpty();
            return;
        }
        if (span.startsWith("!NOT ")) {
            // a negative inside a sentence that has other dates: no mention may cover these words
            String words = span.substring("!NOT ".length());
            int at = f[1].indexOf(words);
            assertThat(at).as("'%s' in '%s'", words, f[1]).isGreaterThanOrEqualTo(0);
            assertThat(found).as("nothing over '%s' in '%s'", words, f[1])
                    .noneMatch(m -> m.start() < at + words.length() && at < m.end());
            return;
        }
        Temporal t = found.stream().filter(m -> m.text().equals(span)).findFirst().orElse(null);
        assertThat(t).as("mention '%s' in '%s'; found %s", span, f[1], found).isNotNull();
        assertThat(t.kind().name()).as("kind of %s", t).isEqualTo(f[3]);
        assertThat(t.timex()).as("timex of %s", t).isEqualTo(f[4]);
        assertThat(t.from()).as("from of %s", t).isEqualTo(date(f[5]));
        assertThat(t.to()).as("to of %s", t).isEqualTo(date(f[6]));
        assertThat(t.modifier()).as("modifier of %s", t).isEqualTo(f[7].equals("_") ? null : TimeModifier.valueOf(f[7]));
        assertThat(f[1].substring(t.start(), t.end())).isEqualTo(t.text());
    }

    static ArticleContext context(String s) {
        boolean future = s.endsWith("+future");
        String d = future ? s.substring(0, s.length() - "+future".length()) : s;
        ArticleContext c = d.equals("-") ? ArticleContext.undated() : ArticleContext.parse(d);
        return future ? c.withOrientation(Orientation.FUTURE) : c;
    }

    private static LocalDate date(String s) {
        return s.equals("_") ? null : LocalDate.parse(s);
    }
}
