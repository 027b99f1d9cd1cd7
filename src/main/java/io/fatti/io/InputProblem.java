package io.fatti.io;

/**
 * Input that could not be read as an article: where (file, and line for JSONL; 0 when it concerns the whole file)
 * and what is wrong. Reported on stderr and counted; never stops a batch.
 */
public record InputProblem(String source, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
