package io.fatti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionDiffTest {

    @TempDir
    Path dir;

    @Test
    void gainedLostAndChangedMentionsAndFacts() throws Exception {
        Path before = dir.resolve("old.jsonl");
        Path after = dir.resolve("new.jsonl");
        Files.writeString(before, """
                {"id":"a","mentions":[{"type":"NUMBER","start":0,"end":2,"text":"12","value":"12"},{"type":"DATE","start":5,"end":9,"text":"2021","timex":"2021"}],"facts":[]}
                {"id":"b","mentions":[],"facts":[]}
                {"id":"gone","mentions":[],"facts":[]}
                """);
        Files.writeString(after, """
                {"id":"a","mentions":[{"type":"NUMBER","start":0,"end":2,"text":"12","value":"12.0"},{"type":"MONEY","start":10,"end":14,"text":"5 €","value":"5","currency":"EUR"}],"facts":[{"subject":null,"metric":"price","value":{"type":"MONEY","start":10,"end":14,"text":"5 €"}}]}
                {"id":"b","mentions":[],"facts":[]}
                {"id":"new","mentions":[],"facts":[]}
                """);
        ExtractionDiff d = ExtractionDiff.of(before, after);
        assertThat(d.unchanged()).isEqualTo(1);
        assertThat(d.onlyOld()).containsExactly("gone");
        assertThat(d.onlyNew()).containsExactly("new");
        assertThat(d.totals()).containsEntry("gained", 2).containsEntry("lost", 1).containsEntry("changed", 1);
        StringWriter w = new StringWriter();
        d.write(w, "diff");
        var doc = Jsoup.parse(w.toString());
        assertThat(doc.select("tr.gained")).hasSize(2);
        assertThat(doc.select("tr.lost").text()).contains("DATE 5-9");
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void aBrokenLineIsNamedWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"a\",\"mentions\":[]}\n{not json\n");
        assertThatThrownBy(() -> ExtractionDiff.of(bad, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.jsonl:2");
    }
}
