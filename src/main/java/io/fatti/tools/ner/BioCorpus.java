package io.fatti.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * A named-entity corpus in the two-column BIO format (KIND / NERMuD): {@code token<TAB>tag} a line, tags
 * {@code O}, {@code B-PER}, {@code I-PER}..., a blank line between sentences.
 */
public final class BioCorpus {

    /** One sentence with its gold tags. */
    public record Sentence(String[] tokens, String[] tags, boolean documentStart) {

        /** Gold names as token spans with their type, read conlleval-style (an I- after a different type opens). */
        public List<Span> names() {
            return BioCorpus.chunks(tags);
        }

        public NameSample sample() {
            return new NameSample(tokens, names().toArray(new Span[0]), documentStart);
        }
    }

    private BioCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    flush(toks, tags, out);
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IOException(file + ": not token<TAB>tag: " + line);
                }
                toks.add(line.substring(0, tab));
                tags.add(line.substring(tab + 1).strip());
            }
        }
        flush(toks, tags, out);
        return out;
    }

    private static void flush(List<String> toks, List<String> tags, List<Sentence> out) {
        if (!toks.isEmpty()) {
            // The corpus has no article boundaries; an article starts with its headline, which has no final stop.
            boolean start = out.isEmpty() || isHeadline(toks);
            out.add(new Sentence(toks.toArray(new String[0]), tags.toArray(new String[0]), start));
            toks.clear();
            tags.clear();
        }
    }

    /** A headline (an article's first line) ends without punctuation. */
    static boolean isHeadline(List<String> toks) {
        String last = toks.get(toks.size() - 1);
        for (int i = 0; i < last.length(); i++) {
            if (Character.isLetterOrDigit(last.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Chunks of a BIO tag sequence, as conlleval reads them. */
    public static List<Span> chunks(String[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            String t = tag.length() > 2 ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !t.equals(type));
            boolean ends = type != null && (tag.equals("O") || begins);
            if (ends) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
