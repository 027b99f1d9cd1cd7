package io.fatti.entity;

/**
 * Which recogniser finds people, organisations and places (curated names are used by all).
 *
 * <p><b>Licence:</b> {@link #OPENNLP} and {@link #OPENNLP_FAST} run the bundled name model, trained on KIND
 * (CC BY-NC 4.0): <b>not for commercial use</b>. Its weights live in their own folder, {@code models/entity-kind/},
 * which a commercial user can leave out of the classpath; {@link #CURATED} needs no model (or train a model on data
 * of your own with {@code train-ner}, see docs/entity-backends.md).
 */
public enum EntityBackend {
    /**
     * The bundled name model (a five-model ensemble trained on KIND, CC BY-NC 4.0: not for commercial use), run
     * compiled, plus curated names (the default).
     */
    OPENNLP,
    /**
     * The bundled model's main member alone with greedy decoding (KIND-trained, CC BY-NC 4.0: not for commercial
     * use), plus curated names: several times faster than {@link #OPENNLP}, about a point of F1 lower.
     */
    OPENNLP_FAST,
    /** Stanford CoreNLP's Italian CRF, plus curated names; needs the optional CoreNLP jars on the classpath. */
    CORENLP,
    /** Curated names only: no statistical model, no KIND-trained weights (usable commercially, Apache-2.0). */
    CURATED
}
