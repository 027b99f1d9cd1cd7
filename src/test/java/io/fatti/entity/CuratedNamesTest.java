package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.Fatti;
import io.fatti.mention.Entity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The curated names alone (no statistical model), over {@code src/test/resources/entity/curated.tsv}. */
class CuratedNamesTest {

    private static final Fatti CURATED = Fatti.withStages(List.of(EntityAnnotator.curatedOnly()));

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CuratedNamesTest.class.getResourceAsStream("/entity/curated.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], List.of(f[1].split(" \\| "))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsCuratedNames(String sentence, List<String> expectations) {
        List<Entity> found = CURATED.extract(sentence).mentions(Entity.class);
        for (String e : expectations) {
            if (e.startsWith("!")) {
                String text = e.substring(1);
                int at = sentence.indexOf(text);
                assertThat(found).as("nothing covers '%s'", text)
                        .noneMatch(m -> m.start() < at + text.length() && at < m.end());
            } else {
                int space = e.indexOf(' ');
                Entity.Label label = Entity.Label.valueOf(e.substring(0, space));
                String text = e.substring(space + 1);
                assertThat(found).as("%s %s in %s", label, text, found)
                        .anyMatch(m -> m.label() == label && m.text().equals(text));
            }
        }
    }
}
