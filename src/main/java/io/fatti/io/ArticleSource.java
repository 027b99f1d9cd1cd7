package io.fatti.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.core.Orientation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from the inputs the command line accepts, lazily and in order:
 * <ul>
 *   <li>a {@code .jsonl} file: one article a line, {@code {"id": "...", "text": "...", "date": "YYYY-MM-DD"}}
 *       ({@code date} optional, also {@code YYYY-MM} or {@code YYYY}; optional {@code "orientation": "future"});</li>
 *   <li>a {@code .txt} file: one article, optionally starting with {@code date YYYY-MM[-DD]} (on its own line or
 *       followed by the text on the same line), id = file name; the text starts after the header;</li>
 *   <li>a directory: its {@code .jsonl} and {@code .txt} files, sorted by name, recursively;</li>
 *   <li>{@code -}: standard input, read as JSONL (or as one .txt article when it does not start with {@code {}).</li>
 * </ul>
 * Bad input (unreadable file, invalid JSON, missing or empty text, invalid date, invalid UTF-8) is handed to the
 * problem consumer with file and line, and skipped; the other articles are still read.
 */
public final class ArticleSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<InputProblem> problems;

    public ArticleSource(Consumer<InputProblem> problems) {
        if (problems == null) {
            throw new IllegalArgumentException("problems consumer is null");
        }
        this.problems = problems;
    }

    /** The articles of {@code input} ("-" for stdin, a file or a directory), in order. */
    public Iterator<Article> read(String input, InputStream stdin) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input is empty");
        }
        if (input.equals("-")) {
            return fromStdin(stdin);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> isArticleFile(p.getFileName().toString()))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        } else {
            files.add(path);
        }
        return new FlatIterator(files.iterator());
    }

    private static boolean isArticleFile(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".txt");
    }

    private Iterator<Article> fromStdin(InputStream stdin) {
        try {
            byte[] bytes = stdin.readAllBytes();
            int k = 0;
            while (k < bytes.length && Character.isWhitespace(bytes[k])) {
                k++;
            }
            if (k < bytes.length && bytes[k] == '{') {
                return jsonl("stdin", new java.io.ByteArrayInputStream(bytes));
            }
            Article a = textArticle("stdin", "stdin", bytes);
            return a == null ? List.<Article>of().iterator() : List.of(a).iterator();
        } catch (IOException e) {
            problems.accept(new InputProblem("stdin", 0, "cannot read: " + e.getMessage()));
            return List.<Article>of().iterator();
        }
    }

    /** Iterates over the articles of several files, one file at a time. */
    private final class FlatIterator implements Iterator<Article> {
        private final Iterator<Path> files;
        private Iterator<Article> current = List.<Article>of().iterator();

        FlatIterator(Iterator<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && files.hasNext()) {
                current = open(files.next());
            }
            return current.hasNext();
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    private Iterator<Article> open(Path file) {
        String name = file.toString();
        try {
            if (name.endsWith(".jsonl")) {
                return jsonl(name, Files.newInputStream(file));
            }
            Article a = textArticle(name, file.getFileName().toString(), Files.readAllBytes(file));
            return a == null ? List.<Article>of().iterator() : List.of(a).iterator();
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
            return List.<Article>of().iterator();
        }
    }

    /** A .txt article: optional first line {@code date YYYY-MM[-DD]}. Null (after reporting) when unusable. */
    private Article textArticle(String source, String id, byte[] bytes) {
        String text;
        try {
            text = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new InputProblem(source, 0, "not valid UTF-8"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ArticleContext context = ArticleContext.undated();
        // Header: "date YYYY-MM[-DD]" before the text, on its own line or followed by the text on the same line.
        int k = 0;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (text.startsWith("date ", k)) {
            int valueStart = k + 5;
            while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
                valueStart++;
            }
            int valueEnd = valueStart;
            while (valueEnd < text.length() && !Character.isWhitespace(text.charAt(valueEnd))) {
                valueEnd++;
            }
            try {
                context = ArticleContext.parse(text.substring(valueStart, valueEnd));
            } catch (IllegalArgumentException e) {
                problems.accept(new InputProblem(source, 1, e.getMessage()));
                return null;
            }
            int bodyStart = valueEnd;
            while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
                bodyStart++;
            }
            text = text.substring(bodyStart);
        }
        if (text.isBlank()) {
            problems.accept(new InputProblem(source, 0, "empty text"));
            return null;
        }
        return new Article(id, text, context);
    }

    private Iterator<Article> jsonl(String source, InputStream in) {
        LineReader reader = new LineReader(in);
        return new Iterator<>() {
            private Article next;
            private int lineNo;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    byte[] bytes;
                    try {
                        bytes = reader.next();
                    } catch (IOException e) {
                        problems.accept(new InputProblem(source, lineNo + 1, "cannot read: " + e.getMessage()));
                        bytes = null;
                    }
                    if (bytes == null) {
                        done = true;
                        reader.closeQuietly();
                        break;
                    }
                    lineNo++;
                    String line;
                    try {
                        line = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                    } catch (CharacterCodingException e) {
                        problems.accept(new InputProblem(source, lineNo, "not valid UTF-8"));
                        continue;
                    }
                    if (!line.isBlank()) {
                        next = parseLine(source, lineNo, line);
                    }
                }
                return next != null;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = next;
                next = null;
                return a;
            }
        };
    }

    /** Splits a byte stream into lines before decoding, so one badly encoded line costs only that line. */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its terminator, or null at the end. */
        byte[] next() throws IOException {
            java.io.ByteArrayOutputStream line = null;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return line == null ? null : stripCr(line.toByteArray());
                    }
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                if (line == null) {
                    line = new java.io.ByteArrayOutputStream(Math.max(16, pos - start));
                }
                line.write(buffer, start, pos - start);
                if (pos < limit) {
                    pos++; // the line break
                    return stripCr(line.toByteArray());
                }
            }
        }

        private static byte[] stripCr(byte[] b) {
            return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
        }

        void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to read
            }
        }
    }

    private Article parseLine(String source, int lineNo, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new InputProblem(source, lineNo, "invalid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new InputProblem(source, lineNo, "expected a JSON object"));
            return null;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            problems.accept(new InputProblem(source, lineNo, "missing \"text\" string"));
            return null;
        }
        if (text.asText().isBlank()) {
            problems.accept(new InputProblem(source, lineNo, "empty text"));
            return null;
        }
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? source + ":" + lineNo : idNode.asText();
        ArticleContext context = ArticleContext.undated();
        JsonNode date = node.get("date");
        try {
            if (date != null && !date.isNull()) {
                context = ArticleContext.parse(date.asText());
            }
            JsonNode orientation = node.get("orientation");
            if (orientation != null && !orientation.isNull()) {
                context = context.withOrientation(parseOrientation(orientation.asText()));
            }
        } catch (IllegalArgumentException e) {
            problems.accept(new InputProblem(source, lineNo, e.getMessage()));
            return null;
        }
        return new Article(id, text.asText(), context);
    }

    private static Orientation parseOrientation(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "past" -> Orientation.PAST;
            case "future" -> Orientation.FUTURE;
            default -> throw new IllegalArgumentException("invalid orientation '" + s + "': expected past or future");
        };
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
