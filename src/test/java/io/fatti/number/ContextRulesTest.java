package io.fatti.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.core.ArticleContext;
import io.fatti.mention.Mention;
import io.fatti.mention.Money;
import io.fatti.mention.Quantity;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs src/test/resources/number/context-rules.tsv: for each contextual typing rule of the value stage, sentences it
 * must type (with its rule name, value, currency or counted noun) and sentences it must leave alone.
 */
class ContextRulesTest {

    private static final Fatti FATTI = Fatti.italian();

    record Case(String rule, String expected, String text, int start, int end, int line) {
        @Override
        public String toString() {
            return "context-rules.tsv:" + line + " " + rule + " [" + text.substring(start, end) + "] " + expected;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines("/number/context-rules.tsv")) {
            String[] f = row.text().split("\t");
            int s = f[2].indexOf('[');
            int e = f[2].indexOf(']') - 1;
            out.add(new Case(f[0], f[1], f[2].replace("[", "").replace("]", ""), s, e, row.number()));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void typesTheBracketedValueByItsRule(Case c) {
        Extraction x = FATTI.extract(c.text(), ArticleContext.undated());
        List<ValueMention> over = new ArrayList<>();
        for (Mention m : x.mentions()) {
            if (m instanceof ValueMention v && m.start() < c.end() && c.start() < m.end()) {
                over.add(v);
            }
        }
        String[] f = c.expected().split(" ");
        if (f[0].equals("NOT")) {
            assertThat(over).as(c.toString()).noneMatch(v -> v.rule().equals(c.rule()));
            return;
        }
        assertThat(over).as(c + " found " + x.mentions()).hasSize(1);
        ValueMention v = over.get(0);
        assertThat(v.text()).as(c.toString()).isEqualTo(c.text().substring(c.start(), c.end()));
        assertThat(v.rule()).as(c + " " + v).isEqualTo(c.rule());
        if (f[0].equals("RANGE")) { // RANGE LOW HIGH CURRENCY: money read as a range
            assertThat(v).as(c.toString()).isInstanceOf(Money.class);
            assertThat(v.amount().low().compareTo(new BigDecimal(f[1]))).as(c + " low of " + v).isZero();
            assertThat(v.amount().high().compareTo(new BigDecimal(f[2]))).as(c + " high of " + v).isZero();
            assertThat(((Money) v).currency().getCurrencyCode()).as(c + " " + v).isEqualTo(f[3]);
            return;
        }
        assertThat(v.amount().value()).as(c + " " + v).isNotNull();
        assertThat(v.amount().value().compareTo(new BigDecimal(f[1]))).as(c + " value of " + v).isZero();
        if (f[0].equals("MONEY")) {
            assertThat(v).as(c.toString()).isInstanceOf(Money.class);
            assertThat(((Money) v).currency().getCurrencyCode()).as(c + " " + v).isEqualTo(f[2]);
        } else {
            assertThat(v).as(c.toString()).isInstanceOf(Quantity.class);
            assertThat(((Quantity) v).noun()).as(c + " " + v).isEqualTo(f[2]);
        }
    }
}
