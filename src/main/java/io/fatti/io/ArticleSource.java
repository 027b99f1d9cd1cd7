package io.fatti.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fatti.core.ArticleContext;
import io.fatti.core.Orientation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from the inputs the command line accepts, lazily, in order and in bounded memory (one line or one
 * .txt file at a time):
 * <ul>
 *   <li>a {@code .jsonl} file: one article a line, {@code {"id": "...", "text": "...", "date": "YYYY-MM-DD"}}
 *       ({@code date} optional, also {@code YYYY-MM} or {@code YYYY}; optional {@code "orientation": "future"});</li>
 *   <li>a {@code .jsonl.gz} file: the same, gzip-compressed;</li>
 *   <li>a {@code .txt} file: one article, optionally starting with {@code date YYYY-MM[-DD]} (on its own line or
 *       followed by the text on the same line), id = file name; the text starts after the header;</li>
 *   <li>a directory: its {@code .jsonl}, {@code .jsonl.gz} and {@code .txt} files, recursively, sorted by path;</li>
 *   <li>{@code -}: standard input, read as JSONL (gzip-compressed or not), or as one .txt article when it does not
 *       start with {@code {}.</li>
 * </ul>
 * Bad input (unreadable file, invalid JSON, missing or empty text, invalid date, invalid UTF-8, text longer than the
 * size limit) is handed to the problem consumer with file and line, and skipped; the other articles are still read.
 */
public final class ArticleSource {

    /**
     * The default limit on one article's text, in UTF-16 chars (2 Mi, about 2 MB of Italian text: a hundred times the
     * longest news article). Longer texts are reported and skipped; a JSONL line is not even buffered beyond
     * {@link #maxLineBytes()}.
     */
    public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<InputProblem> problems;
    private final int maxChars;
    private final AtomicLong bytesRead = new AtomicLong();

    public ArticleSource(Consumer<InputProblem> problems) {
        this(problems, DEFAULT_MAX_CHARS);
    }

    /** A source that skips (and reports) articles whose text is longer than {@code maxChars}. */
    public ArticleSource(Consumer<InputProblem> problems, int maxChars) {
        if (problems == null) {
            throw new IllegalArgumentException("problems consumer is null");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        this.problems = problems;
        this.maxChars = maxChars;
    }

    /** The size limit of one article's text, in chars. */
    public int maxChars() {
        return maxChars;
    }

    /** The longest JSONL line kept in memory: enough for {@link #maxChars()} chars written as JSON escapes. */
    public long maxLineBytes() {
        return 6L * maxChars + 65_536;
    }

    /** Bytes read so far from the input files or stdin (compressed bytes for .gz), for progress reports. */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** True for the file names a directory is searched for. */
    public static boolean isArticleFile(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".txt");
    }

    /**
     * The total size in bytes of what {@link #read} will read from {@code input}, or -1 when unknown (stdin).
     *
     * @throws IllegalArgumentException when the input does not exist
     */
    public static long totalBytes(String input) {
        if (input.equals("-")) {
            return -1;
        }
        long total = 0;
        for (Path p : files(input)) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                // unreadable: reported when read
            }
        }
        return total;
    }

    /** The article files of {@code input}: the file itself, or a directory's article files sorted by path. */
    public static List<Path> files(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input is empty");
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
        return files;
    }

    /** The articles of {@code input} ("-" for stdin, a file or a directory), in order. */
    public Iterator<Article> read(String input, InputStream stdin) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input is empty");
        }
        if (input.equals("-")) {
            return fromStdin(stdin);
        }
        return new FlatIterator(files(input).iterator());
    }

    private Iterator<Article> fromStdin(InputStream stdin) {
        try {
            BufferedInputStream in = new BufferedInputStream(new CountingStream(stdin), 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            InputStream body = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in;
            // Peek past leading whitespace: JSONL starts with '{'; anything else is one .txt article.
            body.mark(1 << 16);
            int b;
            int seen = 0;
            do {
                b = body.read();
                seen++;
            } while (b != -1 && Character.isWhitespace(b) && seen < (1 << 16) - 1);
            body.reset();
            if (b == '{') {
                return jsonl("stdin", body);
            }
            byte[] bytes = readUpTo(body, maxTextBytes());
            body.close();
            if (bytes == null) {
                problems.accept(new InputProblem("stdin", 0, "text over the limit of " + maxChars + " chars"));
                return List.<Article>of().iterator();
            }
            Article a = textArticle("stdin", "stdin", bytes);
            return a == null ? List.<Article>of().iterator() : List.of(a).iterator();
        } catch (IOException e) {
            problems.accept(new InputProblem("stdin", 0, "cannot read: " + e.getMessage()));
            return List.<Article>of().iterator();
        }
    }

    /** The longest .txt file read: {@link #maxChars()} chars of UTF-8 (at most 3 bytes a char) plus a header. */
    private long maxTextBytes() {
        return 3L * maxChars + 64;
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
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
            if (name.endsWith(".jsonl.gz")) {
                return jsonl(name, new GZIPInputStream(new CountingStream(Files.newInputStream(file)), 1 << 16));
            }
            if (name.endsWith(".jsonl")) {
                return jsonl(name, new CountingStream(Files.newInputStream(file)));
            }
            long size = Files.size(file);
            if (size > maxTextBytes()) {
                bytesRead.addAndGet(size);
                problems.accept(new InputProblem(name, 0, "text over the limit of " + maxChars + " chars ("
                        + size + " bytes)"));
                return List.<Article>of().iterator();
            }
            byte[] bytes = Files.readAllBytes(file);
            bytesRead.addAndGet(bytes.length);
            Article a = textArticle(name, file.getFileName().toString(), bytes);
            return a == null ? List.<Article>of().iterator() : List.of(a).iterator();
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
            return List.<Article>of().iterator();
        }
    }

    /** A .txt article from raw bytes; null (after reporting) when unusable. */
    private Article textArticle(String source, String id, byte[] bytes) {
        String text;
        try {
            text = decode(bytes);
        } catch (Utf8Error e) {
            problems.accept(new InputProblem(source, lineOf(bytes, e.offset), "not valid UTF-8"));
            return null;
        }
        return textArticle(source, id, text);
    }

    /**
     * A .txt article: optional first line {@code date YYYY-MM[-DD]}. Null (after reporting) when unusable. Public for
     * readers of other storage (the Spark job), which hand over a whole file's text.
     */
    public Article textArticle(String source, String id, String text) {
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
        if (text.length() > maxChars) {
            problems.accept(new InputProblem(source, 0, "text of " + text.length() + " chars over the limit of "
                    + maxChars));
            return null;
        }
        return new Article(id, text, context);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private Iterator<Article> jsonl(String source, InputStream in) {
        LineReader reader = new LineReader(in, maxLineBytes());
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
                    if (bytes == LineReader.TOO_LONG) {
                        problems.accept(new InputProblem(source, lineNo, "line over " + reader.limit
                                + " bytes (text limit " + maxChars + " chars)"));
                        continue;
                    }
                    String line;
                    try {
                        line = decode(bytes);
                    } catch (Utf8Error e) {
                        problems.accept(new InputProblem(source, lineNo, "not valid UTF-8"));
                        continue;
                    }
                    if (!line.isBlank()) {
                        next = jsonArticle(source, lineNo, line);
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
        /** Returned for a line longer than the limit, whose bytes were dropped. */
        static final byte[] TOO_LONG = new byte[0];

        private final InputStream in;
        private final long limit;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limitPos;

        LineReader(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
        byte[] next() throws IOException {
            ByteArrayOutputStream line = null;
            boolean tooLong = false;
            while (true) {
                if (pos == limitPos) {
                    limitPos = in.read(buffer);
                    pos = 0;
                    if (limitPos <= 0) {
                        limitPos = 0;
                        if (tooLong) {
                            return TOO_LONG;
                        }
                        return line == null ? null : stripCr(line.toByteArray());
                    }
                }
                int start = pos;
                while (pos < limitPos && buffer[pos] != '\n') {
                    pos++;
                }
                if (!tooLong) {
                    if (line == null) {
                        line = new ByteArrayOutputStream(Math.max(16, pos - start));
                    }
                    if (line.size() + (long) (pos - start) > limit) {
                        tooLong = true; // drop what was kept, skip to the line break
                        line = null;
                    } else {
                        line.write(buffer, start, pos - start);
                    }
                }
                if (pos < limitPos) {
                    pos++; // the line break
                    return tooLong ? TOO_LONG : stripCr(line.toByteArray());
                }
            }
        }

        private static byte[] stripCr(byte[] b) {
            return b.length > 0 && b[b.length - 1] == '\r' ? Arrays.copyOf(b, b.length - 1) : b;
        }

        void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to read
            }
        }
    }

    /**
     * One JSONL line as an article; null (after reporting with {@code source} and {@code lineNo}) when unusable.
     * Public for readers of other storage (the Spark job).
     */
    public Article jsonArticle(String source, int lineNo, String line) {
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
        if (text.asText().length() > maxChars) {
            problems.accept(new InputProblem(source, lineNo, "text of " + text.asText().length()
                    + " chars over the limit of " + maxChars));
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

    /** Invalid UTF-8 at a byte offset. */
    private static final class Utf8Error extends Exception {
        final int offset;

        Utf8Error(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Strict UTF-8 decoding (no replacement characters: a bad byte is an error). */
    private static String decode(byte[] bytes) throws Utf8Error {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new Utf8Error(in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new Utf8Error(in.position());
        }
        return out.flip().toString();
    }

    /** Counts the raw bytes read, for progress. */
    private final class CountingStream extends FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }
}
