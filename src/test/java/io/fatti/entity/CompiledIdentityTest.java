package io.fatti.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.Fatti;
import io.fatti.mention.Entity;
import io.fatti.tools.eval.KindNerSuite;
import io.fatti.tools.ner.BioCorpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The golden identity test: the compiled path ({@link CompiledNameModel}, the default at run time) finds exactly the
 * names of the OpenNLP reference path ({@code NameFinderME} over the same model files) on KIND dev, MEANTIME and
 * the corpus. Third-party data is skipped when absent.
 */
@Tag("slow")
class CompiledIdentityTest {

    private static final Path EVAL = Path.of(System.getProperty("fatti.eval.dir", "../shared/eval"));

    private static NameModel reference;
    private static NameModel compiled;

    @BeforeAll
    static void load() {
        reference = NameModel.referenceFromClasspath();
        compiled = NameModel.fromClasspath();
    }

    @Test
    void bothPathsLoadTheWholeEnsemble() {
        assertThat(reference).as("reference model on the classpath").isNotNull();
        assertThat(compiled).as("compiled model on the classpath").isNotNull();
        assertThat(compiled.isCompiled()).isTrue();
        assertThat(reference.isCompiled()).isFalse();
        assertThat(compiled.ensembleSize()).isEqualTo(reference.ensembleSize()).isEqualTo(5);
    }

    /** KIND dev, one article at a time (document memory carries from sentence to sentence as at run time). */
    @Test
    void sameNamesOnKindDev() throws Exception {
        Path dev = EVAL.resolve(KindNerSuite.DEV);
        assumeThat(Files.exists(dev)).as("KIND dev data present").isTrue();
        List<List<String[]>> articles = new ArrayList<>();
        for (BioCorpus.Sentence s : BioCorpus.read(dev)) {
            if (s.documentStart() || articles.isEmpty()) {
                articles.add(new ArrayList<>());
            }
            articles.get(articles.size() - 1).add(s.tokens());
        }
        assertThat(compare(articles)).isGreaterThan(3_000);
    }

    /** MEANTIME's articles, as tokenised and split by Fatti: the model input the entity stage gives at run time. */
    @Test
    void sameNamesOnMeantime() throws Exception {
        Path file = EVAL.resolve("meantime-it/articles.jsonl");
        assumeThat(Files.exists(file)).as("MEANTIME present").isTrue();
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = line.isBlank() ? null : json.readTree(line);
            if (n != null && n.hasNonNull("text")) {
                texts.add(n.get("text").asText());
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(compare(texts.stream().map(CompiledIdentityTest::sentences).toList())).isGreaterThan(1_000);
    }

    /** The team corpus, through the whole entity stage. */
    @Test
    void sameNamesOnTheCorpus() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        assertThat(texts).isNotEmpty();
        assertThat(compare(texts.stream().map(CompiledIdentityTest::sentences).toList())).isGreaterThan(100);
        assertThat(entities(texts, compiled)).isEqualTo(entities(texts, reference));
    }

    /** The bundled compiled file is the one compiling the bundled OpenNLP files gives (byte for byte). */
    @Test
    void theBundledCompiledFileIsCurrent(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path model = Path.of(NameModel.RESOURCE);
        assumeThat(Files.exists(model)).as("model files in the working tree").isTrue();
        assertThat(NameModel.compiledIsCurrent(model)).isTrue();
        for (Path f : List.of(model, NameModel.membersFile(model))) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Path again = NameModel.compile(dir.resolve(model.getFileName()));
        assertThat(Files.mismatch(again, NameModel.compiledFile(model))).isEqualTo(-1L);
    }

    /** A compiled file naming a feature group the compiled path cannot compute is refused when it loads. */
    @Test
    void anUnsupportedFeatureIsRefusedAtLoad() throws Exception {
        byte[] file;
        try (InputStream in = NameModel.class.getClassLoader().getResourceAsStream(NameModel.COMPILED_RESOURCE)) {
            assumeThat(in).as("compiled model on the classpath").isNotNull();
            file = in.readAllBytes();
        }
        byte[] changed = withFirstVariant(file, "+bigrams");
        assertThatThrownBy(() -> CompiledNameModel.read(new ByteArrayInputStream(changed)))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("+bigrams").hasMessageContaining("reference path");
        assertThatThrownBy(() -> CompiledNameModel.read(new ByteArrayInputStream(withFirstCodec(file, "BIOES"))))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("BIOES");
    }

