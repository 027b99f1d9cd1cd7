package io.fatti.entity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The name lists the statistical model's dictionary features look names up in, grouped by source (an organisation
 * list, place names, first names, the curated tech-and-business list). They travel inside the trained model, so a
 * model always sees the same lists at run time as it was trained with.
 */
public final class NameLexicons {

    /** Name of this artifact inside the OpenNLP model file; the extension selects {@link Serializer}. */
    public static final String ARTIFACT = "fatti-names.lexicons";
    static final String EXTENSION = "lexicons";

    private final List<Gazetteer.Entry> entries;
    /** The lists built for lookup; built on another thread when read from a model file (see {@link #read}). */
    private final CompletableFuture<Index> index;

    /** The lookup structures: one gazetteer per source, the common words, and the lists each word is part of. */
    private record Index(Map<String, Gazetteer> bySource, Gazetteer common, Map<String, String[]> partOf) {
    }

    public NameLexicons(List<Gazetteer.Entry> entries) {
        this(entries, false);
    }

    private NameLexicons(List<Gazetteer.Entry> entries, boolean inBackground) {
        this.entries = List.copyOf(entries);
        this.index = inBackground ? CompletableFuture.supplyAsync(() -> index(this.entries))
                : CompletableFuture.completedFuture(index(this.entries));
    }

    private static Index index(List<Gazetteer.Entry> entries) {
        Map<String, Gazetteer.Builder> builders = new LinkedHashMap<>();
        for (Gazetteer.Entry e : entries) {
            builders.computeIfAbsent(e.source(), k -> new Gazetteer.Builder()).add(e);
        }
        Map<String, Gazetteer> built = new LinkedHashMap<>();
        builders.forEach((k, b) -> built.put(k, b.build()));
        Gazetteer common = built.remove(COMMON_WORDS);
        Map<String, java.util.Set<String>> parts = new java.util.HashMap<>();
        for (Gazetteer.Entry e : entries) {
            if (e.tokens().size() > 1 && !e.source().equals(COMMON_WORDS)) {
                for (String t : e.tokens()) {
                    if (t.length() > 2 && Character.isUpperCase(t.charAt(0))) {
                        parts.computeIfAbsent(t, k -> new java.util.TreeSet<>()).add(e.label() + "-" + e.source());
                    }
                }
            }
        }
        Map<String, String[]> frozen = new java.util.HashMap<>(parts.size() * 2);
        parts.forEach((k, v) -> frozen.put(k, v.toArray(new String[0])));
        return new Index(Collections.unmodifiableMap(built), common, frozen);
    }

    /** Source name of the words that are usually written in lower case (not a name list: no features of its own). */
    public static final String COMMON_WORDS = "common-words";

    /** True when {@code lower} is a word usually written in lower case in running text. */
    public boolean isCommonWord(String lower) {
        Gazetteer g = index.join().common();
        return g != null && g.single(lower) != null;
    }

    /**
     * The lists a word occurs in as part of a longer name ("Council" → ORG-wiki), for names the lists do not hold
     * whole ("International League of Human Rights"). Empty for a word in no multi-word name.
     */
    public String[] partOf(String word) {
        String[] s = index.join().partOf().get(word);
        return s == null ? NONE : s;
    }

    private static final String[] NONE = new String[0];

    public Map<String, Gazetteer> bySource() {
        return index.join().bySource();
    }

    public List<Gazetteer.Entry> entries() {
        return entries;
    }

    /** Lines of {@code source<TAB>label<TAB>space-separated tokens}. */
    public void write(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Gazetteer.Entry e : entries) {
            w.write(e.source());
            w.write('\t');
            w.write(e.label());
            w.write('\t');
            w.write(String.join(" ", e.tokens()));
            w.write('\n');
        }
        w.flush();
    }

    /**
     * Reads the lists; their lookup structures are built on another thread, so that loading a model file goes on
     * reading the model's weights meanwhile.
     */
    public static NameLexicons read(InputStream in) throws IOException {
        List<Gazetteer.Entry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int a = line.indexOf('\t');
            int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
            if (b < 0) {
                continue;
            }
            List<String> tokens = List.of(line.substring(b + 1).split(" "));
            entries.add(new Gazetteer.Entry(line.substring(a + 1, b), tokens, line.substring(0, a), false));
        }
        return new NameLexicons(entries, true);
    }

    /** Reads and writes the lists inside an OpenNLP model file. */
    public static final class Serializer implements ArtifactSerializer<NameLexicons> {
        @Override
        public NameLexicons create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(NameLexicons artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
