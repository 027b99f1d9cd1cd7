package io.fatti.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Extraction;
import io.fatti.Fatti;
import io.fatti.mention.ValueMention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes of the seed article (issue 4), end to end: each on the value it qualifies, and no other. */
class SeedChangesTest {

    @Test
    void seedChangesAttachToTheValuesTheyQualify() throws IOException {
        String text;
        try (InputStream in = SeedChangesTest.class.getResourceAsStream("/seed/000_44ab2e7aff044d42.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Extraction x = Fatti.italian().extract(text, ArticleContext.parse("2021-11"));
        List<String> changed = x.mentions().stream()
                .filter(m -> m instanceof ValueMention v && v.change() != null)
                .map(m -> m.text() + " => " + ChangeCorpusTest.describe(((ValueMention) m).change()))
                .toList();
        assertThat(changed).containsExactly(
                "12,22 miliardi di dollari => UP 8.2 PERCENT YOY",
                "7,48 miliardi di dollari => UP 4.4 PERCENT YOY",
                "500 milioni => UP 100000000 ABSOLUTE _ ref=rispetto all\u2019inizio del 2021 q=APPROX");
    }
}
