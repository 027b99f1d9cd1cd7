package io.fatti.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** train-ner and evaluate-ner read their options with picocli, and refuse bad ones at once, with exit code 2. */
class NerCommandsTest {

    private static String[] run(String... args) {
        CommandLine cl = FattiCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), err.toString()};
    }

    @Test
    void badOptionsAreRefusedBeforeAnyTraining() {
        String[] r = run("train-ner", "--members", "BIO:;XYZ:-ngrams");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("unknown tag codec XYZ");
        r = run("train-ner", "--variant", "+bigrams");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("unknown feature variant +bigrams");
        r = run("train-ner", "--train", "no/such/train.tsv");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--train: no such file: no/such/train.tsv");
        r = run("train-ner", "--epochs", "3");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("Unknown option").contains("'--epochs'");
        r = run("train-ner", "--iterations", "many");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--iterations").contains("many");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        CommandLine cl = FattiCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("train-ner", "--help")).isZero();
        assertThat(out.toString()).contains("--train=FILE", "--dev=FILE", "--org-list=FILE|none", "--out=FILE",
                "--algorithm=NAME", "--iterations=N", "--cutoff=N", "--codec=BIO|BILOU", "--beam=N", "--unlabelled",
                "--members", "--folds=N", "--variant=V", "models/entity-kind/it-ner.bin", "default: 100");
        out.getBuffer().setLength(0);
        assertThat(cl.execute("evaluate-ner", "--help")).isZero();
        assertThat(out.toString()).contains("--dev=FILE", "--model=FILE", "--errors=FILE");
    }

    @Test
    void evaluateNamesAMissingModelFile() {
        String[] r = run("evaluate-ner", "--dev", "pom.xml", "--model", "no/such/model.bin");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("--model: no such file: no/such/model.bin");
    }
}
