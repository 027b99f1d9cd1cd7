package io.fatti.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The quantity data files load, and a bad line fails naming file and line. */
class QuantityDataTest {

    private static DataFile file(String text) throws IOException {
        return DataFile.parse("models/quantity/test.tsv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void packagedFilesLoad() {
        assertThat(UnitLexicon.italian().unit("milliampere-hour").kind()).isEqualTo(UnitKind.CHARGE);
        assertThat(QuantityAnnotator.italian().name()).isEqualTo("quantity");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GB\\tgigabyte\\tinformation\\nkm\\tkilometer\\tlenght | test.tsv:2: unknown kind 'lenght'",
        "GB\\tgigabyte\\tinformation\\tcase,loud | test.tsv:1: unknown flag 'loud'",
        "GB\\tGigaByte\\tinformation | test.tsv:1: unit id 'GigaByte'",
        "GB\\tgigabyte\\tinformation\\ngiga\\tgigabyte\\tlength | test.tsv:2: unit 'gigabyte' was declared with kind information",
        "GB\\tgigabyte | test.tsv:1: expected at least 3",
    })
    void badUnitLinesNameFileAndLine(String text, String message) {
        assertThatThrownBy(() -> UnitLexicon.load(file(text.replace("\\t", "\t").replace("\\n", "\n"))))
                .isInstanceOf(ModelDataException.class).hasMessageContaining(message);
    }

    @Test
    void badLinesInTheOtherFilesNameFileAndLine() {
        assertThatThrownBy(() -> CountedNoun.load(file("utenti\tcounted\nclienti\tcontato\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:2: unknown role 'contato'");
        assertThatThrownBy(() -> CountedNoun.load(file("punti\tcounted-from\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:1: expected 3");
        assertThatThrownBy(() -> RateReader.load(file("al mese\tMONTHLY\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:1:");
        assertThatThrownBy(() -> UnitContext.load(file("ha\tage-before\textra\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:1: expected 2");
        assertThatThrownBy(() -> UnitContext.load(file("decina\tabout\tten\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:1: 'ten' is not a number");
        assertThatThrownBy(() -> QualifierReader.load(file("quasi\tNEARLY\n"), file("il\n"), file("già\n")))
                .isInstanceOf(ModelDataException.class).hasMessageContaining("test.tsv:1:");
    }
}
