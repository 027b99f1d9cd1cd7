package io.fatti.number;

import io.fatti.TestCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NumberReaderTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();

    record Case(String expected, String sentence, int start, int end, int line) {
        @Override
        public String toString() {
            return "reader.tsv:" + line + " " + sentence.substring(start, end) + " → " + expected;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines("/number/reader.tsv")) {
            int n = row.number();
            String[] f = row.text().split("\t");
            String marked = f[1];
            int s = marked.indexOf('[');
            int e = marked.indexOf(']') - 1;
            String plain = marked.replace("[", "").replace("]", "");
            out.add(new Case(f[0], plain, s, e, n));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheBracketedExpression(Case c) {
        List<Token> tokens = TOKENIZER.tokenize(c.sentence());
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == c.start()) {
                first = i;
            }
        }
        assertThat(first).as("a token starts at the bracket").isGreaterThanOrEqualTo(0);
        NumberMatch m = NumberReader.italian().read(tokens, first);
        if (c.expected().equals("none")) {
            if (m != null) {
                assertThat(tokens.get(m.last()).end()).as("must not read exactly " + c).isNotEqualTo(c.end());
            }
            return;
        }
        assertThat(m).as(c.toString()).isNotNull();
        assertThat(tokens.get(m.last()).end()).as("end of " + c + " rule " + m.rule()).isEqualTo(c.end());
        BigDecimal expected = new BigDecimal(c.expected());
        assertThat(m.value().round(MathContext.DECIMAL64).compareTo(expected.round(MathContext.DECIMAL64)))
                .as(c + " got " + m.value()).isZero();
    }
}
