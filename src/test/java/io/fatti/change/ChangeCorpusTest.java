package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.mention.Change;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code src/test/resources/change/changes.tsv} through the whole Italian pipeline: every sentence, the changes
 * attached to its values, and no other change.
 */
class ChangeCorpusTest {

    private static final Fatti FATTI = Fatti.italian();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines("/change/changes.tsv")) {
            String[] f = row.text().split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("changes.tsv:" + row.number() + ": expected sentence<TAB>expectations");
            }
            out.add(Arguments.of(row.number(), f[0], f[1]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("corpus")
    void findsTheChangesOfTheSentence(int line, String sentence, String expected) {
        Extraction x = FATTI.extract(sentence, ArticleContext.publishedIn(2023));
        List<ValueMention> changed = x.mentions().stream()
                .filter(m -> m instanceof ValueMention v && v.change() != null)
                .map(m -> (ValueMention) m)
                .toList();
        List<String> actual = changed.stream().map(v -> v.text() + " => " + describe(v.change())).toList();
        if (expected.equals("-")) {
            assertThat(actual).as("no change expected; values: %s", x.mentions()).isEmpty();
            return;
        }
        String[] items = expected.split(" ; ");
        assertThat(actual).as("changed values").hasSize(items.length);
        for (String item : items) {
            String[] parts = item.split(" => ", 2);
            ValueMention target = changed.stream().filter(v -> v.text().contains(parts[0])).findFirst().orElse(null);
            assertThat(target).as("a changed value containing '%s' among %s", parts[0], actual).isNotNull();
            assertThat(describe(target.change())).as("change on '%s'", target.text()).isEqualTo(parts[1]);
        }
    }

    /** "UP 8.2 PERCENT YOY ref=... q=APPROX", the corpus notation. */
    static String describe(Change c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.direction()).append(' ')
                .append(c.value() == null ? "_" : c.value().toPlainString()).append(' ')
                .append(c.unit() == null ? "_" : c.unit()).append(' ')
                .append(c.basis() == null ? "_" : c.basis());
        if (c.reference() != null) {
            sb.append(" ref=").append(c.reference());
        }
        if (c.qualifier() != null) {
            sb.append(" q=").append(c.qualifier());
        }
        return sb.toString();
    }
}
