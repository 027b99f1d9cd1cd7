package io.fatti.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.mention.Temporal;
import io.fatti.mention.TimeModifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's periods, exactly as issue 3 lists them (article dated 2021-11). */
class SeedTemporalTest {

    private static String seed() throws IOException {
        try (InputStream in = SeedTemporalTest.class.getResourceAsStream("/time/seed.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("^\\s*date\\s+\\S+\\s+", ""); // drop the "date 2021-11" header
        }
    }

    private static List<Temporal> temporals() throws IOException {
        Fatti fatti = Fatti.withStages(List.of(TemporalAnnotator.italian()));
        return fatti.extract(seed(), ArticleContext.published(YearMonth.of(2021, 11))).mentions().stream()
                .filter(Temporal.class::isInstance).map(Temporal.class::cast).toList();
    }

    private static Temporal find(List<Temporal> all, String text) {
        return all.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no temporal mention '" + text + "' in " + all));
    }

    @Test
    void seedPeriodsAreExact() throws IOException {
        List<Temporal> all = temporals();

        Temporal q3 = find(all, "terzo trimestre 2021");
        assertThat(q3.timex()).isEqualTo("2021-Q3");
        assertThat(q3.from()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(q3.grain()).isEqualTo(Temporal.Grain.QUARTER);

        Temporal end = find(all, "entro la fine del 2021");
        assertThat(end.timex()).isEqualTo("2021");
        assertThat(end.modifier()).isEqualTo(TimeModifier.END);
        assertThat(end.from()).isNull();
        assertThat(end.to()).isEqualTo(LocalDate.of(2021, 12, 31));

        Temporal nine = find(all, "primi nove mesi del 2021");
        assertThat(nine.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(nine.to()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(nine.timex()).isEqualTo("P9M");

        Temporal day = find(all, "22 novembre 2021");
        assertThat(day.timex()).isEqualTo("2021-11-22");
        assertThat(day.from()).isEqualTo(LocalDate.of(2021, 11, 22));

        Temporal start = find(all, "inizio del 2021");
        assertThat(start.timex()).isEqualTo("2021");
        assertThat(start.modifier()).isEqualTo(TimeModifier.START);

        Temporal y2022 = find(all, "2022");
        assertThat(y2022.timex()).isEqualTo("2022");
        assertThat(y2022.grain()).isEqualTo(Temporal.Grain.YEAR);

        Temporal h2 = find(all, "seconda metà dell’anno");
        assertThat(h2.timex()).isEqualTo("2022-H2");
        assertThat(h2.from()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(h2.to()).isEqualTo(LocalDate.of(2022, 12, 31));

        // the bare "nel terzo trimestre" of the third paragraph takes the year in focus
        assertThat(all).filteredOn(t -> t.text().equals("terzo trimestre")).singleElement()
                .extracting(Temporal::timex).isEqualTo("2021-Q3");
    }

    @Test
    void seedHasNoOtherDates() throws IOException {
        assertThat(temporals()).extracting(Temporal::text).containsExactly("terzo trimestre 2021",
                "terzo trimestre", "entro la fine del 2021", "primi nove mesi del 2021", "22 novembre 2021",
                "inizio del 2021", "2022", "seconda metà dell’anno");
    }
}
