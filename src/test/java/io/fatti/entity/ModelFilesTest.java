package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fatti.lexicon.DataFile;
import io.fatti.lexicon.ModelDataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing or corrupt model or data file fails when it is loaded, which is when the pipeline is built (the entity
 * stage's model loads in {@code Fatti.italian()}, the lexicons in each stage's constructor), naming the file, never
 * at the first article and never by quietly running without it.
 */
class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingNameModelOnTheClasspathFailsNamingTheResource() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            // absent is allowed (a commercial build leaves the KIND-trained folder out); the entity stage then fails
            // at construction with this message, naming the file and the curated-only alternative
            assertThat(NameModel.fromClasspath(empty)).isNull();
            assertThat(NameModel.missingMessage()).startsWith("models/entity-kind/it-ner-compiled.bin is not on "
                    + "the classpath").contains("--entities curated");
        }
    }

    @Test
    void aCorruptNameModelOnTheClasspathFailsNamingTheResource() throws IOException {
        Path bin = dir.resolve("models/entity-kind/it-ner-compiled.bin");
        Files.createDirectories(bin.getParent());
        Files.write(bin, "not a model, just bytes\u0000\u0001".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (URLClassLoader corrupt = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> NameModel.fromClasspath(corrupt))
                    .isInstanceOf(ModelDataException.class)
                    .hasMessageStartingWith("models/entity-kind/it-ner-compiled.bin: cannot load");
        }
    }

    @Test
    void aMissingOrCorruptModelFileFailsNamingItsPath() throws IOException {
        Path missing = dir.resolve("absent.bin");
        assertThatThrownBy(() -> NameModel.load(missing)).isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
        Path corrupt = dir.resolve("corrupt.bin");
        byte[] zip = Files.readAllBytes(Path.of("models/entity-kind/it-ner.bin"));
        Files.write(corrupt, java.util.Arrays.copyOf(zip, zip.length / 3)); // a truncated download
        assertThatThrownBy(() -> NameModel.load(corrupt)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(corrupt + ": cannot load the name model");
    }

    @Test
    void aMissingOrUndecodableDataFileFailsNamingIt() {
        assertThatThrownBy(() -> DataFile.read("money/absent.tsv")).isInstanceOf(ModelDataException.class)
                .hasMessage("models/money/absent.tsv: not found on the classpath");
        byte[] latin1 = "euro\tEUR\ncaff\u00e8\tX\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DataFile.parse("models/money/currencies.tsv", new ByteArrayInputStream(latin1)))
                .isInstanceOf(ModelDataException.class)
                .hasMessageStartingWith("models/money/currencies.tsv: not valid UTF-8");
    }

    @Test
    void theBundledModelLoads() {
        assertThat(NameModel.fromClasspath()).isNotNull();
    }
}
