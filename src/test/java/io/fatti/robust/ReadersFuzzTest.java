package io.fatti.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.fatti.Fatti;
import io.fatti.core.ArticleContext;
import io.fatti.number.NumberMatch;
import io.fatti.number.NumberReader;
import io.fatti.number.ValueAnnotator;
import io.fatti.quantity.QuantityAnnotator;
import io.fatti.text.Token;
import io.fatti.text.Tokenizer;
import io.fatti.time.TemporalAnnotator;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzzing of the number, money and date readers with Jazzer: every input goes through all three. In regression mode
 * (a plain {@code mvn test -Dtest=...}) the test runs the inputs in
 * {@code src/test/resources/io/fatti/robust/ReadersFuzzTestInputs/readers/}; the build's "fuzz" execution sets
 * {@code JAZZER_FUZZ=1}, so it fuzzes for {@code maxDuration}, and a crashing input is written into that directory,
 * where it stays as a regression case. A finding is any exception, an internal problem reported by a stage, a span
 * that does not cover its text, or a number match outside its tokens. (Jazzer fuzzes one test per JVM: hence one
 * test for the three readers.)
 */
class ReadersFuzzTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final NumberReader NUMBERS = NumberReader.italian();
    private static final ArticleContext DATED = ArticleContext.published(LocalDate.of(2021, 11, 25));
    private static final Fatti MONEY = Fatti.withStages(List.of(ValueAnnotator.moneyAndPercent(),
            QuantityAnnotator.italian(), ValueAnnotator.numbers()));
    private static final Fatti DATES = Fatti.withStages(List.of(TemporalAnnotator.italian()));

    @FuzzTest(maxDuration = "30s")
    void readers(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        numberReader(text);
        RobustnessTest.assertSound(text, MONEY.extract(text, DATED));
        RobustnessTest.assertSound(text, DATES.extract(text, DATED));
        RobustnessTest.assertSound(text, DATES.extract(text, ArticleContext.undated()));
    }

    private static void numberReader(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            NumberMatch m = NUMBERS.read(tokens, i);
            if (m != null) {
                assertThat(m.first()).isEqualTo(i);
                assertThat(m.last()).isBetween(i, tokens.size() - 1);
                assertThat(m.value()).isNotNull();
                assertThat(m.rule()).isNotBlank();
            }
        }
    }
}
