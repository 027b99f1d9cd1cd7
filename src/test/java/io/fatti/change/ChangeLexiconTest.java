package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
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
    void phrasesSplitLikeTheDocumentTokenizer() {
        assertThat(PhraseTable.tokens("a/a")).containsExactly("a", "/", "a");
        assertThat(PhraseTable.tokens("sull'anno precedente")).containsExactly("sull'", "anno", "precedente");
        assertThat(PhraseTable.tokens("pari all'")).containsExactly("pari", "all'");
        assertThat(PhraseTable.tokens("P.P.")).containsExactly("p", ".", "p", ".");
    }

    @Test
    void aDuplicatePhraseNamesFileAndLine() throws Exception {
        DataFile file = DataFile.parse("models/change/test.tsv",
                new ByteArrayInputStream("# comment\ncalo\nCalo\n".getBytes(StandardCharsets.UTF_8)));
        PhraseTable<Boolean> table = new PhraseTable<>();
        table.put(file.lines().get(0).field(0), true, file.lines().get(0));
        assertThatThrownBy(() -> table.put(file.lines().get(1).field(0), true, file.lines().get(1)))
                .isInstanceOf(ModelDataException.class)
                .hasMessageStartingWith("models/change/test.tsv:3: duplicate phrase");
    }
}
