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
import io.fatti.io.ResumableOutput;
import java.util.zip.GZIPOutputStream;
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
        assertThat(code).as("some input skipped").isEqualTo(ExtractCommand.EXIT_SKIPPED);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(29);
        assertThat(ResumableOutput.partialFile(out)).doesNotExist();
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

    /** Runs the command with stderr captured; returns {exit code, stderr}. */
    private static Object[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = FattiCommand.commandLine().execute(args);
            return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
        }
    }

    private static String articles(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"a").append(i).append("\", \"text\": \"Nel 2021 i ricavi sono saliti a ").append(i)
                    .append(",5 milioni di euro (+").append(i % 9).append("%), con ").append(i * 3)
                    .append(" nuovi clienti.\", \"date\": \"2021-11-25\"}\n");
        }
        return sb.toString();
    }

    @Test
    void allThreadsWriteExactlyWhatOneThreadWritesAndEveryExitIsZeroWhenNothingIsSkipped() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, articles(60));
        Path one = dir.resolve("one.jsonl");
        Path many = dir.resolve("many.jsonl");
        assertThat(run("extract", "--input", in.toString(), "--output", one.toString(), "--threads", "1",
                "--entities", "curated", "--quiet")[0]).isEqualTo(0);
        assertThat(run("extract", "--input", in.toString(), "--output", many.toString(), "--threads", "5",
                "--entities", "curated")[0]).isEqualTo(0);
        assertThat(Files.readAllBytes(many)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.readAllLines(one)).hasSize(60);
    }

    @Test
    void gzippedJsonlInDirectoriesIsReadRecursivelyAndSummaryCountsMentionsByType() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("in/2021/11"));
        try (var gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.jsonl.gz")))) {
            gz.write(articles(5).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("in/a.txt"), "date 2021-11-25\nI ricavi sono 3 milioni di euro.");
        Path out = dir.resolve("out.jsonl");
        Object[] r = run("extract", "--input", dir.resolve("in").toString(), "--output", out.toString(),
                "--entities", "curated");
        assertThat(r[0]).isEqualTo(0);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        // sorted by path: in/2021/11/b.jsonl.gz before in/a.txt
        assertThat(lines.get(0)).startsWith("{\"id\":\"a0\"");
        assertThat(lines.get(5)).startsWith("{\"id\":\"a.txt\"");
        assertThat((String) r[1]).contains("6 articles, 0 skipped").contains("mentions by type:").contains("MONEY");
    }

    @Test
    void resumeContinuesAnInterruptedRunWithoutRedoingOrDuplicatingArticles() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, articles(20));
        Path full = dir.resolve("full.jsonl");
        assertThat(run("extract", "--input", in.toString(), "--output", full.toString(), "--entities", "curated",
                "--quiet")[0]).isEqualTo(0);
        List<String> expected = Files.readAllLines(full);

        // An interrupted run: 7 complete lines and half of the 8th in the partial file, no output file.
        Path out = dir.resolve("out.jsonl");
        Path partial = ResumableOutput.partialFile(out);
        // Line 3 carries a mark that a run redoing the first articles would overwrite.
        List<String> kept = new java.util.ArrayList<>(expected.subList(0, 7));
        kept.set(2, kept.get(2).replace("\"date\":\"2021-11-25\"", "\"date\":\"kept\""));
        String interrupted = String.join("\n", kept) + "\n" + expected.get(7).substring(0, 25);
        Files.writeString(partial, interrupted);
        Object[] r = run("extract", "--input", in.toString(), "--output", out.toString(), "--entities", "curated",
                "--resume");
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("resuming after 7 articles");
        List<String> resumed = Files.readAllLines(out);
        assertThat(resumed.get(2)).contains("\"date\":\"kept\"");
        resumed.set(2, expected.get(2));
        assertThat(resumed).isEqualTo(expected);
        assertThat(partial).doesNotExist();
    }

    @Test
    void resumeRefusesAPartialFileOfAnotherInput() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, articles(5));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(ResumableOutput.partialFile(out), "{\"id\":\"other\",\"mentions\":[],\"facts\":[]}\n");
        Object[] r = run("extract", "--input", in.toString(), "--output", out.toString(), "--entities", "curated",
                "--resume");
        assertThat(r[0]).isEqualTo(ExtractCommand.EXIT_FAILED);
        assertThat((String) r[1]).contains("cannot resume").contains("'a0'").contains("'other'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFailedRunLeavesNoOutputFile() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, articles(3));
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Object[] r = run("extract", "--input", in.toString(), "--output", blocker.resolve("out.jsonl").toString(),
                "--entities", "curated");
        assertThat(r[0]).isEqualTo(ExtractCommand.EXIT_FAILED);
        assertThat((String) r[1]).contains("failed");
    }

    @Test
    void theFactsTableIsMovedIntoPlaceOnlyWhenTheRunSucceeds() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, articles(3));
        Path table = dir.resolve("facts.csv");
        Object[] ok = run("extract", "--input", in.toString(), "--output", dir.resolve("out.jsonl").toString(),
                "--entities", "curated", "--facts", table.toString());
        assertThat(ok[0]).isEqualTo(0);
        assertThat(Files.readAllLines(table)).hasSizeGreaterThan(1); // the header and the facts
        assertThat(ResumableOutput.partialFile(table)).doesNotExist();

        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Path failedTable = dir.resolve("failed-facts.csv");
        Object[] failed = run("extract", "--input", in.toString(), "--output", blocker.resolve("out.jsonl").toString(),
                "--entities", "curated", "--facts", failedTable.toString());
        assertThat(failed[0]).isEqualTo(ExtractCommand.EXIT_FAILED);
        assertThat((String) failed[1]).contains(failedTable + " not written");
        assertThat(failedTable).doesNotExist();
    }

    @Test
    void overlongAndUndecodableArticlesAreSkippedWithFileAndLine() throws Exception {
        Path in = dir.resolve("in.jsonl");
        byte[] good = articles(2).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(good);
        b.write("{\"id\": \"long\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
        b.write("x".repeat(200).getBytes(StandardCharsets.UTF_8));
        b.write("\"}\n{\"id\": \"bad\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {(byte) 0xE9});
        b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write(good);
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        Object[] r = run("extract", "--input", in.toString(), "--output", out.toString(), "--entities", "curated",
                "--max-chars", "150");
        assertThat(r[0]).isEqualTo(ExtractCommand.EXIT_SKIPPED);
        assertThat((String) r[1]).contains("in.jsonl:3: text of 200 chars over the limit of 150")
                .contains("in.jsonl:4: not valid UTF-8").contains("4 articles, 2 skipped");
        assertThat(Files.readAllLines(out)).hasSize(4);
    }
}
