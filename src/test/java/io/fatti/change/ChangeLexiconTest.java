package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
import io.fatti.text.PhraseTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChangeLexiconTest {

    @Test
    void packagedDataLoads() {
        ChangeLexicon lex = ChangeLexicon.load();
        assertThat(lex).isNotNull();
    }

    @Test
    void aDuplicatePhraseNamesFileAndLine() throws Exception {
        DataFile file = DataFile.parse("models/change/test.tsv",
                new ByteArrayInputStream("# comment\ncalo\nCalo\n".getBytes(StandardCharsets.UTF_8)));
        PhraseTable<Boolean> table = new PhraseTable<>(PhraseTable.Option.WITHIN_SENTENCE);
        ChangeLexicon.put(table, file.lines().get(0).field(0), true, file.lines().get(0));
        assertThatThrownBy(() -> ChangeLexicon.put(table, file.lines().get(1).field(0), true, file.lines().get(1)))
                .isInstanceOf(ModelDataException.class)
                .hasMessageStartingWith("models/change/test.tsv:3: duplicate phrase");
    }
}
