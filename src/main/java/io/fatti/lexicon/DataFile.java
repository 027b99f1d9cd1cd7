package io.fatti.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A lexicon or rule file under {@code models/}, read from the classpath: UTF-8, one entry a line, fields separated
 * by tabs, {@code #} starts a comment line, blank lines are skipped. Every line remembers where it came from, so a
 * bad entry fails with {@code models/money/currencies.tsv:12: ...} instead of a stray exception at run time.
 */
public final class DataFile implements Iterable<DataFile.Line> {

    private final String name;
    private final List<Line> lines;

    private DataFile(String name, List<Line> lines) {
        this.name = name;
        this.lines = lines;
    }

    /**
     * Reads {@code models/<path>} from the classpath.
     *
     * @throws ModelDataException when the file is missing or not valid UTF-8
     */
    public static DataFile read(String path) {
        String name = "models/" + path;
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new ModelDataException(name + ": not found on the classpath");
        }
        try (in) {
            return parse(name, in);
        } catch (IOException e) {
            throw new ModelDataException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses a stream; {@code name} is used in error messages. */
    public static DataFile parse(String name, InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String raw;
            int number = 0;
            while ((raw = r.readLine()) != null) {
                number++;
                String s = number == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
                if (s.isBlank() || s.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] fields = s.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                lines.add(new Line(name, number, fields));
            }
        } catch (CharacterCodingException e) {
            throw new ModelDataException(name + ": not valid UTF-8 after line " + lines.size(), e);
        }
        return new DataFile(name, Collections.unmodifiableList(lines));
    }

    public String name() {
        return name;
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    public Iterator<Line> iterator() {
        return lines.iterator();
    }

    /** One entry of a data file. */
    public record Line(String file, int number, String[] fields) {

        public int size() {
            return fields.length;
        }

        /** Field {@code i}, failing with file and line when it is missing or empty. */
        public String field(int i) {
            if (i >= fields.length || fields[i].isEmpty()) {
                throw error("expected at least " + (i + 1) + " tab-separated field(s), found " + fields.length);
            }
            return fields[i];
        }

        /** Field {@code i}, or {@code fallback} when it is absent or empty. */
        public String field(int i, String fallback) {
            return i < fields.length && !fields[i].isEmpty() ? fields[i] : fallback;
        }

        /** An error naming this file and line. */
        public ModelDataException error(String message) {
            return new ModelDataException(file + ":" + number + ": " + message);
        }

        /** Field {@code i} as an enum constant, failing with file and line when it is not one. */
        public <E extends Enum<E>> E enumField(int i, Class<E> type) {
            String v = field(i);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                throw error("'" + v + "' is not a " + type.getSimpleName());
            }
        }
    }
}
