package io.fatti.pipeline;

import io.fatti.text.Document;

/**
 * One stage of the pipeline: reads the document and what earlier stages found, and adds (or refines) mentions and
 * facts. Implementations are immutable and thread-safe once built (per-call state lives in locals), hold their
 * lexicons as data loaded from {@code models/}, and must not throw on any text.
 */
public interface Annotator {

    /** A short stable name, used in problem reports. */
    String name();

    void annotate(Document doc, Annotations found);
}
