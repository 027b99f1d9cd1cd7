package io.fatti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerGoodArticleInOrderAndReportsBadOnes() throws Exception {
        Path in = dir.resolve("in.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(i == 7 ? "{broken\n" : "{\"id\": \"a" + i + "\", \"text\": \"Ricavi per " + i
                    + " milioni di euro nel 2021.\", \"date\": \"2021-11-25\"}\n");
        }
        Files.writeString(in, sb.toString());
        Path out = dir.resolve("sub/out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = FattiCommand.commandLine().execute("extract", "--input", in.toString(), "--output",
                    out.toString(), "--threads", "3");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(29);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0, k = 0; i < 30; i++) {
            if (i == 7) {
                continue;
            }
            JsonNode o = json.readTree(lines.get(k++));
            assertThat(o.get("id").asText()).isEqualTo("a" + i);
            assertThat(o.get("date").asText()).isEqualTo("2021-11-25");
            assertThat(o.get("mentions").isArray()).isTrue();
            assertThat(o.get("facts").isArray()).isTrue();
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("in.jsonl:8: invalid JSON").contains("29 articles, 1 skipped");
    }

    @Test
    void invalidOptionsFailWithUsage() {
        assertThat(FattiCommand.commandLine().execute("extract", "--input", "x.jsonl")).isEqualTo(2);
        assertThat(FattiCommand.commandLine().execute("extract", "--input", "x.jsonl", "--output", "o.jsonl",
                "--threads", "0")).isEqualTo(2);
        assertThat(FattiCommand.commandLine().execute("extract", "--input", dir.resolve("none").toString(),
                "--output", dir.resolve("o.jsonl").toString())).isEqualTo(2);
    }
}
