package io.fatti.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.core.ArticleContext;
import io.fatti.core.Orientation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private final List<InputProblem> problems = new ArrayList<>();
    private final ArticleSource source = new ArticleSource(problems::add);

    private List<Article> readAll(String input) {
        List<Article> out = new ArrayList<>();
        source.read(input, new ByteArrayInputStream(new byte[0])).forEachRemaining(out::add);
        return out;
    }

    @Test
    void badJsonlLinesAreReportedWithLineAndSkipped() throws IOException {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Ricavi per 3 milioni.\", \"date\": \"2021-11-25\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"text\": \"   \"}",
                "{\"id\": \"d\", \"text\": \"Testo.\", \"date\": \"2021-13\"}",
                "",
                "{\"id\": \"e\", \"text\": \"Testo.\", \"date\": \"2021\", \"orientation\": \"future\"}",
                "[1, 2]",
                "{\"text\": \"Senza id.\"}"));
        List<Article> articles = readAll(f.toString());
        assertThat(articles).extracting(Article::id).containsExactly("a", "e", f + ":8");
        assertThat(articles.get(0).context()).isEqualTo(ArticleContext.published(java.time.LocalDate.of(2021, 11, 25)));
        assertThat(articles.get(1).context().orientation()).isEqualTo(Orientation.FUTURE);
        assertThat(problems).extracting(InputProblem::line).containsExactly(2, 3, 4, 7);
        assertThat(problems.get(0).message()).startsWith("invalid JSON");
        assertThat(problems.get(1).message()).isEqualTo("empty text");
        assertThat(problems.get(2).message()).contains("invalid date '2021-13'");
    }

    @Test
    void textFilesTakeTheirDateHeaderAndFileName() throws IOException {
        Files.writeString(dir.resolve("b.txt"), " date 2021-11 Il gruppo ha annunciato.");
        Files.writeString(dir.resolve("a.txt"), "date 2022-03-01\nTitolo\n\nCorpo.");
        Files.writeString(dir.resolve("c.txt"), "Senza data.");
        Files.writeString(dir.resolve("ignored.md"), "not an article");
        List<Article> articles = readAll(dir.toString());
        assertThat(articles).extracting(Article::id).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(articles.get(0).text()).isEqualTo("Titolo\n\nCorpo.");
        assertThat(articles.get(0).context().isoValue()).isEqualTo("2022-03-01");
        assertThat(articles.get(1).text()).isEqualTo("Il gruppo ha annunciato.");
        assertThat(articles.get(1).context().isoValue()).isEqualTo("2021-11");
        assertThat(articles.get(2).context().isDated()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void invalidUtf8AndEmptyFilesAreReportedNotFatal() throws IOException {
        Files.write(dir.resolve("a.txt"), new byte[] {'c', 'i', 'a', 'o', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("b.txt"), "date 2021-11\n");
        Files.writeString(dir.resolve("c.txt"), "Buono.");
        Files.write(dir.resolve("d.jsonl"), ("{\"id\":\"x\",\"text\":\"ok\"}\n{\"id\":\"y\",\"text\":\"\u00e0"
                + "\"}\n{\"id\":\"z\",\"text\":\"dopo\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        List<Article> articles = readAll(dir.toString());
        assertThat(articles).extracting(Article::id).containsExactly("c.txt", "x", "z");
        assertThat(problems).extracting(InputProblem::message)
                .containsExactly("not valid UTF-8", "empty text", "not valid UTF-8");
        assertThat(problems.get(2).line()).isEqualTo(2);
    }

    @Test
    void stdinIsJsonlOrOneTextArticle() {
        List<Article> out = new ArrayList<>();
        source.read("-", new ByteArrayInputStream("{\"id\":\"s\",\"text\":\"Uno.\"}\n".getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(out::add);
        source.read("-", new ByteArrayInputStream("date 2020\nDue.".getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(out::add);
        assertThat(out).extracting(Article::id).containsExactly("s", "stdin");
        assertThat(out.get(1).context().isoValue()).isEqualTo("2020");
    }

    @Test
    void missingInputIsAnInvalidArgument() {
        assertThatThrownBy(() -> readAll(dir.resolve("nope.jsonl").toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.jsonl");
    }
}
