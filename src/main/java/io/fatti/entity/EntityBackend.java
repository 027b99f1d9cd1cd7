package io.fatti.entity;

/** Which recogniser finds people, organisations and places (curated names are used by all). */
public enum EntityBackend {
    /** The bundled OpenNLP model trained on KIND (CC BY-NC 4.0: not for commercial use), plus curated names (the default). */
    OPENNLP,
    /** Stanford CoreNLP's Italian CRF, plus curated names; needs the optional CoreNLP jars on the classpath. */
    CORENLP,
    /** Curated names only: no statistical model. */
    CURATED
}
