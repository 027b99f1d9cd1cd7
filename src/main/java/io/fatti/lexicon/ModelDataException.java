package io.fatti.lexicon;

/** A packaged data file (lexicon, rules, model) is missing or malformed; the message names file and line. */
public class ModelDataException extends RuntimeException {

    public ModelDataException(String message) {
        super(message);
    }

    public ModelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
