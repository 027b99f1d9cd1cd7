package io.fatti.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.TestCorpus;
import io.fatti.mention.Amount;
import io.fatti.mention.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code src/test/resources/quantity/quantities.tsv} through the full Italian pipeline: every QUANTITY mention
 * of a sentence must be exactly one of its bracketed spans, with the value, unit or noun, rate and hedge listed.
 */
class QuantityCorpusTest {

    private static final Fatti FATTI = Fatti.italian();

    record Expected(int start, int end, String holding) {
    }

    record Case(int line, String sentence, List<Expected> expected) {
        @Override
        public String toString() {
            return "quantities.tsv:" + line + " " + sentence;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (TestCorpus.Line row : TestCorpus.lines("/quantity/quantities.tsv")) {
            int n = row.number();
            String[] f = row.text().split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("quantities.tsv:" + n + ": expected sentence TAB holdings");
            }
            StringBuilder plain = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            int open = -1;
            for (char c : f[0].toCharArray()) {
                if (c == '[') {
                    open = plain.length();
                } else if (c == ']') {
                    spans.add(new int[] {open, plain.length()});
                } else {
                    plain.append(c);
                }
            }
            List<String> holdings = f[1].strip().equals("-") ? List.of() : List.of(f[1].split(" ; "));
            if (holdings.size() != spans.size()) {
                throw new IllegalStateException("quantities.tsv:" + n + ": " + spans.size() + " brackets but "
                        + holdings.size() + " holdings");
            }
            List<Expected> expected = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                expected.add(new Expected(spans.get(k)[0], spans.get(k)[1], holdings.get(k).strip()));
            }
            out.add(new Case(n, plain.toString(), expected));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheBracketedQuantities(Case c) {
        List<Quantity> found = FATTI.extract(c.sentence()).mentions(Quantity.class);
        List<String> got = found.stream().map(q -> "[" + q.text() + "] " + describe(q)).collect(Collectors.toList());
        List<String> want = c.expected().stream()
                .map(e -> "[" + c.sentence().substring(e.start(), e.end()) + "] " + canonical(e.holding()))
                .collect(Collectors.toList());
        assertThat(got).as(c.toString()).containsExactlyElementsOf(want);
    }

    /** A quantity in the corpus notation. */
    static String describe(Quantity q) {
        StringBuilder sb = new StringBuilder();
        Amount a = q.amount();
        if (!q.dimensions().isEmpty()) {
            sb.append(q.dimensions().stream().map(QuantityCorpusTest::plain).collect(Collectors.joining("x")));
        } else if (a.isRange()) {
            sb.append(plain(a.low())).append("..").append(plain(a.high()));
        } else {
            sb.append(plain(a.value()));
        }
        if (q.unit() != null) {
            sb.append(' ').append(q.unit());
        }
        if (q.noun() != null) {
            sb.append(" noun:").append(q.noun());
        }
        if (q.per() != null) {
            sb.append(" per=").append(q.per());
        }
        if (a.qualifier() != null) {
            sb.append(" q=").append(a.qualifier());
        }
        return sb.toString();
    }

    /** The holding with its numbers written the way {@link #describe} writes them. */
    static String canonical(String holding) {
        int space = holding.indexOf(' ');
        String value = space < 0 ? holding : holding.substring(0, space);
        String rest = space < 0 ? "" : holding.substring(space);
        String sep = value.contains("..") ? ".." : "x";
        List<String> parts = new ArrayList<>();
        for (String p : value.split(sep.equals("..") ? "\\.\\." : "x")) {
            parts.add(plain(new BigDecimal(p)));
        }
        return String.join(sep, parts) + rest;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
