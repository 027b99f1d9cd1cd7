package io.fatti.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.cli.ExtractCommand;
import io.fatti.cli.FattiCommand;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 11 MB batch of adversarial articles ({@link AdversarialCorpus}: huge numbers, 1 MB lines without spaces, every
 * Unicode plane, broken lines) through {@code extract} on two threads: every valid article is written, in order,
 * every span is exact, every broken line is reported with its line number, and the exit code says input was skipped.
 * The curated entity backend keeps it to a minute; the value, date and change readers are the ones under attack.
 */
@Tag("slow")
class AdversarialBatchTest {

    @TempDir
    Path dir;

    @Test
    void elevenMegabytesOfAdversarialArticlesLoseNothingValidAndReportEveryBrokenLine() throws Exception {
        Path in = dir.resolve("adversarial.jsonl");
        AdversarialCorpus.Written written = AdversarialCorpus.write(in, 11_000_000, 13);
        assertThat(written.bytes()).isGreaterThanOrEqualTo(11_000_000);
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = FattiCommand.commandLine().execute("extract", "--input", in.toString(), "--output", out.toString(),
                    "--threads", "2", "--entities", "curated");
        } finally {
            System.setErr(oldErr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(log).isEqualTo(ExtractCommand.EXIT_SKIPPED);
        for (int line : written.brokenLines()) {
            assertThat(log).contains("adversarial.jsonl:" + line + ": ");
        }
        assertThat(log).contains(written.valid().size() + " articles, " + written.brokenLines().size() + " skipped")
                .doesNotContain("internal problem");

        ObjectMapper json = new ObjectMapper();
        Iterator<Map.Entry<String, String>> expected = written.valid().entrySet().iterator();
        long mentions = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode o = json.readTree(line);
                assertThat(expected.hasNext()).as("more output lines than valid articles").isTrue();
                Map.Entry<String, String> article = expected.next();
                assertThat(o.get("id").asText()).isEqualTo(article.getKey());
                String text = article.getValue();
                for (JsonNode m : o.get("mentions")) {
                    int start = m.get("start").asInt();
                    int end = m.get("end").asInt();
                    assertThat(end).isLessThanOrEqualTo(text.length());
                    assertThat(m.get("text").asText()).as("span of %s in %s", m, article.getKey())
                            .isEqualTo(text.substring(start, end));
                    mentions++;
                }
            }
        }
        assertThat(expected.hasNext()).as("a valid article is missing from the output").isFalse();
        assertThat(mentions).isGreaterThan(1000);
    }

}