    /**
     * The fast option (the main member's own table, greedy choices read from the scores where exact) finds exactly
     * what the same member finds through the beam search of one over the whole table.
     */
    @Test
    void theFastOptionIsItsBeamSearchExactly() throws Exception {
        NameModel fast = compiled.fast();
        NameModel beam = compiled.fastOnTheBeam();
        List<List<String[]>> articles = new ArrayList<>();
        Path dev = EVAL.resolve(KindNerSuite.DEV);
        if (Files.exists(dev)) {
            for (BioCorpus.Sentence s : BioCorpus.read(dev)) {
                if (s.documentStart() || articles.isEmpty()) {
                    articles.add(new ArrayList<>());
                }
                articles.get(articles.size() - 1).add(s.tokens());
            }
        }
        try (Stream<Path> files = Files.list(Path.of("corpus/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(sentences(Files.readString(f)));
            }
        }
        assertThat(compare(articles, beam, fast)).isGreaterThan(100);
    }

    /** Names of both paths, article by article; returns how many names the reference found. */
    private static int compare(List<List<String[]>> articles) {
        return compare(articles, reference, compiled);
    }

    private static int compare(List<List<String[]>> articles, NameModel reference, NameModel compiled) {
        int names = 0;
        for (int a = 0; a < articles.size(); a++) {
            List<String[]> article = articles.get(a);
            List<Span[]> want = reference.findInDocument(article);
            List<Span[]> got = compiled.findInDocument(article);
            for (int s = 0; s < article.size(); s++) {
                assertThat(got.get(s)).as("article %d sentence %d: %s", a, s, String.join(" ", article.get(s)))
                        .containsExactly(want.get(s));
                names += want.get(s).length;
            }
        }
        return names;
    }

    private static final Fatti PREPARE = Fatti.withStages(List.of());

    /** An article's sentences as the entity stage hands them to the model. */
    private static List<String[]> sentences(String text) {
        var doc = PREPARE.prepare(text, io.fatti.core.ArticleContext.undated());
        List<String[]> out = new ArrayList<>();
        int start = 0;
        while (start < doc.size()) {
            int end = start + 1;
            while (end < doc.size() && doc.sameSentence(start, end)) {
                end++;
            }
            String[] t = new String[end - start];
            for (int i = 0; i < t.length; i++) {
                t[i] = doc.token(start + i).text();
            }
            out.add(t);
            start = end;
        }
        return out;
    }

    /** Every entity the entity stage (curated names and this model) finds in the texts. */
    private static List<String> entities(List<String> texts, NameModel model) {
        Fatti f = Fatti.withStages(List.of(new EntityAnnotator(CuratedNames.load(), model)));
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (Entity e : f.extract(text).mentions(Entity.class)) {
                out.add(e.span() + " " + e.label() + " " + e.rule() + " " + e.text());
            }
        }
        return out;
    }

    /** The compiled file with its first member's feature variant replaced (the header is rewritten). */
    private static byte[] withFirstVariant(byte[] file, String variant) throws Exception {
        return rewriteFirstMember(file, null, variant);
    }

    private static byte[] withFirstCodec(byte[] file, String codec) throws Exception {
        return rewriteFirstMember(file, codec, null);
    }

    /** Rewrites the header's first member fields: magic, source, count, then codec and variant (modified UTF). */
    private static byte[] rewriteFirstMember(byte[] file, String codec, String variant) throws Exception {
        var in = new java.io.DataInputStream(new ByteArrayInputStream(file));
        int headerSize = in.readInt();
        byte[] header = Arrays.copyOfRange(file, 4, 4 + headerSize);
        var h = new java.io.DataInputStream(new ByteArrayInputStream(header));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeUTF(h.readUTF());
        d.writeLong(h.readLong());
        d.writeInt(h.readInt());
        String oldCodec = h.readUTF();
        String oldVariant = h.readUTF();
        d.writeUTF(codec == null ? oldCodec : codec);
        d.writeUTF(variant == null ? oldVariant : variant);
        d.write(h.readAllBytes()); // the rest of the header, unchanged
        d.flush();
        while ((4 + b.size()) % 8 != 0) {
            b.write(0); // keep the table 8-byte aligned
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(b.size());
        b.writeTo(o);
        o.write(file, 4 + headerSize, file.length - 4 - headerSize);
        return out.toByteArray();
    }
}
