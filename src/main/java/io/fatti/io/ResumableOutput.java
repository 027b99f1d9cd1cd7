package io.fatti.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A JSONL output written to {@code OUT.partial} beside its target and moved onto {@code OUT} by {@link #commit()}:
 * an interrupted run never leaves a truncated file that looks complete. Opened with {@code resume}, an existing
 * partial file is kept up to its last complete line and appended to; {@link #lines()} and {@link #lastId()} tell the
 * caller which articles it already holds.
 */
public final class ResumableOutput implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final Path partial;
    private final long lines;
    private final String lastId;
    private final Writer writer;
    private boolean closed;

    private ResumableOutput(Path target, Path partial, long lines, String lastId, Writer writer) {
        this.target = target;
        this.partial = partial;
        this.lines = lines;
        this.lastId = lastId;
        this.writer = writer;
    }

    /** The partial file of a target: {@code out.jsonl} → {@code out.jsonl.partial}. */
    public static Path partialFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    /**
     * Opens the output. Without {@code resume}, or when there is no partial file, starts an empty partial file.
     *
     * @throws IOException when the partial file cannot be read or written, or its last line has no "id"
     */
    public static ResumableOutput open(Path target, boolean resume) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = partialFile(absolute);
        long lines = 0;
        String lastId = null;
        if (resume && Files.exists(partial)) {
            long[] scan = keepCompleteLines(partial);
            lines = scan[0];
            if (lines > 0) {
                lastId = idOfLineAt(partial, scan[1]);
            }
        } else {
            Files.deleteIfExists(partial);
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16);
        return new ResumableOutput(absolute, partial, lines, lastId, w);
    }

    /**
     * Truncates the file after its last line break (an interrupted write leaves part of a line) and returns
     * {number of complete lines, offset where the last complete line starts}.
     */
    private static long[] keepCompleteLines(Path file) throws IOException {
        long lines = 0;
        long lastStart = 0;
        long lineStart = 0;
        long end = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long offset = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        lastStart = lineStart;
                        lineStart = offset + i + 1;
                        end = lineStart;
                    }
                }
                offset += n;
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(end);
        }
        return new long[] {lines, lastStart};
    }

    private static String idOfLineAt(Path file, long start) throws IOException {
        byte[] bytes;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.hasNonNull("id")) {
            throw new IOException(file + ": last line is not an article line with an \"id\"");
        }
        return node.get("id").asText();
    }

    /** Lines already in the partial file when it was opened for resuming (0 for a fresh run). */
    public long lines() {
        return lines;
    }

    /** The id of the last line already written when resuming, or null. */
    public String lastId() {
        return lastId;
    }

    public Writer writer() {
        return writer;
    }

    public Path partial() {
        return partial;
    }

    /** Flushes and moves the partial file onto the target, replacing it. */
    public void commit() throws IOException {
        close();
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes and closes, leaving the partial file for a later {@code --resume}. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
