package io.fatti.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.mention.Amount;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs src/test/resources/values/values.tsv: in-sentence money, percentages, numbers, and negatives. */
class ValueCorpusTest {

    private static final Fatti FATTI = Fatti.italian();

    record Case(String expected, String sentence, int start, int end, int line) {
        @Override
        public String toString() {
            return "values.tsv:" + line + " [" + sentence.substring(start, end) + "] " + expected;
        }
    }

    static List<Case> cases() throws IOException {
        return read("/values/values.tsv");
    }

    static List<Case> read(String resource) throws IOException {
        List<Case> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines(resource)) {
            int n = row.number();
            String[] f = row.text().split("\t");
            int s = f[1].indexOf('[');
            int e = f[1].indexOf(']') - 1;
            out.add(new Case(f[0], f[1].replace("[", "").replace("]", ""), s, e, n));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheBracketedValue(Case c) {
        Extraction x = FATTI.extract(c.sentence(), ArticleContext.undated());
        List<ValueMention> values = new ArrayList<>();
        for (Mention m : x.mentions()) {
            if (m instanceof ValueMention v && m.start() < c.end() && c.start() < m.end()) {
                values.add(v);
            }
        }
        String[] f = c.expected().split(" ");
        if (f[0].equals("NONE")) {
            assertThat(values).as(c.toString()).isEmpty();
            return;
        }
        assertThat(values).as(c + " found " + x.mentions()).hasSize(1);
        ValueMention v = values.get(0);
        assertThat(v.span().start()).as(c + " span of " + v).isEqualTo(c.start());
        assertThat(v.span().end()).as(c + " span of " + v).isEqualTo(c.end());
        String type = v.type().name().equals("QUANTITY") ? "NUMBER" : v.type().name();
        assertThat(type).as(c + " " + v).isEqualTo(f[0]);
        Amount a = v.amount();
        if (f[1].contains("..")) {
            String[] lh = f[1].split("\\.\\.");
            assertThat(a.isRange()).as(c + " " + v).isTrue();
            assertSame(c, a.low(), lh[0]);
            assertSame(c, a.high(), lh[1]);
        } else {
            assertThat(a.isRange()).as(c + " " + v).isFalse();
            assertSame(c, a.value(), f[1]);
        }
        String currency = null;
        String qualifier = null;
        String per = null;
        for (int i = 2; i < f.length; i++) {
            if (f[i].startsWith("per=")) {
                per = f[i].substring(4);
            } else if (f[i].length() == 3 && f[i].equals(f[i].toUpperCase())) {
                currency = f[i];
            } else {
                qualifier = f[i];
            }
        }
        if (v instanceof Money money) {
            assertThat(money.currency() == null ? null : money.currency().getCurrencyCode()).as(c.toString())
                    .isEqualTo(currency);
            assertThat(money.per() == null ? null : money.per().name()).as(c.toString()).isEqualTo(per);
        } else if (v instanceof Quantity q) {
            assertThat(q.per() == null ? null : q.per().name()).as(c.toString()).isEqualTo(per);
        }
        assertThat(a.qualifier() == null ? null : a.qualifier().name()).as(c + " " + v).isEqualTo(qualifier);
    }

    private static void assertSame(Case c, BigDecimal got, String expected) {
        assertThat(got).as(c.toString()).isNotNull();
        assertThat(got.round(MathContext.DECIMAL64).compareTo(new BigDecimal(expected).round(MathContext.DECIMAL64)))
                .as(c + " value " + got.toPlainString()).isZero();
    }
}
