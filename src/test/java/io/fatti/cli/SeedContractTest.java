package io.fatti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article through the command line, checked on the JSON contract itself: field names, plain decimal
 * strings, ISO currencies, TIMEX3 values and inclusive from/to dates, and spans into the article text.
 */
class SeedContractTest {

    @TempDir
    Path dir;

    @Test
    void seedArticleComesOutAsSpecified() throws Exception {
        // The seed as distributed: a " date 2021-11 " header on the same line as the text.
        String text = Files.readString(Path.of("src/test/resources/seed/000_44ab2e7aff044d42.txt"));
        Path seed = dir.resolve("000_44ab2e7aff044d42.txt");
        Files.writeString(seed, " date 2021-11 " + text);
        Path out = dir.resolve("seed.jsonl");
        int code = FattiCommand.commandLine().execute("extract", "--input", seed.toString(), "--output", out.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode article = new ObjectMapper().readTree(lines.get(0));
        assertThat(article.get("id").asText()).isEqualTo("000_44ab2e7aff044d42.txt");
        assertThat(article.get("date").asText()).isEqualTo("2021-11");

        List<String> values = new ArrayList<>();
        for (JsonNode m : article.get("mentions")) {
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            String type = m.get("type").asText();
            switch (type) {
                case "MONEY" -> values.add(type + " " + m.get("value").asText() + " " + m.get("currency").asText());
                case "PERCENT", "QUANTITY", "NUMBER" -> values.add(type + " " + m.get("value").asText()
                        + (m.get("qualifier").isNull() ? "" : " " + m.get("qualifier").asText()));
                case "DATE" -> values.add(type + " " + m.get("timex").asText() + " " + m.get("from").asText()
                        + ".." + m.get("to").asText());
                default -> { }
            }
        }
        assertThat(values).contains(
                "MONEY 12220000000 USD", "MONEY 7480000000 USD",
                "PERCENT 8.2", "PERCENT 4.4", "PERCENT 12.8", "PERCENT 13.5", "PERCENT 12 MORE_THAN",
                "QUANTITY 43900000", "QUANTITY 190000000", "QUANTITY 18000000 APPROX", "QUANTITY 100000000 APPROX",
                "DATE 2021-Q3 2021-07-01..2021-09-30", "DATE 2021-11-22 2021-11-22..2021-11-22",
                "DATE P9M 2021-01-01..2021-09-30", "DATE 2022-H2 2022-07-01..2022-12-31");
        assertThat(values.stream().filter(v -> v.startsWith("MONEY"))).hasSize(2);
        assertThat(values.stream().filter(v -> v.startsWith("PERCENT"))).hasSize(5);

        JsonNode revenue = null;
        for (JsonNode m : article.get("mentions")) {
            if (m.get("text").asText().equals("12,22 miliardi di dollari")) {
                revenue = m;
            }
        }
        assertThat(revenue).isNotNull();
        assertThat(revenue.get("change").get("direction").asText()).isEqualTo("UP");
        assertThat(revenue.get("change").get("value").asText()).isEqualTo("8.2");
        assertThat(revenue.get("change").get("unit").asText()).isEqualTo("PERCENT");
        assertThat(revenue.get("change").get("basis").asText()).isEqualTo("YOY");
    }
}
